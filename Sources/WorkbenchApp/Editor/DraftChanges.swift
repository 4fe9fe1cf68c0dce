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
                let old = short(change.old)
                let new = short(change.new)
                return "\(change.label): \(old) → \(new)"
            }
        }
    }

    private static func short(_ text: String?) -> String {
        guard let text, !text.isEmpty else { return "(empty)" }
        return "“" + text.replacingOccurrences(of: "\n", with: " ").truncated(toWidth: 24) + "”"
    }
}
