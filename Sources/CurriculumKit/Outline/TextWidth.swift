/// How many terminal columns text takes: most characters one, CJK ideographs and emoji two,
/// combining marks and zero-width formatting characters none. Cyrillic is one column a letter.
enum TextWidth {
    /// The columns `text` takes.
    static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// The columns one character (grapheme cluster) takes.
    static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if isZeroWidth(first) && scalars.allSatisfy(isZeroWidth) { return 0 }
        if isWide(first) || first.properties.isEmojiPresentation { return 2 }
        if first.properties.isEmoji && scalars.contains("\u{FE0F}") { return 2 }
        return 1
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// `text` padded with spaces to `width` columns, on the right or (for `trailing`) the left.
    static func pad(_ text: String, to width: Int, trailing: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - of(text)))
        return trailing ? fill + text : text + fill
    }

    /// `text` broken into lines of at most `width` columns, at spaces where possible; a word
    /// longer than a line is broken between characters, except a web or e-mail address or a file
    /// path, which keeps a line of its own so that it can still be copied. Runs of spaces collapse
    /// to one.
    static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(separator: " ") {
            var word = String(word)
            var wordWidth = of(word)
            if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                line += " " + word
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            while wordWidth > width && !isAddress(word) {
                let (head, rest) = split(word, atWidth: width)
                lines.append(head)
                word = rest
                wordWidth = of(word)
            }
            line = word
            lineWidth = wordWidth
        }
        if lineWidth > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// Whether a word is a web or e-mail address or a file path, which must not be broken.
    static func isAddress(_ word: some StringProtocol) -> Bool {
        word.contains("/") || word.hasPrefix("www.") || word.hasPrefix("<www.") || word.contains("@")
    }

    /// The longest start of `word` within `width` columns (at least one character), and the rest.
    private static func split(_ word: String, atWidth width: Int) -> (String, String) {
        var head = ""
        var used = 0
        var index = word.startIndex
        while index < word.endIndex {
            let columns = of(word[index])
            if used + columns > width && !head.isEmpty { break }
            head.append(word[index])
            used += columns
            index = word.index(after: index)
        }
        return (head, String(word[index...]))
    }
}
