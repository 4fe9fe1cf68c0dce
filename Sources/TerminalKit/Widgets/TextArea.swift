/// A text input that wraps its text at word boundaries to the width it is drawn in.
///
/// The cursor is an index in `Character`s, so a Cyrillic letter, a CJK ideograph or a
/// letter with a combining accent is one step. Every character of the text belongs to
/// exactly one wrapped line (spaces at a soft break stay at the end of the line they
/// follow), so the cursor can stand anywhere and up and down keep their column.
///
/// Keys (`handle(_:width:)`): typed characters insert; Enter inserts a line break when
/// `allowsNewlines`; ← → by character, Ctrl-← Ctrl-→ by word; ↑ ↓ by wrapped line;
/// Home End (Ctrl-A Ctrl-E) to the ends of the wrapped line; Backspace Del delete;
/// Ctrl-W deletes the word before the cursor, Ctrl-K to the end of the line.
public struct TextArea: Hashable, Sendable {
    /// What a key did.
    public enum Outcome: Hashable, Sendable {
        /// The text changed.
        case edited
        /// Only the cursor moved (or the key was absorbed at an edge of the text).
        case moved
        /// ↑ on the first line: the caller may move to what is above.
        case leftAtTop
        /// ↓ on the last line: the caller may move to what is below.
        case leftAtBottom
        /// The area does not use the key.
        case ignored
    }

    public private(set) var characters: [Character]
    /// The number of characters before the cursor.
    public private(set) var cursorIndex: Int
    /// Whether Enter inserts a line break; a one-line field still wraps long text.
    public var allowsNewlines: Bool
    /// The column ↑ and ↓ aim for, kept while moving over shorter lines.
    private var preferredColumn: Int?

    public init(text: String = "", allowsNewlines: Bool = true) {
        self.characters = Array(text)
        self.cursorIndex = characters.count
        self.allowsNewlines = allowsNewlines
    }

    public var text: String { String(characters) }

    /// Moves the cursor to `index`, clamped to the text.
    public mutating func moveCursor(to index: Int) {
        cursorIndex = min(max(0, index), characters.count)
        preferredColumn = nil
    }

    /// Inserts `text` at the cursor, leaving out characters that could control the terminal
    /// (and line breaks unless `allowsNewlines`).
    public mutating func insert(_ text: String) {
        for character in text {
            if character == "\n" || character == "\r\n" {
                guard allowsNewlines else { continue }
                characters.insert("\n", at: cursorIndex)
            } else {
                guard SafeText.isSafe(String(character)) else { continue }
                characters.insert(character, at: cursorIndex)
            }
            cursorIndex += 1
        }
        preferredColumn = nil
    }

    /// Handles an editing or movement key for an area `width` columns wide.
    public mutating func handle(_ key: KeyEvent, width: Int) -> Outcome {
        switch key {
        case .character(let character):
            insert(String(character))
            return .edited
        case .enter:
            guard allowsNewlines else { return .ignored }
            insert("\n")
            return .edited
        case .backspace:
            guard cursorIndex > 0 else { return .moved }
            delete(cursorIndex - 1..<cursorIndex)
            return .edited
        case .delete:
            guard cursorIndex < characters.count else { return .moved }
            delete(cursorIndex..<cursorIndex + 1)
            return .edited
        case .control("w"):
            let start = startOfWord(before: cursorIndex)
            guard start < cursorIndex else { return .moved }
            delete(start..<cursorIndex)
            return .edited
        case .control("k"):
            let line = currentLine(width: width)
            var end = line.upperBound
            if end > cursorIndex, characters[end - 1] == "\n" { end -= 1 }
            if end == cursorIndex, end < characters.count, characters[end] == "\n" { end += 1 }
            guard end > cursorIndex else { return .moved }
            delete(cursorIndex..<end)
            return .edited
        case .left: moveCursor(to: cursorIndex - 1)
        case .right: moveCursor(to: cursorIndex + 1)
        case .controlArrow(.left): moveCursor(to: startOfWord(before: cursorIndex))
        case .controlArrow(.right): moveCursor(to: endOfWord(after: cursorIndex))
        case .home, .control("a"): moveCursor(to: currentLine(width: width).lowerBound)
        case .end, .control("e"):
            let lines = lineRanges(width: width)
            let number = Self.lineIndex(of: cursorIndex, in: lines)
            moveCursor(to: lastCursorIndex(on: lines[number], isLast: number == lines.count - 1))
        case .up: return moveVertically(by: -1, width: width)
        case .down: return moveVertically(by: 1, width: width)
        default: return .ignored
        }
        return .moved
    }

    // MARK: Layout

    /// The wrapped lines of the text at `width` columns, as ranges of character indices.
    public func lineRanges(width: Int) -> [Range<Int>] {
        Self.lineRanges(of: characters, width: width)
    }

    /// The wrapped line and column (in display columns) of the cursor.
    public func cursorPosition(width: Int) -> (line: Int, column: Int) {
        let lines = lineRanges(width: width)
        let line = Self.lineIndex(of: cursorIndex, in: lines)
        let column = Self.width(of: characters[lines[line].lowerBound..<cursorIndex])
        return (line, column)
    }

