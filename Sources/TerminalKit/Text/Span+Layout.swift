/// Measuring, truncating and wrapping a line of styled spans in display columns.
extension Array where Element == Span {
    /// The line's text without styles.
    public var plainText: String { map(\.text).joined() }

    /// The number of columns the line occupies once drawn.
    public var displayWidth: Int { reduce(0) { $0 + $1.text.displayWidth } }

    /// Returns the line cut to at most `width` columns, ending in `ellipsis` when cut.
    ///
    /// The ellipsis takes the style of the last character kept, so a highlighted
    /// word that is cut off stays highlighted up to the edge.
    public func truncated(toWidth width: Int, ellipsis: String = "…") -> [Span] {
        guard width > 0 else { return [] }
        if displayWidth <= width { return self }
        let room = width - ellipsis.displayWidth
        guard room >= 0 else { return [Span(ellipsis.truncated(toWidth: width, ellipsis: ""))] }
        var result: [Span] = []
        var used = 0
        var lastStyle = first?.style ?? .normal
        for span in self {
            let (text, textWidth) = span.text.prefix(columns: room - used)
            if !text.isEmpty {
                result.append(Span(text, style: span.style))
                lastStyle = span.style
            }
            used += textWidth
            // Stop at the first span that did not fit entirely.
            if text.count < span.text.count { break }
        }
        result.append(Span(ellipsis, style: lastStyle))
        return result
    }

    /// Returns the line broken into lines of at most `width` columns, styles kept.
    ///
    /// Breaks follow `StringProtocol.wrapped(toWidth:)`: at spaces, hard inside words
    /// longer than a line, and at every newline. Control characters are made visible
    /// first, so the measured widths are those that will be drawn.
    public func wrapped(toWidth width: Int) -> [[Span]] {
        guard width > 0 else { return [] }
        let styled = styledCharacters()
        let text = String(styled.map(\.character))
        var lines: [[Span]] = []
        var index = 0
        for line in text.wrapped(toWidth: width) {
            var spans: [Span] = []
            for character in line {
                // The wrapped text is the original minus newlines and spaces at breaks.
                while index < styled.count && styled[index].character != character { index += 1 }
                let style = index < styled.count ? styled[index].style : .normal
                if let last = spans.last, last.style == style {
                    spans[spans.count - 1].text.append(character)
                } else {
                    spans.append(Span(String(character), style: style))
                }
                index += 1
            }
            lines.append(spans)
        }
        return lines
    }

    /// Every grapheme of the sanitised line with the style of the span it starts in.
    private func styledCharacters() -> [(character: Character, style: Style)] {
        var text = ""
        var ends: [(scalarEnd: Int, style: Style)] = []
        var scalarCount = 0
        for span in self {
            let safe = SafeText.sanitize(
                span.text.normalizingLineBreaks(), keepingNewlines: true)
            text += safe
            scalarCount += safe.unicodeScalars.count
            ends.append((scalarCount, span.style))
        }
        var result: [(Character, Style)] = []
        var scalarOffset = 0
        var spanIndex = 0
        for character in text {
            while spanIndex < ends.count - 1 && scalarOffset >= ends[spanIndex].scalarEnd {
                spanIndex += 1
            }
            result.append((character, ends[spanIndex].style))
            scalarOffset += character.unicodeScalars.count
        }
        return result
    }
}

extension StringProtocol {
    /// Returns the text with every "\r\n" replaced by "\n".
    fileprivate func normalizingLineBreaks() -> String {
        var result = ""
        for character in self {
            if character == "\r\n" { result.append("\n") } else { result.append(character) }
        }
        return result
    }
}
