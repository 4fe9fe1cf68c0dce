/// The visible text of a tmux pane, one string per row (`capture-pane -p`).
struct Screen: CustomStringConvertible {
    let lines: [String]

    init(captured: String) {
        var lines = captured.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        self.lines = lines
    }

    var text: String { lines.joined(separator: "\n") }

    func contains(_ text: String) -> Bool { self.text.contains(text) }

    /// The first row holding `text`, if any.
    func row(containing text: String) -> Int? { lines.firstIndex { $0.contains(text) } }

    /// The terminal columns (cells, from 0) at which the characters in `characters` stand on `row`.
    func columns(of characters: Set<Character>, inRow row: Int) -> [Int] {
        guard lines.indices.contains(row) else { return [] }
        var result: [Int] = []
        var column = 0
        for character in lines[row] {
            if characters.contains(character) { result.append(column) }
            column += TerminalColumns.of(character)
        }
        return result
    }

    /// The number of cells `row` fills up to its last non-blank character.
    func width(ofRow row: Int) -> Int {
        guard lines.indices.contains(row) else { return 0 }
        return lines[row].reduce(0) { $0 + TerminalColumns.of($1) }
    }

    /// The screen framed for a failure message.
    var description: String {
        let numbered = lines.enumerated().map { index, line in
            (index < 10 ? " " : "") + "\(index)|\(line)"
        }
        return "\n" + numbered.joined(separator: "\n")
    }
}

/// How many terminal cells a character takes, as a terminal (and tmux) counts them:
/// zero for combining marks, two for East Asian wide characters and emoji, else one.
enum TerminalColumns {
    static func of(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        switch first.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return 0
        default: break
        }
        return wideRanges.contains { $0.contains(first.value) } ? 2 : 1
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
        0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
    ]
}
