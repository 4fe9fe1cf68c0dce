/// How a cell is drawn: colours and text attributes.
///
/// Colours are optional decoration: a monochrome terminal (`NO_COLOR`, `--no-color`)
/// drops them and keeps the attributes, so every role below stays readable without
/// colour: selection is reverse video, emphasis is bold.
public struct Style: Hashable, Sendable {
    /// Text attributes that terminals show without colour.
    public struct Attributes: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8

        public init(rawValue: UInt8) {
            self.rawValue = rawValue
        }

        public static let bold = Attributes(rawValue: 1 << 0)
        public static let reverse = Attributes(rawValue: 1 << 1)
        public static let underline = Attributes(rawValue: 1 << 2)
        public static let dim = Attributes(rawValue: 1 << 3)
    }

    /// Foreground colour; `nil` is the terminal's default.
    public var foreground: Color?
    /// Background colour; `nil` is the terminal's default.
    public var background: Color?
    public var attributes: Attributes

    public init(foreground: Color? = nil, background: Color? = nil, attributes: Attributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// Returns this style with `attributes` added.
    public func adding(_ attributes: Attributes) -> Style {
        var style = self
        style.attributes.formUnion(attributes)
        return style
    }

    /// Returns this style without colours, as drawn on a monochrome terminal.
    public var monochrome: Style { Style(attributes: attributes) }
}

// MARK: - Roles

extension Style {
    /// Ordinary text.
    public static let normal = Style()
    /// The selected row or button.
    public static let selection = Style(attributes: .reverse)
    /// Text that must stand out: headings, the current item.
    public static let emphasis = Style(attributes: .bold)
    /// Secondary text: hints, placeholders, disabled items.
    public static let muted = Style(attributes: .dim)
    /// Titles of panes and dialogs.
    public static let title = Style(foreground: .cyan, attributes: .bold)
    /// Column headers of tables.
    public static let header = Style(attributes: [.bold, .underline])
    /// Box borders.
    public static let border = Style(foreground: .blue)
    /// The status bar at the bottom of the screen.
    public static let statusBar = Style(attributes: .reverse)
    /// Errors.
    public static let error = Style(foreground: .red, attributes: .bold)
    /// Warnings.
    public static let warning = Style(foreground: .yellow, attributes: .bold)
    /// Success messages.
    public static let success = Style(foreground: .green)
}
