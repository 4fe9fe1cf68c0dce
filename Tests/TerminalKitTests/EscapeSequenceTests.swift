import Testing

@testable import TerminalKit

/// The sequences PuTTY, xterm, the Linux console and rxvt send, read whole after the Esc.
@Suite("Escape sequences curses does not know")
struct EscapeSequenceTests {
    @Test(
        "whole sequences are keys",
        arguments: [
            ("[1~", KeyEvent.home), ("[7~", .home), ("[H", .home), ("OH", .home),
            ("[4~", .end), ("[8~", .end), ("[F", .end), ("OF", .end),
            ("[3~", .delete), ("[2~", .insert), ("[5~", .pageUp), ("[6~", .pageDown),
            ("[A", .up), ("OB", .down), ("[C", .right), ("OD", .left), ("[Z", .backTab),
            ("[1;5A", .controlArrow(.up)), ("[1;3D", .controlArrow(.left)), ("Oa", .controlArrow(.up)),
            ("[1;2A", .up), ("[3;5~", .delete),
            ("OP", .function(1)), ("[11~", .function(1)), ("[15~", .function(5)), ("[17~", .function(6)),
            ("[24~", .function(12)), ("[[A", .function(1)), ("[[E", .function(5)),
        ])
    func key(_ tail: String, _ key: KeyEvent) {
        #expect(EscapeSequence.read(Array(tail)) == .key(key), "Esc \(tail)")
    }

    @Test("every shorter start of a sequence asks for more", arguments: ["[", "[1", "[1;", "[1;5", "[1", "O", "[["])
    func incomplete(_ tail: String) {
        #expect(EscapeSequence.read(Array(tail)) == .incomplete)
    }

    @Test("a sequence of a key the workbench does not use is read whole and dropped")
    func unknownSequences() {
        #expect(EscapeSequence.read(Array("[99~")) == .key(nil))
        #expect(EscapeSequence.read(Array("[E")) == .key(nil))
        #expect(EscapeSequence.read(Array("O5")) == .key(nil))
        #expect(EscapeSequence.read(Array("[12345678")) == .key(nil), "parameters that never end")
    }

    @Test("Esc followed by anything else is Esc, then that key")
    func notASequence() {
        #expect(EscapeSequence.read(Array("j")) == .notASequence)
        #expect(EscapeSequence.read(Array("ж")) == .notASequence)
        #expect(EscapeSequence.read([]) == .incomplete)
    }
}
