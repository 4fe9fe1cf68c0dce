/// One of the eight basic terminal colours.
public enum Color: Int, Hashable, Sendable, CaseIterable {
    case black = 0
    case red
    case green
    case yellow
    case blue
    case magenta
    case cyan
    case white
}
