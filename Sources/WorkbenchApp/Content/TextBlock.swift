import TerminalKit

/// A paragraph of text with a first-line prefix (a bullet, an id) and a hanging indent.
struct TextBlock: Hashable, Sendable {
    var text: String
    var style: Style = .normal
    var prefix: String = ""
    var prefixStyle: Style = .emphasis
    var indent: Int = 0

    /// The block wrapped to `width` columns: the prefix on the first line, the rest aligned under the text.
    func lines(width: Int) -> [[Span]] {
        let margin = String(repeating: " ", count: indent)
        let hanging = String(repeating: " ", count: DisplayWidth.of(prefix))
        let available = max(8, width - indent - DisplayWidth.of(prefix))
        var result: [[Span]] = []
        let paragraphs = text.isEmpty ? [""] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for paragraph in paragraphs {
            let wrapped = paragraph.isEmpty ? [""] : paragraph.wrapped(toWidth: available)
            for line in wrapped {
                let lead = result.isEmpty ? Span(margin + prefix, style: prefixStyle) : Span(margin + hanging)
                result.append([lead, Span(line, style: style)])
            }
        }
        return result
    }
}

/// A titled part of a module (outcomes, sessions…) that the reader can fold.
struct ContentSection: Hashable, Sendable {
    var title: String
    var blocks: [TextBlock]
    /// A short note after the title, e.g. "4 · 360 min".
    var note: String = ""
    var isWarning = false
    /// Where a review comment on the section is anchored (JSON pointer; empty for the whole module).
    var pointer: String = ""
}
