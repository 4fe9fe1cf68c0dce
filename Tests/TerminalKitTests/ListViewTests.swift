import Testing
@testable import TerminalKit

@Suite("ListView")
struct ListViewTests {
    private func makeList(count: Int, height: Int) -> ListView {
        ListView(rows: (1...count).map { [Span("Модул \($0)")] }, viewportHeight: height)
    }

    private func render(_ list: ListView, width: Int = 10, height: Int, isFocused: Bool = true) -> Buffer {
        var buffer = Buffer(width: width, height: height)
        list.render(into: &buffer, area: buffer.bounds, isFocused: isFocused)
        return buffer
    }

    @Test func drawsRowsAndHighlightsTheSelectionAcrossTheWidth() {
        var list = makeList(count: 3, height: 4)
        let consumed1 = list.handle(.down)
        #expect(consumed1)
        let buffer = render(list, height: 4)
        #expect(buffer.lines == ["Модул 1   ", "Модул 2   ", "Модул 3   ", "          "])
        #expect((0..<10).allSatisfy { buffer[$0, 1].style.attributes.contains(.reverse) })
        #expect(!buffer[0, 0].style.attributes.contains(.reverse))
    }

    @Test func anUnfocusedSelectionIsMarkedWithoutReverseVideo() {
        let buffer = render(makeList(count: 2, height: 2), height: 2, isFocused: false)
        #expect(!buffer[0, 0].style.attributes.contains(.reverse))
        #expect(buffer[0, 0].style.attributes.contains(.underline))
        #expect(buffer[9, 0].style.attributes.contains(.bold))
    }

    @Test func movingDownPastTheBottomScrollsOneRowAtATime() {
        var list = makeList(count: 10, height: 3)
        for _ in 0..<3 { _ = list.handle(.down) }
        #expect(list.selectedIndex == 3)
        #expect(list.scrollOffset == 1)
        #expect(render(list, height: 3).lines == ["Модул 2   ", "Модул 3   ", "Модул 4   "])
        _ = list.handle(.up)
        _ = list.handle(.up)
        #expect(list.selectedIndex == 1)
        #expect(list.scrollOffset == 1)
        _ = list.handle(.up)
        #expect(list.scrollOffset == 0)
    }

    @Test func endHomeAndPagesKeepTheSelectionVisible() {
        var list = makeList(count: 10, height: 3)
        _ = list.handle(.end)
        #expect(list.selectedIndex == 9)
        #expect(list.scrollOffset == 7)
        #expect(render(list, height: 3).lines.last == "Модул 10  ")
        _ = list.handle(.pageUp)
        #expect(list.selectedIndex == 6)
        #expect(list.scrollOffset == 4)
        _ = list.handle(.home)
        #expect(list.selectedIndex == 0)
        #expect(list.scrollOffset == 0)
        _ = list.handle(.pageDown)
        #expect(list.selectedIndex == 3)
        #expect(list.scrollOffset == 3)
        _ = list.handle(.pageDown)
        _ = list.handle(.pageDown)
        _ = list.handle(.pageDown)
        #expect(list.selectedIndex == 9)
        #expect(list.scrollOffset == 7)
    }

    @Test func selectionStaysInsideTheRowsAtBothEnds() {
        var list = makeList(count: 2, height: 3)
        let consumed2 = list.handle(.up)
        #expect(consumed2)
        #expect(list.selectedIndex == 0)
        _ = list.handle(.down)
        _ = list.handle(.down)
        #expect(list.selectedIndex == 1)
        let ignored3 = list.handle(.enter)
        #expect(!ignored3)
        let ignored4 = list.handle(.character("j"))
        #expect(!ignored4)
    }

    @Test func renderShowsTheSelectionEvenWhenTheViewportHeightIsStale() {
        var list = makeList(count: 10, height: 8)
        list.select(6)
        #expect(list.scrollOffset == 0)
        // Drawn in only 3 rows: the view moves just enough to show row 7.
        #expect(render(list, height: 3).lines == ["Модул 5   ", "Модул 6   ", "Модул 7   "])
    }

    @Test func shrinkingTheRowsClampsTheSelection() {
        var list = makeList(count: 10, height: 3)
        _ = list.handle(.end)
        list.rows = [["one"], ["two"]]
        #expect(list.selectedIndex == 1)
        #expect(list.scrollOffset == 0)
        list.rows = []
        #expect(list.selectedIndex == nil)
    }

    @Test func anEmptyListShowsItsEmptyText() {
        let list = ListView(rows: [], emptyText: "No modules yet")
        let buffer = render(list, width: 16, height: 2)
        #expect(buffer.lines == ["No modules yet  ", "                "])
        #expect(buffer[0, 0].style == .muted)
    }

    @Test func longRowsAreTruncatedAndWideRowsStayAligned() {
        let list = ListView(rows: [["Миграције и безбедност"], ["漢字漢字漢字"]], viewportHeight: 2)
        #expect(render(list, width: 9, height: 2).lines == ["Миграциј…", "漢字漢字…"])
        #expect(render(list, width: 8, height: 2).lines == ["Миграци…", "漢字漢… "])
    }
}
