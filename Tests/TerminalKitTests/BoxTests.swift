import Testing
@testable import TerminalKit

@Suite("Box")
struct BoxTests {
    @Test func drawsABorderWithItsTitleAndReturnsTheInside() {
        var buffer = Buffer(width: 12, height: 4)
        let inner = Box(title: "Тема").render(into: &buffer, area: buffer.bounds)
        #expect(inner == Rect(x: 1, y: 1, width: 10, height: 2))
        #expect(buffer.lines == [
            "┌ Тема ────┐",
            "│          │",
            "│          │",
            "└──────────┘",
        ])
        #expect(buffer[0, 0].style == .border)
        #expect(buffer[2, 0].style == .title)
    }

    @Test func aLongTitleIsTruncatedInsideTheTopBorder() {
        var buffer = Buffer(width: 10, height: 2)
        Box(title: "Migracije i bezbednost", border: .rounded).render(into: &buffer, area: buffer.bounds)
        #expect(buffer.lines == ["╭ Migra… ╮", "╰────────╯"])
    }

    @Test func otherBorderSetsAndAnOffsetArea() {
        var buffer = Buffer(width: 6, height: 4)
        Box(border: .double).render(into: &buffer, area: Rect(x: 1, y: 1, width: 4, height: 3))
        #expect(buffer.lines == ["      ", " ╔══╗ ", " ║  ║ ", " ╚══╝ "])
    }

    @Test func anAreaTooSmallDrawsNothing() {
        var buffer = Buffer(width: 3, height: 1)
        Box(title: "x").render(into: &buffer, area: buffer.bounds)
        #expect(buffer.lines == ["   "])
    }
}
