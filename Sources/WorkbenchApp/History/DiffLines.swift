import CurriculumKit
import TerminalKit

/// Field-level changes as lines for a text view: what was added, removed, moved or edited,
/// with the words inside long texts marked [-deleted-] {+inserted+} (in colour as well, so a
/// monochrome terminal still shows them).
enum DiffLines {
    static func lines(_ changes: [DocumentChange]) -> [[Span]] {
        guard !changes.isEmpty else { return [[Span("No changes.", style: .muted)]] }
        var lines: [[Span]] = []
        for change in changes {
            switch change.kind {
            case .added:
                lines.append([Span("+ ", style: .success), Span(withVerb(change), style: .emphasis)])
                if let new = change.new, !new.isEmpty { lines.append([Span("    " + new, style: .success)]) }
            case .removed:
                lines.append([Span("− ", style: .error), Span(withVerb(change), style: .emphasis)])
                if let old = change.old, !old.isEmpty { lines.append([Span("    " + old, style: .error)]) }
            case .moved:
                lines.append([Span("↕ ", style: .warning), Span(withVerb(change), style: .emphasis)])
            case .changed:
                lines.append([Span("~ ", style: .warning), Span(change.label, style: .emphasis)])
                if !change.words.isEmpty {
                    lines.append([Span("    ")] + change.words.map(span))
                } else {
                    lines.append([Span("    was: ", style: .muted), Span(change.old ?? "(none)", style: .error)])
                    lines.append([Span("    now: ", style: .muted), Span(change.new ?? "(none)", style: .success)])
                }
            }
        }
        return lines
    }

    private static func withVerb(_ change: DocumentChange) -> String {
        change.label.hasSuffix(change.kind.word) ? change.label : change.label + " " + change.kind.word
    }

    private static func span(_ word: WordChange) -> Span {
        switch word.kind {
        case .same: return Span(word.text)
        case .deleted: return Span("[-" + word.text + "-]", style: .error)
        case .inserted: return Span("{+" + word.text + "+}", style: .success)
        }
    }
}
