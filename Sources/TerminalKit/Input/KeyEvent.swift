/// One input event from the terminal: a key press, a resize or a mouse action.
///
/// Screens dispatch on these values and never on raw key codes; the backend turns
/// what the terminal sends into a `KeyEvent`, so every screen can be tested by
/// feeding it events.
public enum KeyEvent: Hashable, Sendable {
    /// A printable character, as typed (any script, any width).
    case character(Character)
    case up
    case down
    case left
    case right
    case home
    case end
    case pageUp
    case pageDown
    case tab
    /// Shift-Tab.
    case backTab
    case enter
    case escape
    case backspace
    /// The forward-delete key (Del).
    case delete
    case insert
    /// A function key, F1 is `.function(1)`.
    case function(Int)
    /// Ctrl with a letter, given in lower case: Ctrl-L is `.control("l")`.
    case control(Character)
    /// Ctrl (or Alt) with an arrow key, where the terminal reports it: word and item moves.
    case controlArrow(Arrow)
    /// The terminal changed size; read the new size and draw again.
    case resize
    case mouse(MouseEvent)
}

/// The four arrow keys, for keys that combine them with a modifier.
public enum Arrow: Hashable, Sendable {
    case up, down, left, right
}
