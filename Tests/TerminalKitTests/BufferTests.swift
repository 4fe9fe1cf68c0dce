import Testing
@testable import TerminalKit

@Suite("Buffer")
struct BufferTests {
    @Test func writesTextAndReturnsTheNextColumn() {
        var buffer = Buffer(width: 8, height: 1)
        let end = buffer.write("Ђак", x: 1, y: 0)
        #expect(end == 4)
        #expect(buffer.lines == [" Ђак    "])
    }

    @Test func wideCharactersTakeTwoCellsWithAContinuation() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.write("漢a字", x: 0, y: 0)
        #expect(buffer[0, 0].grapheme == "漢")
        #expect(buffer[1, 0].isContinuation)
        #expect(buffer[2, 0].grapheme == "a")
        #expect(buffer[3, 0].grapheme == "字")
        #expect(buffer[4, 0].isContinuation)
        #expect(buffer.lines == ["漢a字 "])
    }

    @Test func aWideCharacterThatWouldStraddleTheRightEdgeBecomesASpace() {
        var buffer = Buffer(width: 5, height: 1)
        let end = buffer.write("ab漢字", x: 0, y: 0)
        // 漢 fits in columns 2–3; 字 would need columns 4–5: only a space is drawn.
        #expect(buffer.lines == ["ab漢 "])
        #expect(!buffer[4, 0].isContinuation)
        #expect(end == 5)
    }

    @Test func aWideCharacterInTheLastColumnExactlyFits() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.write("ab漢", x: 0, y: 0)
        #expect(buffer.lines == ["ab漢"])
        #expect(buffer[3, 0].isContinuation)
    }

    @Test func clippingToARectangleAlsoKeepsWideCharactersWhole() {
        var buffer = Buffer(width: 8, height: 1)
        buffer.write("漢字漢字", x: 0, y: 0, clip: Rect(x: 1, y: 0, width: 4, height: 1))
        // 漢 starts left of the clip, so its visible half is blank; 字 fits; the next 漢 straddles.
        #expect(buffer.lines == ["  字    "])
    }

    @Test func overwritingHalfOfAWideCharacterClearsTheOtherHalf() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.write("漢字", x: 0, y: 0)
        buffer.write("x", x: 1, y: 0)
        #expect(buffer.lines == [" x字"])
        buffer.write("y", x: 2, y: 0)
        #expect(buffer.lines == [" xy "])
        #expect(buffer.cells.allSatisfy { !$0.isContinuation })
    }

    @Test func controlCharactersAreWrittenAsSymbols() {
        var buffer = Buffer(width: 8, height: 1)
        buffer.write("a\u{1B}[2J\u{9B}", x: 0, y: 0)
        #expect(buffer.lines == ["a␛[2J⍰  "])
    }

    @Test func writeInRowTruncatesAndPads() {
        var buffer = Buffer(width: 10, height: 2)
        buffer.write("Миграције и безбедност", in: Rect(x: 0, y: 0, width: 10, height: 1))
        buffer.write("漢字", in: Rect(x: 0, y: 1, width: 10, height: 1), alignment: .right)
        #expect(buffer.lines == ["Миграције…", "      漢字"])
    }

    @Test func addAttributesHighlightsARectangle() {
        var buffer = Buffer(width: 4, height: 2)
        buffer.write("ab", x: 0, y: 0)
        buffer.addAttributes(.reverse, in: Rect(x: 0, y: 0, width: 4, height: 1))
        #expect((0..<4).allSatisfy { buffer[$0, 0].style.attributes.contains(.reverse) })
        #expect((0..<4).allSatisfy { !buffer[$0, 1].style.attributes.contains(.reverse) })
    }
}

@Suite("Buffer diff")
struct BufferDiffTests {
    @Test func noPreviousBufferMeansEveryRowIsARun() {
        var buffer = Buffer(width: 3, height: 2)
        buffer.write("abc", x: 0, y: 0)
        let changes = buffer.diff(from: nil)
        #expect(changes.map(\.position) == [Position(x: 0, y: 0), Position(x: 0, y: 1)])
        #expect(changes.map(\.cells.count) == [3, 3])
    }

    @Test func identicalBuffersHaveNoChanges() {
        var buffer = Buffer(width: 5, height: 2)
        buffer.write("hello", x: 0, y: 1)
        #expect(buffer.diff(from: buffer).isEmpty)
    }

    @Test func changedCellsFormRunsPerRow() {
        var old = Buffer(width: 10, height: 2)
        old.write("abcdefghij", x: 0, y: 0)
        var new = old
        new.write("XY", x: 2, y: 0)
        new.write("Z", x: 7, y: 0)
        new.write("q", x: 0, y: 1)
        let changes = new.diff(from: old)
        #expect(changes.map(\.position) == [Position(x: 2, y: 0), Position(x: 7, y: 0), Position(x: 0, y: 1)])
        #expect(changes.map { $0.cells.map(\.grapheme).joined() } == ["XY", "Z", "q"])
    }

    @Test func styleChangesAreChanges() {
        var old = Buffer(width: 4, height: 1)
        old.write("abcd", x: 0, y: 0)
        var new = old
        new.addAttributes(.bold, in: Rect(x: 1, y: 0, width: 2, height: 1))
        let changes = new.diff(from: old)
        #expect(changes.count == 1)
        #expect(changes.first?.position == Position(x: 1, y: 0))
        #expect(changes.first?.cells.count == 2)
    }

    @Test func runsKeepWideCharactersWhole() {
        var old = Buffer(width: 6, height: 1)
        old.write("ab漢cd", x: 0, y: 0)
        var new = old
        // Only the continuation cell's owner changes style; the run must start on it.
        new.addAttributes(.reverse, in: Rect(x: 3, y: 0, width: 1, height: 1))
        let changes = new.diff(from: old)
        #expect(changes.count == 1)
        #expect(changes.first?.position == Position(x: 2, y: 0))
        #expect(changes.first?.cells.first?.grapheme == "漢")
        #expect(changes.first?.cells.count == 2)
    }

    @Test func replacingAWideCharacterRedrawsBothOfItsCells() {
        var old = Buffer(width: 4, height: 1)
        old.write("漢字", x: 0, y: 0)
        var new = old
        new.write("x", x: 1, y: 0)  // clears 漢's first cell, keeps 字
        let changes = new.diff(from: old)
        #expect(changes.count == 1)
        #expect(changes.first?.position == Position(x: 0, y: 0))
        #expect(changes.first?.cells.map(\.grapheme) == [" ", "x"])
    }

    @Test func aSizeChangeRedrawsEverything() {
        let old = Buffer(width: 4, height: 1)
        let new = Buffer(width: 5, height: 2)
        #expect(new.diff(from: old).count == 2)
    }
}
