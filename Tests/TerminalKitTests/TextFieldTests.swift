import Testing
@testable import TerminalKit

@Suite("TextField")
struct TextFieldTests {
    private func type(_ text: String, into field: inout TextField) {
        for character in text {
            let consumed1 = field.handle(.character(character))
            #expect(consumed1)
        }
    }

    private func render(_ field: TextField, width: Int, isFocused: Bool = true) -> Buffer {
        var buffer = Buffer(width: width, height: 1)
        field.render(into: &buffer, area: buffer.bounds, isFocused: isFocused)
        return buffer
    }

    @Test func typingInsertsAtTheCursorInMixedScripts() {
        var field = TextField()
        type("Beograd", into: &field)
        type(" Београд", into: &field)
        #expect(field.text == "Beograd Београд")
        #expect(field.cursorIndex == 15)
        for _ in 0..<7 { _ = field.handle(.left) }
        type("/", into: &field)
        #expect(field.text == "Beograd /Београд")
        #expect(field.cursorIndex == 9)
    }

    @Test func backspaceDeleteAndMovementWorkOnCharacters() {
        var field = TextField(text: "Ђорђе")
        let consumed2 = field.handle(.backspace)
        #expect(consumed2)
        #expect(field.text == "Ђорђ")
        _ = field.handle(.home)
        #expect(field.cursorIndex == 0)
        let consumedAtStart = field.handle(.backspace)
        #expect(consumedAtStart)  // nothing before the cursor: consumed, no change
        #expect(field.text == "Ђорђ")
        _ = field.handle(.delete)
        #expect(field.text == "орђ")
        _ = field.handle(.right)
        _ = field.handle(.right)
        #expect(field.cursorIndex == 2)
        _ = field.handle(.end)
        #expect(field.cursorIndex == 3)
        _ = field.handle(.right)
        #expect(field.cursorIndex == 3)
        _ = field.handle(.control("a"))
        #expect(field.cursorIndex == 0)
        _ = field.handle(.control("e"))
        #expect(field.cursorIndex == 3)
    }

    @Test func aLetterWithACombiningAccentIsOneStep() {
        var field = TextField(text: "зе\u{301}мља")
        #expect(field.text.count == 5)
        _ = field.handle(.home)
        _ = field.handle(.right)
        _ = field.handle(.delete)
        #expect(field.text == "змља")
    }

    @Test func controlUKAndWDeleteLikeReadline() {
        var field = TextField(text: "Beograd Београд")
        field.moveCursor(to: 8)
        let consumed3 = field.handle(.control("k"))
        #expect(consumed3)
        #expect(field.text == "Beograd ")
        #expect(field.cursorIndex == 8)

        field = TextField(text: "Beograd Београд")
        field.moveCursor(to: 8)
        let consumed4 = field.handle(.control("u"))
        #expect(consumed4)
        #expect(field.text == "Београд")
        #expect(field.cursorIndex == 0)

        field = TextField(text: "Migracije i безбедност  ")
        let consumed5 = field.handle(.control("w"))
        #expect(consumed5)
        #expect(field.text == "Migracije i ")
        _ = field.handle(.control("w"))
        #expect(field.text == "Migracije ")
        field.moveCursor(to: 4)
        _ = field.handle(.control("w"))
        #expect(field.text == "acije ")
        #expect(field.cursorIndex == 0)
    }

    @Test func unsafeCharactersAreNotInsertedAndMaxLengthHolds() {
        var field = TextField(maxLength: 5)
        field.insert("a\u{1B}b\nc\u{202E}d\u{9B}ef")
        #expect(field.text == "abcde")
        let ignored6 = field.handle(.enter)
        #expect(!ignored6)
        let ignored7 = field.handle(.tab)
        #expect(!ignored7)
        let ignored8 = field.handle(.escape)
        #expect(!ignored8)
        let ignored9 = field.handle(.up)
        #expect(!ignored9)
    }

    @Test func scrollsHorizontallyToKeepTheCursorVisible() {
        var field = TextField(text: "Миграције", viewportWidth: 6)
        var buffer = render(field, width: 6)
        #expect(buffer.lines == ["ације "])
        #expect(buffer.cursor == Position(x: 5, y: 0))
        _ = field.handle(.home)
        buffer = render(field, width: 6)
        #expect(buffer.lines == ["Миграц"])
        #expect(buffer.cursor == Position(x: 0, y: 0))
        for _ in 0..<6 { _ = field.handle(.right) }
        #expect(field.scrollOffset == 1)
        #expect(render(field, width: 6).lines == ["играци"])
        #expect(render(field, width: 6).cursor == Position(x: 5, y: 0))
    }

    @Test func wideCharactersScrollWhole() {
        var field = TextField(text: "漢字漢字漢字", viewportWidth: 7)
        // Six ideographs (12 columns) in 7: the last three show, the cursor after them.
        #expect(render(field, width: 7).lines == ["字漢字 "])
        #expect(render(field, width: 7).cursor == Position(x: 6, y: 0))
        _ = field.handle(.left)
        #expect(render(field, width: 7).lines == ["字漢字 "])
        #expect(render(field, width: 7).cursor == Position(x: 4, y: 0))
        _ = field.handle(.home)
        #expect(render(field, width: 7).lines == ["漢字漢 "])
        #expect(render(field, width: 7).cursor == Position(x: 0, y: 0))
    }

    @Test func anEmptyFieldShowsItsPlaceholder() {
        let field = TextField(placeholder: "Naslov modula")
        let buffer = render(field, width: 16)
        #expect(buffer.lines == ["Naslov modula   "])
        #expect(buffer[0, 0].style.attributes.contains(.dim))
        #expect(buffer.cursor == Position(x: 0, y: 0))
    }

    @Test func anUnfocusedFieldLeavesTheCursorAlone() {
        let field = TextField(text: "abc")
        #expect(render(field, width: 5, isFocused: false).cursor == nil)
        #expect(render(field, width: 5, isFocused: false).lines == ["abc  "])
    }
}
