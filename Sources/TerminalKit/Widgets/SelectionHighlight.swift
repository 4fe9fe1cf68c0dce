/// How a selected row is marked, depending on whether its widget has the focus.
///
/// Both use attributes only, so the selection stays visible on a monochrome terminal:
/// the focused selection is reverse video across the whole row, an unfocused one is
/// bold and underlined.
public struct SelectionHighlight: Hashable, Sendable {
    public var focused: Style.Attributes
    public var unfocused: Style.Attributes

    public init(focused: Style.Attributes = .reverse, unfocused: Style.Attributes = [.bold, .underline]) {
        self.focused = focused
        self.unfocused = unfocused
    }

    /// The attributes for a widget that has, or has not, the focus.
    public func attributes(isFocused: Bool) -> Style.Attributes {
        isFocused ? focused : unfocused
    }
}