    /// Breaks `characters` into lines of at most `width` columns: at line breaks, and after
    /// the spaces that follow a word; a word wider than the line is broken where it must.
    /// Always at least one line; a text ending in a line break has an empty last line.
    public static func lineRanges(of characters: [Character], width: Int) -> [Range<Int>] {
        let width = max(1, width)
        var lines: [Range<Int>] = []
        var start = 0
        var index = 0
        var used = 0
        var lastBreak: Int?  // the index after the last space run on this line
        while index < characters.count {
            let character = characters[index]
            if character == "\n" {
                lines.append(start..<index + 1)
                index += 1
                start = index
                used = 0
                lastBreak = nil
                continue
            }
            let characterWidth = visibleWidth(of: character)
            if character == " " {
                // Spaces may overhang the edge: they end the line they follow.
                used += characterWidth
                index += 1
                lastBreak = index
                continue
            }
            if used + characterWidth > width && index > start {
                let end = lastBreak ?? index
                lines.append(start..<end)
                start = end
                used = Self.width(of: characters[start..<index])
                lastBreak = nil
                continue
            }
            used += characterWidth
            index += 1
        }
        lines.append(start..<characters.count)
        return lines
    }

    /// The columns a character takes once made safe to draw; a line break takes none.
    static func visibleWidth(of character: Character) -> Int {
        if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F { return 1 }
        if character == "\n" { return 0 }
        if SafeText.isSafe(String(character)) { return character.displayWidth }
        return 1
    }

    static func width(of slice: ArraySlice<Character>) -> Int {
        slice.reduce(0) { $0 + visibleWidth(of: $1) }
    }

    /// The line the cursor is drawn on: a cursor at the end of a line shows at the start of
    /// the next one; the end of the text belongs to the last line.
    static func lineIndex(of cursor: Int, in lines: [Range<Int>]) -> Int {
        lines.firstIndex { cursor < $0.upperBound } ?? lines.count - 1
    }

    // MARK: Drawing

    /// Draws wrapped lines `firstLine…` into `area`, one per row, and puts the buffer's
    /// cursor at the text cursor when `isFocused` and it is in view.
    public func render(
        into buffer: inout Buffer, area: Rect, firstLine: Int = 0, style: Style = .normal, isFocused: Bool = false
    ) {
        guard !area.isEmpty else { return }
        let lines = lineRanges(width: area.width)
        for row in 0..<area.height {
            let number = firstLine + row
            guard lines.indices.contains(number) else { break }
            let line = lines[number]
            var text = String(characters[line])
            if text.hasSuffix("\n") { text.removeLast() }
            buffer.write(text, x: area.x, y: area.y + row, style: style, clip: area)
        }
        if isFocused {
            let (line, column) = cursorPosition(width: area.width)
            let row = line - firstLine
            if row >= 0 && row < area.height {
                buffer.cursor = Position(x: area.x + min(column, area.width - 1), y: area.y + row)
            }
        }
    }

    // MARK: Editing and moving

    private mutating func delete(_ range: Range<Int>) {
        characters.removeSubrange(range)
        cursorIndex = range.lowerBound
        preferredColumn = nil
    }

    private func currentLine(width: Int) -> Range<Int> {
        let lines = lineRanges(width: width)
        return lines[Self.lineIndex(of: cursorIndex, in: lines)]
    }

    /// The last place on a line the cursor can stand and still be drawn on it: before its
    /// line break or on its last character; at the very end only on the last line.
    private func lastCursorIndex(on line: Range<Int>, isLast: Bool) -> Int {
        if isLast || line.isEmpty { return line.upperBound }
        return line.upperBound - 1
    }

    private mutating func moveVertically(by step: Int, width: Int) -> Outcome {
        let lines = lineRanges(width: width)
        let current = Self.lineIndex(of: cursorIndex, in: lines)
        let target = current + step
        guard lines.indices.contains(target) else { return step < 0 ? .leftAtTop : .leftAtBottom }
        let column = preferredColumn ?? Self.width(of: characters[lines[current].lowerBound..<cursorIndex])
        let line = lines[target]
        let limit = lastCursorIndex(on: line, isLast: target == lines.count - 1)
        var index = line.lowerBound
        var used = 0
        while index < limit {
            let characterWidth = Self.visibleWidth(of: characters[index])
            if used + characterWidth > column { break }
            used += characterWidth
            index += 1
        }
        cursorIndex = index
        preferredColumn = column
        return .moved
    }

    /// Back over spaces, then back over the word.
    private func startOfWord(before index: Int) -> Int {
        var index = index
        while index > 0 && characters[index - 1].isWhitespace { index -= 1 }
        while index > 0 && !characters[index - 1].isWhitespace { index -= 1 }
        return index
    }

    /// Forward over spaces, then over the word.
    private func endOfWord(after index: Int) -> Int {
        var index = index
        while index < characters.count && characters[index].isWhitespace { index += 1 }
        while index < characters.count && !characters[index].isWhitespace { index += 1 }
        return index
    }
}
