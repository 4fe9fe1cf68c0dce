import CurriculumKit
import TerminalKit

/// What the header and the topics pane say about the whole folder, worked out when the store
/// changes (a save, a review) rather than with every frame: a folder may hold ten thousand modules.
struct StoreOverview: Sendable {
    /// Every error and warning found while loading.
    let problems: [Diagnostic]
    let errorCount: Int
    /// Per topic, in the store's order: the topic row's mark and the modules pane's summary.
    let topicMarks: [(text: String, style: Style)]
    let topicSummaries: [String]
    /// Every module's id, for checking the prerequisites a module names.
    let moduleIDs: Set<String>

    init(_ store: CurriculumStore) {
        problems = store.loadProblems
        errorCount = problems.count { $0.severity == .error }
        moduleIDs = Set(store.allModules.lazy.map(\.id))
        let tallies = store.topics.map { StatusTally($0.modules) }
        topicMarks = tallies.map(StatusBadge.topicMark)
        topicSummaries = tallies.map(StatusBadge.summary)
    }
}
