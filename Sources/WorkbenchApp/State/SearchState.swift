import CurriculumKit
import TerminalKit

/// The incremental search: the query being typed and the modules that match it.
struct SearchState: Hashable, Sendable {
    var field = TextField(placeholder: "words to find in every module")
    var hits: [SearchHit] = []
    var cursor = ListCursor()
    /// The query the hits belong to.
    var query = ""
}
