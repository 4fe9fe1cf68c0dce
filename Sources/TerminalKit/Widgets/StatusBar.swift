/// A one-line bar with text on the left and on the right, e.g. a message and key hints.
///
/// Both texts are kept apart by at least one space; when they do not fit, the right
/// text keeps at least half the bar (or what it needs) and both are cut with "…".
public struct StatusBar: Hashable, Sendable {
    public var left: String
    public var right: String
    public var style: Style

    public init(left: String = "", right: String = "", style: Style = .statusBar) {
        self.left = left
        self.right = right
        self.style = style
    }

    /// The widths given to the left and the right text in a bar `width` columns wide,
    /// one column of padding at each end included.
    public func layout(width: Int) -> (left: Int, right: Int) {
        let inner = max(0, width - 2)
        let leftWidth = SafeText.sanitize(left).displayWidth
        let rightWidth = SafeText.sanitize(right).displayWidth
        guard rightWidth > 0 else { return (inner, 0) }
        guard leftWidth > 0 else { return (0, min(rightWidth, inner)) }
        if leftWidth + 1 + rightWidth <= inner { return (inner - rightWidth - 1, rightWidth) }
        let rightShare = min(rightWidth, max(inner - leftWidth - 1, inner / 2))
        return (max(0, inner - rightShare - 1), rightShare)
    }

    /// Draws the bar on the first row of `area`.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        buffer.fill(row, style: style)
        let (leftWidth, rightWidth) = layout(width: row.width)
        if leftWidth > 0 {
            buffer.write(left, in: Rect(x: row.x + 1, y: row.y, width: leftWidth, height: 1), style: style)
        }
        if rightWidth > 0 {
            let rightArea = Rect(x: row.maxX - 1 - rightWidth, y: row.y, width: rightWidth, height: 1)
            buffer.write(right, in: rightArea, style: style, alignment: .right)
        }
    }
}
