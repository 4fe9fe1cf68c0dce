/// A one-column scrollbar: a thumb sized and placed by the visible part of the content.
///
/// Nothing is drawn when everything is visible.
public struct Scrollbar: Hashable, Sendable {
    /// The number of rows of content.
    public var total: Int
    /// The first visible row.
    public var offset: Int
    /// The number of visible rows.
    public var visible: Int
    public var trackStyle: Style = .muted
    public var thumbStyle: Style = .normal

    public init(total: Int, offset: Int, visible: Int) {
        self.total = total
        self.offset = offset
        self.visible = visible
    }

    /// The rows of the thumb in a track of `height` rows, or `nil` when all content fits.
    public func thumb(height: Int) -> Range<Int>? {
        guard total > visible, height > 0 else { return nil }
        let size = min(height, max(1, height * visible / total))
        let travel = height - size
        let scrollable = max(1, total - visible)
        let start = (min(max(0, offset), scrollable) * travel + scrollable / 2) / scrollable
        return start..<(start + size)
    }

    /// Draws the track and thumb down the first column of `area`.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty, let thumb = thumb(height: area.height) else { return }
        for row in 0..<area.height {
            let isThumb = thumb.contains(row)
            buffer.write(isThumb ? "█" : "│", x: area.x, y: area.y + row, style: isThumb ? thumbStyle : trackStyle)
        }
    }
}
