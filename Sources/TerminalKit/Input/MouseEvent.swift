/// A mouse action reported by the terminal, at a cell position.
///
/// Mouse input is opt-in (`--mouse`): capturing the mouse stops users from selecting
/// text in their terminal, so screens must never depend on it.
public struct MouseEvent: Hashable, Sendable {
    /// What the mouse did.
    public enum Kind: Hashable, Sendable {
        case leftPress
        case leftRelease
        case rightPress
        case middlePress
        case scrollUp
        case scrollDown
        /// Any other report (drag, double click…), kept so it can be ignored explicitly.
        case other
    }

    public var kind: Kind
    /// The column of the event, counted from 0 at the left.
    public var x: Int
    /// The row of the event, counted from 0 at the top.
    public var y: Int

    public init(kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }

    /// The cell the event happened at.
    public var position: Position { Position(x: x, y: y) }
}
