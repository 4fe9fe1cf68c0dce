import Testing
@testable import TerminalKit

@Suite("SafeText")
struct SafeTextTests {
    @Test func escapeBecomesVisible() {
        #expect(SafeText.sanitize("a\u{1B}[31mb") == "a␛[31mb")
    }

    @Test func c1ControlsBecomeVisible() {
        #expect(SafeText.sanitize("x\u{9B}2Jy") == "x⍰2Jy")  // 8-bit CSI
        #expect(SafeText.sanitize("\u{9D}0;title\u{9C}") == "⍰0;title⍰")  // 8-bit OSC … ST
        #expect(SafeText.sanitize("\u{85}") == "⍰")
    }

    @Test func bidiOverridesAndIsolatesBecomeVisible() {
        #expect(SafeText.sanitize("abc\u{202E}def") == "abc⍰def")
        #expect(SafeText.sanitize("\u{2066}x\u{2069}") == "⍰x⍰")
        #expect(SafeText.sanitize("\u{202A}\u{202B}\u{202C}\u{202D}") == "⍰⍰⍰⍰")
    }

    @Test func tabNewlineAndOtherC0ControlsBecomeVisible() {
        #expect(SafeText.sanitize("a\tb") == "a␉b")
        #expect(SafeText.sanitize("a\nb") == "a␊b")
        #expect(SafeText.sanitize("a\r\nb") == "a␍␊b")
        #expect(SafeText.sanitize("\u{07}\u{00}\u{7F}") == "␇␀␡")
    }

    @Test func newlinesCanBeKeptForCallersThatBreakLines() {
        #expect(SafeText.sanitize("a\nb\u{1B}", keepingNewlines: true) == "a\nb␛")
        #expect(SafeText.sanitize("a\r\nb", keepingNewlines: true) == "a␍\nb")
    }

    @Test func ordinaryTextIsUnchanged() {
        let text = "Migracije i bezbednost — Миграције и безбедност — 移民 😀"
        #expect(SafeText.isSafe(text))
        #expect(SafeText.sanitize(text) == text)
        #expect(!SafeText.isSafe("\u{1B}"))
    }

    @Test func visibleSymbolsKeepTheWidthOfWhatTheyReplace() {
        let raw = "a\u{1B}\u{9B}\u{202E}\tb"
        #expect(SafeText.sanitize(raw).displayWidth == raw.displayWidth)
    }

    @Test("the UTF-8 check agrees with the scalar ranges for every scalar up to U+30FF, alone and in text")
    func byteCheckAgreesWithScalars() {
        let unsafe: [ClosedRange<UInt32>] = [0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x2028...0x2029]
        for value in UInt32(0)...0x30FF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = !unsafe.contains { $0.contains(value) }
            let alone = String(Character(scalar))
            #expect(SafeText.isSafe(alone) == expected, "U+\(String(value, radix: 16))")
            #expect(SafeText.isSafe("Ђž" + alone + "ш") == expected, "U+\(String(value, radix: 16)) in text")
            #expect(SafeText.isSafe(alone, keepingNewlines: true) == (expected || value == 0x0A))
        }
    }
}
