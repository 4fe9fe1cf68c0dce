import CurriculumKit
import TerminalKit

/// How a document status is shown: a word and a style, the same everywhere.
enum StatusBadge {
    static func text(_ status: DocumentStatus) -> String {
        switch status {
        case .draft: "draft"
        case .inReview: "in review"
        case .changesRequested: "changes requested"
        case .approved: "approved"
        case .diverged: "diverged"
        }
    }

    static func style(_ status: DocumentStatus) -> Style {
        switch status {
        case .draft: .muted
        case .inReview: Style(foreground: .cyan)
        case .changesRequested: .warning
        case .approved: .success
        case .diverged: .error
        }
    }

    /// The statuses in the order they need attention, for summaries that may be cut short.
    static let byUrgency: [DocumentStatus] = [.diverged, .changesRequested, .inReview, .draft, .approved]

    /// A topic's modules by status, most urgent first, e.g. "1 diverged, 2 draft"; "no modules
    /// yet" with none.
    static func summary(_ tally: StatusTally) -> String {
        guard tally.total > 0 else { return "no modules yet" }
        var parts = tally.unreadable > 0 ? ["\(tally.unreadable) unreadable"] : []
        parts += byUrgency.compactMap { status in
            let count = tally.readable(status)
            return count > 0 ? "\(count) \(text(status))" : nil
        }
        return parts.joined(separator: ", ")
    }

    /// The badge of a module row: its status, or "unreadable" when its current revision cannot be used.
    static func badge(_ entry: ModuleEntry) -> (text: String, style: Style) {
        entry.isReadable ? (text(entry.status), style(entry.status)) : ("unreadable", .error)
    }

    /// A topic row's module count, marked by the status that most needs attention:
    /// "3!" when a module is diverged or has changes requested, "3✓" when all are approved.
    static func topicMark(_ tally: StatusTally) -> (text: String, style: Style) {
        guard tally.total > 0 else { return ("–", .muted) }
        let count = String(tally.total)
        if tally.any(.diverged) { return (count + "!", style(.diverged)) }
        if tally.any(.changesRequested) { return (count + "!", style(.changesRequested)) }
        if tally.all(.approved) { return (count + "✓", style(.approved)) }
        if tally.any(.inReview) { return (count + "…", style(.inReview)) }
        return (count + " ", .emphasis)
    }
}

/// How many of a topic's modules are in each status, counted in one pass over them.
struct StatusTally {
    private(set) var total = 0
    private(set) var unreadable = 0
    /// By the position of the status in `DocumentStatus.allCases`: every module, and readable ones.
    private var every = [Int](repeating: 0, count: DocumentStatus.allCases.count)
    private var ofReadable = [Int](repeating: 0, count: DocumentStatus.allCases.count)

    init(_ modules: [ModuleEntry]) {
        total = modules.count
        for index in modules.indices {
            let place = Self.place(modules[index].status)
            every[place] += 1
            if modules[index].isReadable {
                ofReadable[place] += 1
            } else {
                unreadable += 1
            }
        }
    }

    func readable(_ status: DocumentStatus) -> Int { ofReadable[Self.place(status)] }
    func any(_ status: DocumentStatus) -> Bool { every[Self.place(status)] > 0 }
    func all(_ status: DocumentStatus) -> Bool { total > 0 && every[Self.place(status)] == total }

    private static func place(_ status: DocumentStatus) -> Int {
        DocumentStatus.allCases.firstIndex(of: status) ?? 0
    }
}
