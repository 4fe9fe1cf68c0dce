import CurriculumKit
import TerminalKit

/// The module reader: which module, which sections are folded, where the view is.
struct ReaderState: Hashable, Sendable {
    var topic: String
    var module: String
    var sections: [ContentSection]
    var folded: Set<Int> = []
    /// The section whose heading is selected (folding acts on it).
    var selectedSection = 0
    /// The first line shown.
    var offset = 0

    /// The lines of the reader at `width`, with the line index where each section starts.
    func layout(width: Int) -> (lines: [ReaderLine], sectionStarts: [Int]) {
        var lines: [ReaderLine] = []
        var starts: [Int] = []
        for (index, section) in sections.enumerated() {
            if index > 0 { lines.append(ReaderLine(spans: [], section: index, isHeading: false)) }
            starts.append(lines.count)
            lines.append(ReaderLine(spans: [], section: index, isHeading: true))
            guard !folded.contains(index) else { continue }
            if section.blocks.isEmpty {
                lines.append(ReaderLine(spans: [.init("  (none yet)", style: .muted)], section: index, isHeading: false))
            }
            for block in section.blocks {
                var indented = block
                indented.indent += 2
                for spans in indented.lines(width: width) {
                    lines.append(ReaderLine(spans: spans, section: index, isHeading: false))
                }
            }
        }
        return (lines, starts)
    }
}

/// One line of the reader: a section heading or wrapped text.
struct ReaderLine: Hashable, Sendable {
    var spans: [Span]
    var section: Int
    var isHeading: Bool
}
