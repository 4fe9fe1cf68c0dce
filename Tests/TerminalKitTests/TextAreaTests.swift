import Testing

@testable import TerminalKit

/// Types each character of `text` into the area.
private func type(_ text: String, into area: inout TextArea, width: Int = 20) {
    for character in text {
        _ = area.handle(character == "\n" ? .enter : .character(character), width: width)
    }
}

/// The wrapped lines as strings.
private func lines(_ area: TextArea, width: Int) -> [String] {
    area.lineRanges(width: width).map { String(area.characters[$0]) }
}

@Suite("Text area")
struct TextAreaTests {
    @Test("typing mixed Cyrillic and Latin inserts at the cursor, one character a step")
    func typingMixedScripts() {
        var area = TextArea()
        type("Миграције and č", into: &area)
        #expect(area.text == "Миграције and č")
        for _ in 0..<6 { _ = area.handle(.left, width: 20) }
        type("ž", into: &area)
        #expect(area.text == "Миграцијеž and č")
        _ = area.handle(.backspace, width: 20)
        _ = area.handle(.home, width: 20)
        _ = area.handle(.delete, width: 20)
        #expect(area.text == "играције and č")
        #expect(area.cursorIndex == 0)
    }

    @Test("a letter with a combining accent is one step for the cursor and for deletion")
    func combiningAccents() {
        var area = TextArea(text: "Сре\u{0301}дство")
        #expect(area.characters.count == 8)
        _ = area.handle(.home, width: 20)
        _ = area.handle(.right, width: 20)
        _ = area.handle(.right, width: 20)
        _ = area.handle(.delete, width: 20)
        #expect(area.text == "Срдство")
    }

    @Test("text wraps after the spaces that follow a word, and every character stays on a line")
    func wrapping() {
        let area = TextArea(text: "Локални акциони план за миграције")
        #expect(lines(area, width: 12) == ["Локални ", "акциони план ", "за миграције"])
        let joined = lines(area, width: 12).joined()
        #expect(joined == area.text)
        let long = TextArea(text: "abcdefghijkl mn")
        #expect(lines(long, width: 5) == ["abcde", "fghij", "kl mn"])
    }

    @Test("line breaks are kept; an empty last line follows a final break")
    func lineBreaks() {
        var area = TextArea()
        type("Prvo\n\nTreće\n", into: &area)
        #expect(lines(area, width: 20) == ["Prvo\n", "\n", "Treće\n", ""])
        #expect(area.cursorPosition(width: 20) == (line: 3, column: 0))
    }

    @Test("a one-line area ignores Enter and leaves out pasted line breaks")
    func oneLine() {
        var area = TextArea(text: "Naslov", allowsNewlines: false)
        #expect(area.handle(.enter, width: 20) == .ignored)
        area.insert("a\nb")
        #expect(area.text == "Naslovab")
    }

    @Test("↑ and ↓ move by wrapped line and keep the column; past the ends they report it")
    func verticalMovement() {
        var area = TextArea(text: "Прва линија\nдруга\nтрећа линија текста")
        area.moveCursor(to: 8)  // "Прва лин|ија"
        #expect(area.cursorPosition(width: 40) == (line: 0, column: 8))
        #expect(area.handle(.down, width: 40) == .moved)
        #expect(area.cursorPosition(width: 40) == (line: 1, column: 5), "stops at the end of the short line")
        #expect(area.handle(.down, width: 40) == .moved)
        #expect(area.cursorPosition(width: 40) == (line: 2, column: 8), "the column is remembered")
        #expect(area.handle(.down, width: 40) == .leftAtBottom)
        area.moveCursor(to: 2)
        #expect(area.handle(.up, width: 40) == .leftAtTop)
    }

    @Test("at a soft break the cursor shows at the start of the next line; End stays on its line")
    func softBreakCursor() {
        var area = TextArea(text: "один два три")
        #expect(lines(area, width: 6) == ["один ", "два ", "три"])
        area.moveCursor(to: 5)
        #expect(area.cursorPosition(width: 6) == (line: 1, column: 0))
        area.moveCursor(to: 0)
        _ = area.handle(.end, width: 6)
        #expect(area.cursorPosition(width: 6).line == 0)
        _ = area.handle(.down, width: 6)
        _ = area.handle(.end, width: 6)
        #expect(area.cursorPosition(width: 6).line == 1)
    }

    @Test("Ctrl-← Ctrl-→ jump words; Ctrl-W deletes the word before; Ctrl-K to the end of the line")
    func wordsAndKilling() {
        var area = TextArea(text: "Закон о странцима\ndruga linija")
        area.moveCursor(to: 0)
        _ = area.handle(.controlArrow(.right), width: 40)
        #expect(area.cursorIndex == 5)
        _ = area.handle(.controlArrow(.right), width: 40)
        #expect(area.cursorIndex == 7)
        _ = area.handle(.controlArrow(.left), width: 40)
        #expect(area.cursorIndex == 6)
        _ = area.handle(.end, width: 40)
        #expect(area.handle(.control("w"), width: 40) == .edited)
        #expect(area.text == "Закон о \ndruga linija")
        area.moveCursor(to: 5)
        _ = area.handle(.control("k"), width: 40)
        #expect(area.text == "Закон\ndruga linija")
        _ = area.handle(.control("k"), width: 40)
        #expect(area.text == "Законdruga linija", "at the end of a line Ctrl-K joins the next")
    }

    @Test("wide characters wrap by their width, and control characters take one column")
    func widths() {
        let area = TextArea(text: "移民管理 ok")
        #expect(lines(area, width: 5) == ["移民", "管理 ", "ok"])
        #expect(TextArea.visibleWidth(of: "\u{1B}") == 1)
        var buffer = Buffer(width: 10, height: 1)
        TextArea(text: "a\u{1B}b").render(into: &buffer, area: buffer.bounds)
        #expect(buffer.line(0).hasPrefix("a␛b"))
    }

    @Test("render draws the visible lines and puts the cursor where it is")
    func render() {
        var area = TextArea(text: "jedan dva tri četiri")
        area.moveCursor(to: 10)  // "tri" starts a line at width 10
        var buffer = Buffer(width: 10, height: 2)
        area.render(into: &buffer, area: buffer.bounds, firstLine: 1, isFocused: true)
        #expect(buffer.lines == ["tri četiri", "          "])
        #expect(buffer.cursor == Position(x: 0, y: 0))
    }

    @Test("characters that could control the terminal are not inserted")
    func unsafeInput() {
        var area = TextArea()
        area.insert("a\u{1B}[31mb\u{202E}c")
        #expect(area.text == "a[31mbc")
    }
}
