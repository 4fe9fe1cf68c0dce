import Testing
@testable import TerminalKit

@Suite("Styled spans")
struct SpanLayoutTests {
    private let bold = Style.emphasis

    @Test func widthAndPlainTextSpanAllSpans() {
        let line: [Span] = [Span("Тема ", style: bold), "漢字"]
        #expect(line.plainText == "Тема 漢字")
        #expect(line.displayWidth == 9)
    }

    @Test func truncationKeepsStylesAndEndsInAnEllipsis() {
        let line: [Span] = [Span("Migracije", style: bold), " i bezbednost"]
        let cut = line.truncated(toWidth: 12)
        #expect(cut == [Span("Migracije", style: bold), " i", Span("…")])
        #expect(cut.displayWidth == 12)
        #expect(line.truncated(toWidth: 6) == [Span("Migra", style: bold), Span("…", style: bold)])
        #expect(line.truncated(toWidth: 40) == line)
    }

    @Test func wrappingKeepsEachCharactersStyle() {
        let line: [Span] = ["Тема: ", Span("Миграције и безбедност", style: bold)]
        let rows = line.wrapped(toWidth: 12)
        #expect(rows.map(\.plainText) == ["Тема:", "Миграције и", "безбедност"])
        #expect(rows[0] == [Span("Тема:")])
        #expect(rows[1] == [Span("Миграције и", style: bold)])
        #expect(rows[2] == [Span("безбедност", style: bold)])
    }

    @Test func wrappingFollowsNewlinesAndMakesControlsVisible() {
        let line: [Span] = ["a\u{1B}b\nc", Span("d", style: bold)]
        let rows = line.wrapped(toWidth: 10)
        #expect(rows == [[Span("a␛b")], [Span("c"), Span("d", style: bold)]])
    }

    @Test func bufferWritesSpansInTheirStyles() {
        var buffer = Buffer(width: 8, height: 1)
        buffer.write([Span("ab", style: bold), "漢"], in: Rect(x: 0, y: 0, width: 8, height: 1))
        #expect(buffer.lines == ["ab漢    "])
        #expect(buffer[0, 0].style == bold)
        #expect(buffer[2, 0].style == .normal)
    }

    @Test func linesSplitPlainTextAtNewlines() {
        #expect(Span.lines("a\r\nb\n\nc") == [["a"], ["b"], [""], ["c"]])
    }
}
