import CurriculumKit
import TerminalKit

/// How a document status is shown: a word and a style, the same everywhere.
enum StatusBadge {
    static func text(_ status: DocumentStatus) -> String {
        switch status {
        case .draft: "draft"
        case .inReview: "in review"
        case .changesRequested: "changes"
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

    /// A topic's modules by status, e.g. "2 draft 1 approved"; "empty" with none.
    static func summary(_ modules: [ModuleEntry]) -> String {
        guard !modules.isEmpty else { return "empty" }
        let readable = modules.filter(\.isReadable)
        let counts = Dictionary(readable.map { ($0.status, 1) }, uniquingKeysWith: +)
        var parts = DocumentStatus.allCases.compactMap { status in
            counts[status].map { "\($0) \(text(status))" }
        }
        if readable.count < modules.count { parts.append("\(modules.count - readable.count) unreadable") }
        return parts.joined(separator: ", ")
    }

    /// The badge of a module row: its status, or "unreadable" when its current revision cannot be used.
    static func badge(_ entry: ModuleEntry) -> (text: String, style: Style) {
        entry.isReadable ? (text(entry.status), style(entry.status)) : ("unreadable", .error)
    }

    /// A topic row's module count, marked by the status that most needs attention:
    /// "3!" when a module is diverged or has changes requested, "3✓" when all are approved.
    static func topicMark(_ modules: [ModuleEntry]) -> (text: String, style: Style) {
        guard !modules.isEmpty else { return ("–", .muted) }
        let statuses = Set(modules.map(\.status))
        let count = String(modules.count)
        if statuses.contains(.diverged) { return (count + "!", style(.diverged)) }
        if statuses.contains(.changesRequested) { return (count + "!", style(.changesRequested)) }
        if statuses == [.approved] { return (count + "✓", style(.approved)) }
        if statuses.contains(.inReview) { return (count + "…", style(.inReview)) }
        return (count + " ", .emphasis)
    }
}
