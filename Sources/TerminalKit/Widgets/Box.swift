/// A border of line-drawing characters around an area, with an optional title.
///
/// The title sits in the top border, "┌ Title ───┐", cut with "…" when too long.
public struct Box: Hashable, Sendable {
    /// The characters the border is drawn with.
    public enum Border: Hashable, Sendable {
        case single
        case rounded
        case double
        case heavy

        /// Top-left, top-right, bottom-left, bottom-right, horizontal, vertical.
        var characters: (String, String, String, String, String, String) {
            switch self {
            case .single: return ("┌", "┐", "└", "┘", "─", "│")
            case .rounded: return ("╭", "╮", "╰", "╯", "─", "│")
            case .double: return ("╔", "╗", "╚", "╝", "═", "║")
            case .heavy: return ("┏", "┓", "┗", "┛", "━", "┃")
            }
        }
    }

    public var title: String?
    public var border: Border
    public var style: Style
    public var titleStyle: Style

    public init(title: String? = nil, border: Border = .single, style: Style = .border, titleStyle: Style = .title) {
        self.title = title
        self.border = border
        self.style = style
        self.titleStyle = titleStyle
    }

    /// The area inside the border of a box drawn in `area`.
    public static func innerArea(of area: Rect) -> Rect {
        area.inset(by: 1)
    }

    /// Draws the border along the edges of `area` and returns the area inside it.
    ///
    /// The inside is left as it is; an area smaller than 2 × 2 draws nothing.
    @discardableResult
    public func render(into buffer: inout Buffer, area: Rect) -> Rect {
        let inner = Self.innerArea(of: area)
        guard area.width >= 2 && area.height >= 2 else { return inner }
        let (topLeft, topRight, bottomLeft, bottomRight, horizontal, vertical) = border.characters
        let line = String(repeating: horizontal, count: area.width - 2)
        buffer.write(topLeft + line + topRight, x: area.x, y: area.y, style: style)
        buffer.write(bottomLeft + line + bottomRight, x: area.x, y: area.maxY - 1, style: style)
        for y in (area.y + 1)..<(area.maxY - 1) {
            buffer.write(vertical, x: area.x, y: y, style: style)
            buffer.write(vertical, x: area.maxX - 1, y: y, style: style)
        }
        if let title, !title.isEmpty, area.width >= 5 {
            let fitted = SafeText.sanitize(title).truncated(toWidth: area.width - 4)
            buffer.write(" ", x: area.x + 1, y: area.y, style: style)
            let end = buffer.write(fitted, x: area.x + 2, y: area.y, style: titleStyle)
            buffer.write(" ", x: end, y: area.y, style: style)
        }
        return inner
    }
}
