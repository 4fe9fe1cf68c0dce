import CurriculumKit
import Foundation
import TerminalKit

/// What the reader's prompt line is for, and what is typed in it.
struct ReviewPrompt: Hashable, Sendable {
    enum Purpose: Hashable, Sendable {
        case comment
        case requestChanges
        /// Resolves the comment with this id.
        case resolve(String)
    }

    var purpose: Purpose
    /// Where the comment is anchored.
    var path: String
    /// How the place is named to the user: "Learning outcomes".
    var place: String
    var field: TextField
}

/// The module reader: which module, which sections are folded, where the view is.
struct ReaderState: Hashable, Sendable {
    var topic: String
    var module: String
    let sections: [ContentSection]
    var folded: Set<Int> = []
    /// The section whose heading is selected (folding acts on it).
    var selectedSection = 0
    /// The first line shown.
    var offset = 0
    /// The line a review comment or a request for changes is typed in.
    var prompt: ReviewPrompt?
    /// The last layout worked out: wrapping a whole module on every key and frame was the
    /// reader's main cost. Shared by copies, which have the same sections.
    private let cache = LastResultCache<LayoutKey, (lines: [ReaderLine], sectionStarts: [Int])>()

    init(topic: String, module: String, sections: [ContentSection]) {
        self.topic = topic
        self.module = module
        self.sections = sections
    }

    /// The lines of the reader at `width`, with the line index where each section starts.
    func layout(width: Int) -> (lines: [ReaderLine], sectionStarts: [Int]) {
        cache.value(for: LayoutKey(width: width, folded: folded)) { wrap(width: width) }
    }

    private func wrap(width: Int) -> (lines: [ReaderLine], sectionStarts: [Int]) {
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

/// What the reader's layout depends on besides its sections.
private struct LayoutKey: Hashable, Sendable {
    var width: Int
    var folded: Set<Int>
}
