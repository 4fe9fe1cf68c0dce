import Testing
@testable import TerminalKit

@Suite("KeyEvent")
struct KeyEventTests {
    @Test func descriptionsNameKeysAsHelpScreensShowThem() {
        #expect(KeyEvent.up.description == "↑")
        #expect(KeyEvent.down.description == "↓")
        #expect(KeyEvent.left.description == "←")
        #expect(KeyEvent.right.description == "→")
        #expect(KeyEvent.pageDown.description == "PgDn")
        #expect(KeyEvent.pageUp.description == "PgUp")
        #expect(KeyEvent.control("l").description == "Ctrl-L")
        #expect(KeyEvent.backTab.description == "Shift-Tab")
        #expect(KeyEvent.function(2).description == "F2")
        #expect(KeyEvent.enter.description == "Enter")
        #expect(KeyEvent.escape.description == "Esc")
        #expect(KeyEvent.character("q").description == "q")
        #expect(KeyEvent.character(" ").description == "Space")
        #expect(KeyEvent.character("ж").description == "ж")
        #expect(KeyEvent.home.description == "Home")
        #expect(KeyEvent.delete.description == "Del")
    }

    @Test func controlBytesMapToNamedKeys() {
        #expect(KeyEvent.fromControlByte(9) == .tab)
        #expect(KeyEvent.fromControlByte(10) == .enter)
        #expect(KeyEvent.fromControlByte(13) == .enter)
        #expect(KeyEvent.fromControlByte(27) == .escape)
        #expect(KeyEvent.fromControlByte(127) == .backspace)
        #expect(KeyEvent.fromControlByte(8) == .backspace)
        #expect(KeyEvent.fromControlByte(1) == .control("a"))
        #expect(KeyEvent.fromControlByte(12) == .control("l"))
        #expect(KeyEvent.fromControlByte(26) == .control("z"))
        #expect(KeyEvent.fromControlByte(0) == nil)
        #expect(KeyEvent.fromControlByte(28) == nil)
        #expect(KeyEvent.fromControlByte(65) == nil)
    }

    @Test func characterCodesBecomeCharactersUnlessUnsafe() {
        #expect(KeyEvent.fromCharacterCode(0x71) == .character("q"))
        #expect(KeyEvent.fromCharacterCode(0x409) == .character("Љ"))
        #expect(KeyEvent.fromCharacterCode(0x6F22) == .character("漢"))
        #expect(KeyEvent.fromCharacterCode(3) == .control("c"))
        #expect(KeyEvent.fromCharacterCode(0x9B) == nil)  // C1 CSI
        #expect(KeyEvent.fromCharacterCode(0x202E) == nil)  // right-to-left override
        #expect(KeyEvent.fromCharacterCode(0xD800) == nil)  // a lone surrogate
    }
}
