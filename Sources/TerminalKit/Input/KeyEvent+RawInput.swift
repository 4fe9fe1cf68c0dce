extension KeyEvent {
    /// Returns the event for a control byte (0–31 or 127) as terminals send it in raw mode.
    ///
    /// 9 is Tab, 10 and 13 are Enter, 27 is Esc, 8 and 127 are Backspace, and the other
    /// codes 1–26 are Ctrl with a letter (1 is Ctrl-A). Terminals send Ctrl-H, Ctrl-I,
    /// Ctrl-J, Ctrl-M and Ctrl-[ as those same bytes, so they arrive as Backspace, Tab,
    /// Enter and Esc. Returns `nil` for any other value (NUL, 28–31, printable bytes).
    public static func fromControlByte(_ byte: UInt32) -> KeyEvent? {
        switch byte {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26:
            let letter = Character(Unicode.Scalar(UInt8(byte) + UInt8(ascii: "a") - 1))
            return .control(letter)
        default: return nil
        }
    }

    /// Returns the event for one character code read from the terminal.
    ///
    /// Control bytes are mapped by `fromControlByte(_:)`; a printable scalar becomes
    /// `.character`. C1 controls, bidirectional overrides and other codes that could
    /// not be typed on purpose give `nil`, so they never reach a text field.
    public static func fromCharacterCode(_ code: UInt32) -> KeyEvent? {
        if code < 0x20 || code == 0x7F { return fromControlByte(code) }
        guard let scalar = Unicode.Scalar(code) else { return nil }
        guard SafeText.isSafe(String(scalar)) else { return nil }
        return .character(Character(scalar))
    }
}
