import CurriculumKit
import TerminalKit

/// The merge of a diverged module, conflict by conflict.
struct MergeState: Hashable, Sendable {
    var merge: ModuleMerge
    var title: String
    /// The conflict shown.
    var index = 0
    /// Where the screen was opened from.
    var returnTo: WorkbenchState.Screen
    /// The value being written by hand for the shown conflict.
    var editing: TextArea?

    var conflict: MergeConflict? {
        merge.conflicts.indices.contains(index) ? merge.conflicts[index] : nil
    }
}
