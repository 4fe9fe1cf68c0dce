/// A table of text cells under a header line, with one selected row.
///
/// Column widths follow each column's `Width` rule and are measured in display
/// columns, so Cyrillic, CJK and ASCII cells line up; a cell too long for its column
/// is truncated with "…". The selection moves like `ListView`'s; set `viewportHeight`
/// to the number of body rows shown (the area's height less the header).
public struct Table: Hashable, Sendable {
    /// How wide a column is.
    public enum Width: Hashable, Sendable {
        /// Exactly this many columns (fewer when the table is too narrow).
        case fixed(Int)
        /// A share of the width left after fixed columns and spacing, by weight.
        case flex(Int)
    }

    /// One column: its header title, width rule and alignment.
    public struct Column: Hashable, Sendable {
        public var title: String
        public var width: Width
        public var alignment: TextAlignment

        public init(_ title: String, width: Width = .flex(1), alignment: TextAlignment = .left) {
            self.title = title
            self.width = width
            self.alignment = alignment
        }
    }

    public var columns: [Column]
    /// The body rows: one string per column (missing cells are blank).
    public var rows: [[String]] {
        didSet { selection.setCount(rows.count) }
    }
    /// Blank columns between two columns.
    public var columnSpacing: Int
    /// Whether the selected row is highlighted.
    public var showsSelection: Bool
    public var highlight: SelectionHighlight
    public var headerStyle: Style
    /// Shown (muted) under the header when there are no rows.
    public var emptyText: String
    private var selection: SelectionState

    public init(
        columns: [Column], rows: [[String]] = [], columnSpacing: Int = 1,
        showsSelection: Bool = true, viewportHeight: Int = 10, emptyText: String = ""
    ) {
        self.columns = columns
        self.rows = rows
        self.columnSpacing = max(0, columnSpacing)
        self.showsSelection = showsSelection
        self.highlight = SelectionHighlight()
        self.headerStyle = .header
        self.emptyText = emptyText
        self.selection = SelectionState(count: rows.count, viewportHeight: viewportHeight)
    }

    /// The index of the selected row, or `nil` when there are no rows.
    public var selectedIndex: Int? { rows.isEmpty ? nil : selection.selectedIndex }

    /// The index of the first body row shown.
    public var scrollOffset: Int { selection.scrollOffset }

    /// The number of body rows shown; paging moves by this many rows.
    public var viewportHeight: Int {
        get { selection.viewportHeight }
        set { selection.viewportHeight = max(1, newValue) }
    }

    /// Selects row `index`, clamped to the rows, and scrolls to show it.
    public mutating func select(_ index: Int) {
        selection.select(index)
    }

    /// Handles ↑ ↓ Home End PgUp PgDn and returns `true`; returns `false` for any other key.
    public mutating func handle(_ key: KeyEvent) -> Bool {
        selection.handle(key)
    }

    /// The width of each column when the table is `totalWidth` columns wide.
    ///
    /// Fixed columns get their width first (from the left, while room is left), flex
    /// columns share what remains by weight, the remainder going to the leftmost.
    public func columnWidths(forWidth totalWidth: Int) -> [Int] {
        var remaining = max(0, totalWidth - columnSpacing * max(0, columns.count - 1))
        var widths = Array(repeating: 0, count: columns.count)
        for (index, column) in columns.enumerated() {
            if case .fixed(let width) = column.width {
                widths[index] = min(max(0, width), remaining)
                remaining -= widths[index]
            }
        }
        let weights = columns.map { column -> Int in
            if case .flex(let weight) = column.width { return max(0, weight) }
            return 0
        }
        let totalWeight = weights.reduce(0, +)
        guard totalWeight > 0 else { return widths }
        var shared = 0
        for index in columns.indices where weights[index] > 0 {
            widths[index] = remaining * weights[index] / totalWeight
            shared += widths[index]
        }
        var leftover = remaining - shared
        for index in columns.indices where weights[index] > 0 && leftover > 0 {
            widths[index] += 1
            leftover -= 1
        }
        return widths
    }

    /// Draws the header on the first row of `area` and the visible body rows below it.
    public func render(into buffer: inout Buffer, area: Rect, isFocused: Bool = true) {
        guard !area.isEmpty else { return }
        buffer.fill(area)
        let widths = columnWidths(forWidth: area.width)
        let (header, body) = area.splitTop(1)
        buffer.fill(header, style: headerStyle)
        drawCells(columns.map(\.title), widths: widths, row: header, style: headerStyle, into: &buffer)
        guard !body.isEmpty else { return }
        if rows.isEmpty {
            buffer.write([Span(emptyText, style: .muted)], in: body.row(0))
            return
        }
        let offset = selection.visibleOffset(height: body.height)
        for line in 0..<min(body.height, rows.count - offset) {
            let index = offset + line
            let row = body.row(line)
            drawCells(rows[index], widths: widths, row: row, style: .normal, into: &buffer)
            if showsSelection && index == selection.selectedIndex {
                buffer.addAttributes(highlight.attributes(isFocused: isFocused), in: row)
            }
        }
    }

    private func drawCells(_ cells: [String], widths: [Int], row: Rect, style: Style, into buffer: inout Buffer) {
        var x = row.x
        for (index, column) in columns.enumerated() {
            let width = widths[index]
            if width > 0 {
                let text = index < cells.count ? cells[index] : ""
                let cell = Rect(x: x, y: row.y, width: width, height: 1).intersection(row)
                buffer.write(text, in: cell, style: style, alignment: column.alignment)
            }
            x += width + columnSpacing
        }
    }
}
