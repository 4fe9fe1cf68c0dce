import Testing
@testable import TerminalKit

@Suite("Table")
struct TableTests {
    private let columns = [
        Table.Column("#", width: .fixed(2), alignment: .right),
        Table.Column("Naslov", width: .flex(1)),
        Table.Column("Min", width: .fixed(4), alignment: .right),
    ]

    private func render(_ table: Table, width: Int, height: Int) -> Buffer {
        var buffer = Buffer(width: width, height: height)
        table.render(into: &buffer, area: buffer.bounds)
        return buffer
    }

    @Test func fixedColumnsComeFirstAndFlexColumnsShareTheRest() {
        let table = Table(columns: columns)
        #expect(table.columnWidths(forWidth: 20) == [2, 12, 4])
        let weighted = Table(columns: [Table.Column("a", width: .flex(2)), Table.Column("b", width: .flex(1))])
        #expect(weighted.columnWidths(forWidth: 11) == [7, 3])
        #expect(table.columnWidths(forWidth: 5) == [2, 0, 1])
    }

    @Test func columnsStayAlignedWithLatinCyrillicAndCJK() {
        let table = Table(columns: columns, rows: [
            ["1", "Migracije i bezbednost", "90"],
            ["2", "Миграције", "120"],
            ["10", "移民与安全", "45"],
        ])
        #expect(render(table, width: 20, height: 4).lines == [
            " # Naslov        Min",
            " 1 Migracije i…   90",
            " 2 Миграције     120",
            "10 移民与安全     45",
        ])
    }

    @Test func aWideCharacterCutAtTheColumnEdgeLeavesTheColumnsAligned() {
        let table = Table(columns: columns, rows: [["3", "移民与安全与发展", "60"]])
        let lines = render(table, width: 20, height: 2).lines
        #expect(lines[1] == " 3 移民与安全…    60")
        #expect(lines.map(\.displayWidth) == [20, 20])
    }

    @Test func theHeaderIsStyledAndTheSelectedRowHighlighted() {
        var table = Table(columns: columns, rows: [["1", "a", "1"], ["2", "b", "2"]])
        _ = table.handle(.down)
        let buffer = render(table, width: 20, height: 3)
        #expect(buffer[5, 0].style == .header)
        #expect(buffer[19, 2].style.attributes.contains(.reverse))
        #expect(!buffer[19, 1].style.attributes.contains(.reverse))
    }

    @Test func bodyRowsScrollUnderAFixedHeader() {
        var table = Table(columns: columns, rows: (1...6).map { ["\($0)", "Modul \($0)", "\($0 * 10)"] }, viewportHeight: 2)
        _ = table.handle(.end)
        #expect(table.selectedIndex == 5)
        #expect(table.scrollOffset == 4)
        #expect(render(table, width: 20, height: 3).lines == [
            " # Naslov        Min",
            " 5 Modul 5        50",
            " 6 Modul 6        60",
        ])
    }

    @Test func anEmptyTableShowsItsHeaderAndEmptyText() {
        let table = Table(columns: columns, emptyText: "nothing")
        #expect(table.selectedIndex == nil)
        #expect(render(table, width: 20, height: 2).lines == [" # Naslov        Min", "nothing             "])
    }
}
