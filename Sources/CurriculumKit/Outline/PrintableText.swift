/// Makes text from the files safe to print: nothing in a document may act as a control code on
/// a terminal or a printer (a form feed in a title must not start a page).
enum PrintableText {
    /// The symbol shown for a control character that has no Control Picture.
    static let replacement: Unicode.Scalar = "\u{2370}"  // ⍰

    /// One line: line breaks and tabs become spaces, other controls visible symbols.
    static func line(_ text: String) -> String {
        clean(text, keepingLineBreaks: false)
    }

    /// Text whose line breaks separate paragraphs: the paragraphs, without empty ones.
    static func paragraphs(_ text: String) -> [String] {
        clean(text, keepingLineBreaks: true).split(separator: "\n").map {
            $0.trimmingWhitespace()
        }.filter { !$0.isEmpty }
    }

    private static func clean(_ text: String, keepingLineBreaks: Bool) -> String {
        var result = String.UnicodeScalarView()
        var previousWasReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasReturn = scalar == "\r" }
            switch scalar.value {
            case 0x0A where previousWasReturn:
                continue
            case 0x0A, 0x0D, 0x2028, 0x2029:
                result.append(keepingLineBreaks ? "\n" : " ")
            case 0x09:
                result.append(" ")
            case 0x00..<0x20:
                result.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F:
                result.append("\u{2421}")  // ␡
            case 0x80..<0xA0, 0x202A...0x202E, 0x2066...0x2069:
                result.append(replacement)
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and line breaks.
    func trimmingWhitespace() -> String {
        let characters = Array(self)
        guard let first = characters.firstIndex(where: { !$0.isWhitespace }),
            let last = characters.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(characters[first...last])
    }
}
