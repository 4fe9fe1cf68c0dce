/// A scrollable list of styled rows with one selected row.
///
/// The selection moves with ↑ ↓ Home End PgUp PgDn; the view scrolls only as much as
/// needed to keep it visible. Set `viewportHeight` to the number of rows the list is
/// drawn in (on layout and resize) so that paging moves by a whole screen; `render`
/// keeps the selection visible even when it was not updated.
public struct ListView: Hashable, Sendable {
    /// The rows, each a line of styled spans.
    public var rows: [[Span]] {
        didSet { selection.setCount(rows.count) }
    }
    /// Shown (muted) when there are no rows.
    public var emptyText: String
    public var highlight: SelectionHighlight
    private var selection: SelectionState

    public init(rows: [[Span]] = [], selectedIndex: Int = 0, viewportHeight: Int = 10, emptyText: String = "") {
        self.rows = rows
        self.emptyText = emptyText
        self.highlight = SelectionHighlight()
        self.selection = SelectionState(count: rows.count, selectedIndex: selectedIndex, viewportHeight: viewportHeight)
    }

    /// The index of the selected row, or `nil` when the list is empty.
    public var selectedIndex: Int? { rows.isEmpty ? nil : selection.selectedIndex }

    /// The index of the first row shown.
    public var scrollOffset: Int { selection.scrollOffset }

    /// The number of rows the list is drawn in; paging moves by this many rows.
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

    /// Draws the visible rows into `area`, the selected one highlighted across its width.
    public func render(into buffer: inout Buffer, area: Rect, isFocused: Bool = true) {
        guard !area.isEmpty else { return }
        buffer.fill(area)
        if rows.isEmpty {
            buffer.write([Span(emptyText, style: .muted)], in: area.row(0))
            return
        }
        let offset = selection.visibleOffset(height: area.height)
        for line in 0..<min(area.height, rows.count - offset) {
            let index = offset + line
            let row = area.row(line)
            buffer.write(rows[index], in: row)
            if index == selection.selectedIndex {
                buffer.addAttributes(highlight.attributes(isFocused: isFocused), in: row)
            }
        }
    }
}
