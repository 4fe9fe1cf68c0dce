import Testing
@testable import TerminalKit

@Suite("TextView")
struct TextViewTests {
    private let text = """
        Модул: Анализа ризика на граници
        Цил: полазници умеју да процене ризик.
        Trajanje: 90 minuta
        """

    private func render(_ view: TextView, width: Int, height: Int) -> Buffer {
        var buffer = Buffer(width: width, height: height)
        view.render(into: &buffer, area: buffer.bounds)
        return buffer
    }

    @Test func wrapsLinesToTheWidthLessTheScrollbar() {
        let view = TextView(text: text, viewportWidth: 17, viewportHeight: 4)
        #expect(view.wrappedRows.map(\.plainText) == [
            "Модул: Анализа", "ризика на", "граници", "Цил: полазници", "умеју да процене", "ризик.",
            "Trajanje: 90", "minuta",
        ])
        #expect(view.rowCount == 8)
    }

    @Test func drawsTheFirstPageWithAScrollbar() {
        let view = TextView(text: text, viewportWidth: 17, viewportHeight: 4)
        #expect(render(view, width: 17, height: 4).lines == [
            "Модул: Анализа  █",
            "ризика на       █",
            "граници         │",
            "Цил: полазници  │",
        ])
        #expect(view.positionText == "1–4 of 8")
    }

    @Test func scrollsByRowsPagesAndToTheEnds() {
        var view = TextView(text: text, viewportWidth: 17, viewportHeight: 4)
        let consumed1 = view.handle(.down)
        #expect(consumed1)
        #expect(view.scrollOffset == 1)
        _ = view.handle(.pageDown)
        #expect(view.scrollOffset == 4)  // the last page starts at row 5 of 8
        #expect(view.positionText == "5–8 of 8")
        #expect(render(view, width: 17, height: 4).lines == [
            "умеју да процене│",
            "ризик.          │",
            "Trajanje: 90    █",
            "minuta          █",
        ])
        _ = view.handle(.up)
        #expect(view.scrollOffset == 3)
        _ = view.handle(.home)
        #expect(view.scrollOffset == 0)
        _ = view.handle(.end)
        #expect(view.scrollOffset == 4)
        _ = view.handle(.pageUp)
        #expect(view.scrollOffset == 0)
        let ignored2 = view.handle(.enter)
        #expect(!ignored2)
    }

    @Test func textThatFitsDrawsNoScrollbarAndDoesNotScroll() {
        var view = TextView(lines: [[Span("Kratko", style: .emphasis)]], viewportWidth: 10, viewportHeight: 3)
        _ = view.handle(.pageDown)
        #expect(view.scrollOffset == 0)
        let buffer = render(view, width: 10, height: 3)
        #expect(buffer.lines == ["Kratko    ", "          ", "          "])
        #expect(buffer[0, 0].style == .emphasis)
        #expect(view.positionText == "1–1 of 1")
    }

    @Test func anotherAreaWidthIsWrappedForThatArea() {
        let view = TextView(text: "漢字 漢字 漢字", viewportWidth: 40, viewportHeight: 3)
        #expect(render(view, width: 6, height: 2).lines == ["漢字 █", "漢字 │"])
    }

    @Test func theMouseWheelScrollsThreeRows() {
        var view = TextView(text: text, viewportWidth: 17, viewportHeight: 4)
        _ = view.handle(.mouse(MouseEvent(kind: .scrollDown, x: 3, y: 1)))
        #expect(view.scrollOffset == 3)
        _ = view.handle(.mouse(MouseEvent(kind: .scrollUp, x: 3, y: 1)))
        #expect(view.scrollOffset == 0)
        let ignored = view.handle(.mouse(MouseEvent(kind: .leftPress, x: 3, y: 1)))
        #expect(!ignored)
    }

    @Test func theScrollbarThumbIsSizedAndPlacedByTheVisibleRows() {
        #expect(Scrollbar(total: 100, offset: 0, visible: 10).thumb(height: 10) == 0..<1)
        #expect(Scrollbar(total: 100, offset: 90, visible: 10).thumb(height: 10) == 9..<10)
        #expect(Scrollbar(total: 20, offset: 5, visible: 10).thumb(height: 10) == 3..<8)  // halfway, rounded
        #expect(Scrollbar(total: 20, offset: 10, visible: 10).thumb(height: 10) == 5..<10)
        #expect(Scrollbar(total: 20, offset: 0, visible: 10).thumb(height: 10) == 0..<5)
        #expect(Scrollbar(total: 10, offset: 0, visible: 10).thumb(height: 10) == nil)
    }
}
