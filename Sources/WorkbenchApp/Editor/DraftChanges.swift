import CurriculumKit
import TerminalKit

/// One line per change between the saved document and a draft, for the restore question.
enum DraftChanges {
    static func describe(from saved: JSONValue, to draft: JSONValue) -> [String] {
        DocumentDiff.changes(from: saved, to: draft).map { change in
            switch change.kind {
            case .added, .removed, .moved:
                return change.label + (change.label.hasSuffix(change.kind.word) ? "" : " " + change.kind.word)
            case .changed:
                return "\(change.label): " + edit(from: change.old, to: change.new)
            }
        }
    }

    /// What was typed and deleted inside a text ("added “— допуна”"), or old → new when most of it changed.
    private static func edit(from old: String?, to new: String?) -> String {
        guard let old, let new, !old.isEmpty, !new.isEmpty else { return "\(quoted(old)) → \(quoted(new))" }
        let words = WordDiff.changes(from: old, to: new)
        let kept = words.filter { $0.kind == .same }.map(\.text).joined()
        guard kept.contains(where: { $0.isLetter || $0.isNumber }) else { return "\(quoted(old)) → \(quoted(new))" }
        let deleted = words.filter { $0.kind == .deleted }.map(\.text).joined().trimmingCharacters(in: .whitespaces)
        let inserted = words.filter { $0.kind == .inserted }.map(\.text).joined().trimmingCharacters(in: .whitespaces)
        var parts: [String] = []
        if !deleted.isEmpty { parts.append("deleted " + quoted(deleted)) }
        if !inserted.isEmpty { parts.append("added " + quoted(inserted)) }
        return parts.isEmpty ? "spacing changed" : parts.joined(separator: ", ")
    }

    private static func quoted(_ text: String?) -> String {
        guard let text, !text.isEmpty else { return "(empty)" }
        return "“" + text.replacingOccurrences(of: "\n", with: " ").truncated(toWidth: 30) + "”"
    }
}
