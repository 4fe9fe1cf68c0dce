import CurriculumKit
import TerminalKit

/// The history screen of a module: its revisions, and what the selected one changed.
struct HistoryState: Hashable, Sendable {
    /// What the selected revision is compared with.
    enum Comparison: Hashable, Sendable {
        /// Its first parent: what that save changed.
        case parent
        /// The current version: what happened since.
        case current
        /// A revision chosen with `v`: what differs between it and the selected one.
        case marked(RevisionID)
    }

    var topic: String
    var module: String
    var title: String
    var entries: [HistoryEntry]
    var cursor = ListCursor()
    var comparison = Comparison.parent
    /// The changes shown, as lines for the view, and a one-line summary above them.
    var diff: TextView
    var diffTitle = ""
    /// Asking whether to restore the selected revision.
    var confirmRestore: Dialog?
    /// Where the screen was opened from.
    var returnTo: WorkbenchState.Screen

    var selected: HistoryEntry? {
        entries.indices.contains(cursor.index) ? entries[cursor.index] : nil
    }

    var headCount: Int { entries.filter(\.isHead).count }
}
