/// A modal box centred in an area: a title, a wrapped message and a row of buttons.
///
/// ← → Tab Shift-Tab move between buttons (`handle`); `activatedButton(for:)` tells
/// which button a key chooses: Enter the selected one, a button's shortcut letter
/// that one, Esc the cancel button. The dialog clears the box it covers.
///
/// ```
/// ┌ Unsaved changes ─────────────┐
/// │ Save the module before       │
/// │ leaving?                     │
/// │                              │
/// │ [ Save ] [ Discard ] [Cancel]│
/// └──────────────────────────────┘
/// ```
public struct Dialog: Hashable, Sendable {
    /// One button: its label and an optional letter that chooses it.
    public struct Button: Hashable, Sendable, ExpressibleByStringLiteral {
        public var title: String
        public var shortcut: Character?

        public init(_ title: String, shortcut: Character? = nil) {
            self.title = title
            self.shortcut = shortcut
        }

        public init(stringLiteral title: String) {
            self.init(title)
        }

        /// The label as drawn: "[ Save ]".
        var label: String { "[ " + SafeText.sanitize(title) + " ]" }
    }

    public var title: String
    public var message: String
    public var buttons: [Button]
    /// The index of the highlighted button.
    public private(set) var selectedButton: Int
    /// The button Esc chooses, if any.
    public var cancelButton: Int?
    /// The widest the box may be, borders included.
    public var maxWidth: Int
    public var style: Style
    public var borderStyle: Style
    public var selectedButtonStyle: Style

    public init(
        title: String, message: String, buttons: [Button] = ["OK"], selectedButton: Int = 0,
        cancelButton: Int? = nil, maxWidth: Int = 60
    ) {
        self.title = title
        self.message = message
        self.buttons = buttons
        self.selectedButton = buttons.isEmpty ? 0 : min(max(0, selectedButton), buttons.count - 1)
        self.cancelButton = cancelButton
        self.maxWidth = maxWidth
        self.style = .normal
        self.borderStyle = .border
        self.selectedButtonStyle = .selection
    }

    /// Highlights button `index`, clamped to the buttons.
    public mutating func selectButton(_ index: Int) {
        selectedButton = buttons.isEmpty ? 0 : min(max(0, index), buttons.count - 1)
    }

    /// Handles ← → Tab Shift-Tab (moving between buttons, wrapping around) and returns
    /// `true`; returns `false` for any other key.
    public mutating func handle(_ key: KeyEvent) -> Bool {
        guard !buttons.isEmpty else { return false }
        switch key {
        case .left, .backTab: selectedButton = (selectedButton + buttons.count - 1) % buttons.count
        case .right, .tab: selectedButton = (selectedButton + 1) % buttons.count
        default: return false
        }
        return true
    }

    /// The button that `key` chooses, or `nil` if it chooses none.
    public func activatedButton(for key: KeyEvent) -> Int? {
        switch key {
        case .enter: return buttons.isEmpty ? nil : selectedButton
        case .escape: return cancelButton
        case .character(let character):
            let typed = character.lowercased()
            return buttons.firstIndex { $0.shortcut.map { $0.lowercased() == typed } ?? false }
        default: return nil
        }
    }

    /// The box the dialog occupies when centred in `area`.
    public func frame(in area: Rect) -> Rect {
        let buttonsWidth = buttonRowWidth
        let available = min(maxWidth, area.width) - 4
        let longest = Span.lines(message).map(\.displayWidth).max() ?? 0
        let titleWidth = SafeText.sanitize(title).displayWidth  // the top border fits it at this width
        let contentWidth = max(1, min(available, max(longest, buttonsWidth, titleWidth)))
        let messageLines = message.isEmpty ? 0 : wrappedMessage(width: contentWidth).count
        let height = 2 + messageLines + (buttons.isEmpty ? 0 : (messageLines > 0 ? 2 : 1))
        return area.centered(width: contentWidth + 4, height: height)
    }

    /// Clears the dialog's box, then draws its border, message and buttons.
    public func render(into buffer: inout Buffer, area: Rect) {
        let box = frame(in: area)
        guard box.width >= 2 && box.height >= 2 else { return }
        buffer.fill(box, style: style)
        let inner = Box(title: title, style: borderStyle).render(into: &buffer, area: box)
        let content = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        guard !content.isEmpty else { return }
        // The buttons take the last row; the message fills what is left above them.
        let (messageArea, buttonRow) = buttons.isEmpty ? (content, Rect(x: 0, y: 0, width: 0, height: 0))
            : content.splitBottom(1)
        let lines = message.isEmpty ? [] : wrappedMessage(width: content.width)
        for (index, line) in lines.prefix(messageArea.height).enumerated() {
            buffer.write(line, x: messageArea.x, y: messageArea.y + index, style: style, clip: messageArea)
        }
        if !buttonRow.isEmpty { drawButtons(in: buttonRow, into: &buffer) }
    }

    private var buttonRowWidth: Int {
        let labels = buttons.map(\.label.displayWidth).reduce(0, +)
        return labels + max(0, buttons.count - 1)
    }

    private func wrappedMessage(width: Int) -> [String] {
        SafeText.sanitize(message, keepingNewlines: true).wrapped(toWidth: width)
    }

    private func drawButtons(in row: Rect, into buffer: inout Buffer) {
        var x = row.x + max(0, (row.width - buttonRowWidth) / 2)
        for (index, button) in buttons.enumerated() {
            let buttonStyle = index == selectedButton ? selectedButtonStyle : style
            x = buffer.write(button.label, x: x, y: row.y, style: buttonStyle, clip: row) + 1
        }
    }
}
