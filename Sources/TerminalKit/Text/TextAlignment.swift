/// Where text sits inside a wider column.
public enum TextAlignment: Hashable, Sendable {
    case left
    case right
    case center
}
