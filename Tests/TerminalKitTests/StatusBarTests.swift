import Testing
@testable import TerminalKit

@Suite("StatusBar")
struct StatusBarTests {
    private func render(_ bar: StatusBar, width: Int) -> Buffer {
        var buffer = Buffer(width: width, height: 1)
        bar.render(into: &buffer, area: buffer.bounds)
        return buffer
    }

    @Test func leftAndRightTextWithPadding() {
        let buffer = render(StatusBar(left: "Сачувано", right: "? help  q quit"), width: 30)
        #expect(buffer.lines == [" Сачувано      ? help  q quit "])
        #expect((0..<30).allSatisfy { buffer[$0, 0].style == .statusBar })
    }

    @Test func whenCrowdedBothSidesAreTruncated() {
        let bar = StatusBar(left: "Migracije i bezbednost: sačuvano", right: "pomoć: ?  izlaz: q")
        #expect(bar.layout(width: 20) == (8, 9))
        #expect(render(bar, width: 20).lines == [" Migraci… pomoć: ?… "])
    }

    @Test func aShortLeftLeavesRoomForTheRight() {
        let bar = StatusBar(left: "OK", right: "? pomoć  q izlaz  / traži")
        #expect(render(bar, width: 20).lines == [" OK ? pomoć  q izl… "])
    }

    @Test func wideTextIsMeasuredInColumns() {
        #expect(render(StatusBar(left: "漢字", right: "1/3"), width: 10).lines == [" 漢字 1/3 "])
    }
}
