/// A read-only, scrollable view of styled text, wrapped to its width.
///
/// Lines are wrapped at spaces to the viewport width less the scrollbar column.
/// ↑ ↓ scroll by a row, PgUp PgDn by a page, Home End to either end, and the mouse
/// wheel by three rows.
/// Set `viewportWidth` and `viewportHeight` to the area the view is drawn in (on
/// layout and resize); `render` still draws correctly into any other area.
public struct TextView: Hashable, Sendable {
    /// The text's lines before wrapping.
    public var lines: [[Span]] {
        didSet { rewrap() }
    }
    /// The number of columns the view is drawn in, the scrollbar included.
    public var viewportWidth: Int {
        didSet { rewrap() }
    }
    /// The number of rows the view is drawn in.
    public var viewportHeight: Int {
        didSet { scrollOffset = clampedOffset(scrollOffset, rowCount: rows.count, height: viewportHeight) }
    }
    /// Whether the rightmost column is kept for a scrollbar.
    public var showsScrollbar: Bool {
        didSet { rewrap() }
    }
    /// The index of the first wrapped row shown.
    public private(set) var scrollOffset: Int = 0
    private var rows: [[Span]] = []

    public init(lines: [[Span]] = [], viewportWidth: Int = 80, viewportHeight: Int = 24, showsScrollbar: Bool = true) {
        self.lines = lines
        self.viewportWidth = max(1, viewportWidth)
        self.viewportHeight = max(1, viewportHeight)
        self.showsScrollbar = showsScrollbar
        rewrap()
    }

    /// Creates a view of plain text in one style; newlines start new lines.
    public init(text: String, style: Style = .normal, viewportWidth: Int = 80, viewportHeight: Int = 24) {
        self.init(lines: Span.lines(text, style: style), viewportWidth: viewportWidth, viewportHeight: viewportHeight)
    }

    /// The number of rows after wrapping.
    public var rowCount: Int { rows.count }

    /// The rows after wrapping to the viewport width.
    public var wrappedRows: [[Span]] { rows }

    /// Which rows are shown, e.g. "12–40 of 180" (1-based, inclusive).
    public var positionText: String {
        guard !rows.isEmpty else { return "0 of 0" }
        let last = min(scrollOffset + viewportHeight, rows.count)
        return "\(scrollOffset + 1)–\(last) of \(rows.count)"
    }

    /// Scrolls so that wrapped row `row` is the first shown, as far as the text allows.
    public mutating func scroll(to row: Int) {
        scrollOffset = clampedOffset(row, rowCount: rows.count, height: viewportHeight)
    }

    /// Scrolls by `delta` rows (negative is up).
    public mutating func scroll(by delta: Int) {
        scroll(to: scrollOffset + delta)
    }

    /// Handles ↑ ↓ PgUp PgDn Home End and the mouse wheel and returns `true`; returns
    /// `false` for any other event.
    public mutating func handle(_ key: KeyEvent) -> Bool {
        switch key {
        case .up: scroll(by: -1)
        case .down: scroll(by: 1)
        case .pageUp: scroll(by: -viewportHeight)
        case .pageDown: scroll(by: viewportHeight)
        case .home: scroll(to: 0)
        case .end: scroll(to: rows.count)
        case .mouse(let event) where event.kind == .scrollUp: scroll(by: -3)
        case .mouse(let event) where event.kind == .scrollDown: scroll(by: 3)
        default: return false
        }
        return true
    }

    /// Draws the visible rows into `area`, and the scrollbar when the text overflows.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        buffer.fill(area)
        let textWidth = Self.textWidth(forWidth: area.width, showsScrollbar: showsScrollbar)
        let rows = area.width == viewportWidth ? self.rows : Self.wrap(lines, toWidth: textWidth)
        let offset = clampedOffset(scrollOffset, rowCount: rows.count, height: area.height)
        let textArea = Rect(x: area.x, y: area.y, width: textWidth, height: area.height)
        for line in 0..<max(0, min(area.height, rows.count - offset)) {
            buffer.write(rows[offset + line], x: textArea.x, y: textArea.y + line, clip: textArea)
        }
        if showsScrollbar && area.width > 1 {
            let column = Rect(x: area.maxX - 1, y: area.y, width: 1, height: area.height)
            Scrollbar(total: rows.count, offset: offset, visible: area.height).render(into: &buffer, area: column)
        }
    }

    private mutating func rewrap() {
        rows = Self.wrap(lines, toWidth: Self.textWidth(forWidth: viewportWidth, showsScrollbar: showsScrollbar))
        scrollOffset = clampedOffset(scrollOffset, rowCount: rows.count, height: viewportHeight)
    }

    private static func textWidth(forWidth width: Int, showsScrollbar: Bool) -> Int {
        showsScrollbar && width > 1 ? width - 1 : width
    }

    private static func wrap(_ lines: [[Span]], toWidth width: Int) -> [[Span]] {
        lines.flatMap { $0.wrapped(toWidth: max(1, width)) }
    }

    private func clampedOffset(_ offset: Int, rowCount: Int, height: Int) -> Int {
        min(max(0, offset), max(0, rowCount - height))
    }
}
