import CurriculumKit
import TerminalKit

/// Review comments shown under the section they are anchored in.
enum ReviewComments {
    /// `sections` with each comment thread appended to the section its pointer falls in
    /// (the first section, the overview, for comments on the whole module).
    static func adding(_ threads: [CommentThread], to sections: [ContentSection]) -> [ContentSection] {
        guard !threads.isEmpty else { return sections }
        var sections = sections
        let whole = sections.firstIndex { $0.title == "Overview" } ?? 0
        var open = Array(repeating: 0, count: sections.count)
        for thread in threads {
            let index = sections.indices.last { !sections[$0].pointer.isEmpty && isUnder(thread.path, sections[$0].pointer) } ?? whole
            sections[index].blocks.append(contentsOf: blocks(of: thread))
            if !thread.isResolved { open[index] += 1 }
        }
        for (index, count) in open.enumerated() where count > 0 {
            let note = Plural.count(count, "open comment", "open comments")
            sections[index].note = sections[index].note.isEmpty ? note : sections[index].note + " · " + note
        }
        return sections
    }

    static let openMark = "» "
    static let resolvedMark = "✓ "

    private static func isUnder(_ path: String, _ pointer: String) -> Bool {
        path == pointer || path.hasPrefix(pointer + "/")
    }

    private static func blocks(of thread: CommentThread) -> [TextBlock] {
        let place = thread.path.isEmpty ? "" : " on \(thread.path)"
        let verdict = thread.root.verdict == .requestChanges ? " (changes requested)" : ""
        var blocks = [
            TextBlock(
                text: "\(thread.root.author)\(verdict)\(place): \(thread.root.comment.text)",
                style: thread.isResolved ? .muted : .normal,
                prefix: thread.isResolved ? resolvedMark : openMark, prefixStyle: thread.isResolved ? .muted : .warning)
        ]
        for reply in thread.replies {
            blocks.append(TextBlock(text: "\(reply.author): \(reply.comment.text)", style: .muted, prefix: "↳ ", indent: 2))
        }
        if let resolution = thread.resolution {
            blocks.append(
                TextBlock(text: "resolved by \(resolution.author): \(resolution.comment.text)", style: .muted, prefix: "↳ ", indent: 2))
        }
        return blocks
    }
}
