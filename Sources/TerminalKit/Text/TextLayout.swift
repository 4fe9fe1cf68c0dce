/// Truncation, padding and word wrapping measured in display columns.
///
/// All widths here are terminal columns from `DisplayWidth`, so a column of
/// Cyrillic or CJK text lines up exactly like one of ASCII.
extension StringProtocol {
    /// Returns the text cut to at most `width` columns, ending in `ellipsis` when cut.
    ///
    /// A wide character that would straddle the limit is left out, so the result may
    /// be one column narrower than `width`; `padded(toWidth:)` evens that out.
    public func truncated(toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if displayWidth <= width { return String(self) }
        let ellipsisWidth = ellipsis.displayWidth
        guard ellipsisWidth <= width else { return String(prefix(columns: width).text) }
        return prefix(columns: width - ellipsisWidth).text + ellipsis
    }

    /// Returns the text made exactly `width` columns wide: truncated with "…" when too
    /// long, then filled with spaces according to `alignment`.
    public func padded(toWidth width: Int, alignment: TextAlignment = .left) -> String {
        guard width > 0 else { return "" }
        let fitted = truncated(toWidth: width)
        let gap = width - fitted.displayWidth
        switch alignment {
        case .left:
            return fitted + String(repeating: " ", count: gap)
        case .right:
            return String(repeating: " ", count: gap) + fitted
        case .center:
            let before = gap / 2
            return String(repeating: " ", count: before) + fitted
                + String(repeating: " ", count: gap - before)
        }
    }

    /// Returns the text broken into lines of at most `width` columns.
    ///
    /// Lines break at spaces; a word longer than `width` is broken hard; explicit
    /// newlines ("\n" or "\r\n") are kept, so empty lines survive. Spaces at a
    /// break are dropped, leading spaces of a paragraph are kept.
    public func wrapped(toWidth width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in paragraphs() {
            var wrapper = LineWrapper(width: width)
            lines.append(contentsOf: wrapper.wrap(paragraph))
        }
        return lines
    }

    /// Returns the longest prefix that fits in `columns` columns, and its width.
    func prefix(columns: Int) -> (text: String, width: Int) {
        var text = ""
        var used = 0
        for character in self {
            let width = character.displayWidth
            if used + width > columns { break }
            text.append(character)
            used += width
        }
        return (text, used)
    }

    /// Splits at "\n" and "\r\n", keeping empty paragraphs.
    private func paragraphs() -> [Substring] {
        let text = Substring(self)
        var result: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "\n" || character == "\r\n" {
                result.append(text[start..<index])
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        result.append(text[start..<text.endIndex])
        return result
    }
}

/// Greedy word wrapping of one paragraph.
private struct LineWrapper {
    let width: Int
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    var pendingSpaces = ""
    var isParagraphStart = true

    init(width: Int) {
        self.width = width
    }

    mutating func wrap(_ paragraph: Substring) -> [String] {
        for token in tokens(of: paragraph) {
            if token.first == " " {
                // Spaces after a wrapped line's break are dropped; inside a line, kept.
                if isParagraphStart || !line.isEmpty { pendingSpaces += token }
            } else {
                place(word: token)
            }
        }
        lines.append(line)
        return lines
    }

    private mutating func place(word: Substring) {
        let wordWidth = word.displayWidth
        let spacesWidth = pendingSpaces.displayWidth
        if lineWidth + spacesWidth + wordWidth <= width {
            line += pendingSpaces + word
            lineWidth += spacesWidth + wordWidth
        } else {
            if !line.isEmpty { breakLine() }
            if wordWidth <= width {
                line = String(word)
                lineWidth = wordWidth
            } else {
                hardBreak(word)
            }
        }
        pendingSpaces = ""
        isParagraphStart = false
    }

    private mutating func breakLine() {
        lines.append(line)
        line = ""
        lineWidth = 0
    }

    private mutating func hardBreak(_ word: Substring) {
        var rest = word
        while !rest.isEmpty {
            var (chunk, chunkWidth) = rest.prefix(columns: width)
            if chunk.isEmpty, let first = rest.first {
                // A wide character in a one-column line: give it a line of its own.
                chunk = String(first)
                chunkWidth = first.displayWidth
            }
            rest = rest.dropFirst(chunk.count)
            line = chunk
            lineWidth = chunkWidth
            if !rest.isEmpty { breakLine() }
        }
    }

    private func tokens(of paragraph: Substring) -> [Substring] {
        var tokens: [Substring] = []
        var start = paragraph.startIndex
        var index = paragraph.startIndex
        while index < paragraph.endIndex {
            let next = paragraph.index(after: index)
            if next == paragraph.endIndex || (paragraph[index] == " ") != (paragraph[next] == " ") {
                tokens.append(paragraph[start..<next])
                start = next
            }
            index = next
        }
        return tokens
    }
}
