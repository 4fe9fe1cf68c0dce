import Testing
@testable import TerminalKit

@Suite("Display width")
struct DisplayWidthTests {
    @Test(arguments: ["a", "Z", "7", "~", " "])
    func asciiIsOneColumn(_ character: Character) {
        #expect(character.displayWidth == 1)
    }

    @Test(arguments: ["č", "ć", "š", "ž", "đ", "Č", "Ć", "Š", "Ž", "Đ"])
    func latinWithDiacriticsIsOneColumn(_ character: Character) {
        #expect(character.displayWidth == 1)
    }

    @Test(arguments: ["Љ", "Ђ", "Ќ", "Ѓ", "ж", "ш", "Ћ", "Џ"])
    func cyrillicIsOneColumn(_ character: Character) {
        #expect(character.displayWidth == 1)
    }

    @Test(arguments: ["漢", "字", "日", "本", "한", "ア", "Ａ"])
    func cjkAndFullwidthAreTwoColumns(_ character: Character) {
        #expect(character.displayWidth == 2)
    }

    @Test(arguments: ["😀", "🚀", "🇷🇸", "👍🏽"])
    func emojiAreTwoColumns(_ character: Character) {
        #expect(character.displayWidth == 2)
    }

    @Test func combiningMarksTakeNoColumn() {
        #expect(Unicode.Scalar(0x0301)!.displayWidth == 0)  // combining acute
        #expect(Unicode.Scalar(0x0483)!.displayWidth == 0)  // combining Cyrillic titlo
        #expect(Unicode.Scalar(0x200B)!.displayWidth == 0)  // zero-width space
        #expect(Unicode.Scalar(0xFE0F)!.displayWidth == 0)  // variation selector
        #expect("е\u{0301}".displayWidth == 1)  // Cyrillic е with an acute: one grapheme, one column
        #expect("e\u{0301}\u{0302}".displayWidth == 1)
    }

    @Test func stringsSumTheirGraphemes() {
        #expect("Ljubljana".displayWidth == 9)
        #expect("Љубљана".displayWidth == 7)
        #expect("Đorđe Čukić".displayWidth == 11)
        #expect("漢字 ok".displayWidth == 7)
        #expect("".displayWidth == 0)
    }

    @Test("a text's width is the sum of its characters' widths, whichever way it is counted")
    func textWidthIsTheSumOfCharacters() {
        let pieces = [
            "a", "Z", " ", "č", "Đ", "ж", "Љ", "ѓ", "\u{0301}", "\u{0483}", "е\u{0301}", "漢", "😀", "\r\n", "\r", "\n",
            "\t", "\u{200B}", "\u{200D}", "🇷🇸", "ԯ", "Ա",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) }, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
