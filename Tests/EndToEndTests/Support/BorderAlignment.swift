import Testing

/// Checks that boxed panes stand where they should on every row: a character the
/// program measured differently from the terminal would shift the rest of its row.
enum BorderAlignment {
    static let verticals: Set<Character> = ["│", "┃"]
    static let topCorners: Set<Character> = ["┌", "┐", "┏", "┓"]
    static let bottomCorners: Set<Character> = ["└", "┘", "┗", "┛"]

    /// Expects the browser's panes (rows 1 to height − 2, between header and footer) to
    /// have their vertical borders in the same columns on every row, the corners of
    /// the top and bottom borders above and below them, and the last one in the last column.
    static func expectBrowserPanesAligned(
        _ screen: Screen, width: Int, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let top = 1
        let bottom = screen.lines.count - 2
        let columns = screen.columns(of: verticals, inRow: top + 1)
        #expect(columns.first == 0 && columns.last == width - 1,
                "the panes span columns 0 to \(width - 1), found \(columns):\(screen)", sourceLocation: sourceLocation)
        for row in (top + 1)..<bottom {
            let found = screen.columns(of: verticals, inRow: row)
            #expect(found == columns, "row \(row) has its borders at \(found), not \(columns):\(screen)",
                    sourceLocation: sourceLocation)
        }
        #expect(screen.columns(of: topCorners, inRow: top) == columns, "top corners:\(screen)", sourceLocation: sourceLocation)
        #expect(screen.columns(of: bottomCorners, inRow: bottom) == columns, "bottom corners:\(screen)",
                sourceLocation: sourceLocation)
    }

    /// Expects the full-width reader's scroll bar (its right edge) in the last column of
    /// every body row.
    static func expectReaderEdgeAligned(
        _ screen: Screen, width: Int, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for row in 2..<(screen.lines.count - 1) {
            let found = screen.columns(of: ["│", "┃", "█"], inRow: row)
            #expect(found == [width - 1], "row \(row) has its right edge at \(found), not [\(width - 1)]:\(screen)",
                    sourceLocation: sourceLocation)
        }
    }
}
