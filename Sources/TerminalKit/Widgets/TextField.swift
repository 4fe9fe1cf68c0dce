/// A single-line text input with a cursor, readline-style editing and horizontal
/// scrolling.
///
/// The cursor is an index in `Character`s, so a Cyrillic letter, a CJK ideograph or
/// a letter with a combining accent is one step. Keys: typed characters insert,
/// ← → Home End move, Backspace and Del delete, Ctrl-A / Ctrl-E go to the start / end,
/// Ctrl-U deletes to the start, Ctrl-K to the end, Ctrl-W the word before the cursor.
/// Set `viewportWidth` to the field's width so that scrolling follows the cursor
/// smoothly; `render` keeps the cursor visible in any width.
public struct TextField: Hashable, Sendable {
    private var characters: [Character]
    /// The cursor position: the number of characters before it.
    public private(set) var cursorIndex: Int
    /// The index of the first character shown.
    public private(set) var scrollOffset: Int = 0
    /// The number of columns the field is drawn in.
    public var viewportWidth: Int {
        didSet { scrollCursorIntoView() }
    }
    /// Shown (muted) when the field is empty.
    public var placeholder: String
    /// The most characters the field accepts, if limited.
    public var maxLength: Int?
    public var style: Style
    public var placeholderStyle: Style

    public init(text: String = "", placeholder: String = "", viewportWidth: Int = 20, maxLength: Int? = nil) {
        self.characters = Array(text)
        self.cursorIndex = characters.count
        self.viewportWidth = max(1, viewportWidth)
        self.placeholder = placeholder
        self.maxLength = maxLength
        self.style = Style(attributes: .underline)
        self.placeholderStyle = Style(attributes: [.dim, .underline])
        scrollCursorIntoView()
    }

    /// The text being edited; setting it puts the cursor at the end.
    public var text: String {
        get { String(characters) }
        set {
            characters = Array(newValue)
            cursorIndex = characters.count
            scrollCursorIntoView()
        }
    }

    /// Moves the cursor to `index`, clamped to the text.
    public mutating func moveCursor(to index: Int) {
        cursorIndex = min(max(0, index), characters.count)
        scrollCursorIntoView()
    }

    /// Inserts `text` at the cursor and moves the cursor after it.
    ///
    /// Characters that could control the terminal (controls, C1, bidi overrides) and
    /// line breaks are left out; insertion stops at `maxLength`.
    public mutating func insert(_ text: String) {
        for character in text where SafeText.isSafe(String(character)) {
            if let maxLength, characters.count >= maxLength { break }
            characters.insert(character, at: cursorIndex)
            cursorIndex += 1
        }
        scrollCursorIntoView()
    }

    /// Handles an editing or movement key and returns `true`; returns `false` for keys
    /// the field does not use (Enter, Esc, Tab, arrows up and down…).
    public mutating func handle(_ key: KeyEvent) -> Bool {
        switch key {
        case .character(let character):
            insert(String(character))
        case .left: moveCursor(to: cursorIndex - 1)
        case .right: moveCursor(to: cursorIndex + 1)
        case .home, .control("a"): moveCursor(to: 0)
        case .end, .control("e"): moveCursor(to: characters.count)
        case .backspace:
            guard cursorIndex > 0 else { return true }
            deleteCharacters(in: (cursorIndex - 1)..<cursorIndex)
        case .delete:
            guard cursorIndex < characters.count else { return true }
            deleteCharacters(in: cursorIndex..<(cursorIndex + 1))
        case .control("u"): deleteCharacters(in: 0..<cursorIndex)
        case .control("k"): deleteCharacters(in: cursorIndex..<characters.count)
        case .control("w"): deleteCharacters(in: startOfWordBeforeCursor()..<cursorIndex)
        default: return false
        }
        return true
    }

    /// Draws the visible part of the text on the first row of `area`; when focused,
    /// puts the buffer's cursor at the text cursor.
    public func render(into buffer: inout Buffer, area: Rect, isFocused: Bool = true) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        buffer.fill(row, style: style)
        if characters.isEmpty && !placeholder.isEmpty {
            buffer.write(placeholder, in: row, style: placeholderStyle)
        } else {
            let offset = visibleOffset(width: row.width)
            buffer.write(String(characters[offset...]), x: row.x, y: row.y, style: style, clip: row)
        }
        if isFocused {
            let offset = characters.isEmpty ? 0 : visibleOffset(width: row.width)
            let column = Self.width(of: characters[offset..<cursorIndex])
            buffer.cursor = Position(x: min(row.x + column, row.maxX - 1), y: row.y)
        }
    }

    // MARK: Editing

    private mutating func deleteCharacters(in range: Range<Int>) {
        guard !range.isEmpty else { return }
        characters.removeSubrange(range)
        cursorIndex = range.lowerBound
        scrollCursorIntoView()
    }

    /// Where Ctrl-W starts deleting: back over spaces, then back over the word.
    private func startOfWordBeforeCursor() -> Int {
        var index = cursorIndex
        while index > 0 && characters[index - 1].isWhitespace { index -= 1 }
        while index > 0 && !characters[index - 1].isWhitespace { index -= 1 }
        return index
    }

    // MARK: Scrolling

    private mutating func scrollCursorIntoView() {
        scrollOffset = visibleOffset(width: viewportWidth)
    }

    /// The first character to show in `width` columns: the stored offset, moved as
    /// little as needed so the cursor (and the character under it) fits.
    private func visibleOffset(width: Int) -> Int {
        var offset = min(scrollOffset, cursorIndex)
        let cursorWidth = cursorIndex < characters.count ? max(1, characters[cursorIndex].displayWidth) : 1
        while offset < cursorIndex && Self.width(of: characters[offset..<cursorIndex]) + cursorWidth > width {
            offset += 1
        }
        return offset
    }

    private static func width(of characters: ArraySlice<Character>) -> Int {
        characters.reduce(0) { $0 + $1.displayWidth }
    }
}
