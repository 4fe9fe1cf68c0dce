import CNcurses
import TerminalKit

extension Terminal {
    /// Waits for the next key, resize or mouse event.
    ///
    /// - Parameter timeoutMilliseconds: How long to wait; `nil` waits for ever.
    /// - Returns: The event, or `nil` when the time ran out or the terminal sent a key
    ///   the workbench does not use.
    public func readKey(timeoutMilliseconds: Int? = nil) -> KeyEvent? {
        if !pendingKeys.isEmpty { return pendingKeys.removeFirst() }
        guard isStarted, let window = cw_stdscr() else { return nil }
        wtimeout(window, Int32(clamping: timeoutMilliseconds ?? -1))
        switch Self.readInput() {
        case .character(27)?: return readAfterEscape(window)
        case .character(let code)?: return KeyEvent.fromCharacterCode(code)
        case .keyCode(let code)?: return Self.keyEvent(forKeyCode: code)
        case nil: return nil
        }
    }

    /// What one `get_wch` read: a character, or a key curses recognised.
    private enum Input {
        case character(UInt32)
        case keyCode(Int32)
    }

    private static func readInput() -> Input? {
        var code: wint_t = 0
        switch cw_get_wch(&code) {
        case OK: return .character(UInt32(code))
        case KEY_CODE_YES: return .keyCode(Int32(code))
        default: return nil
        }
    }

    /// After an Esc: the key of an escape sequence curses did not know (a `TERM` that does not
    /// match the terminal), else Esc itself, with whatever followed it kept for the next reads.
    private func readAfterEscape(_ window: UnsafeMutablePointer<WINDOW>) -> KeyEvent? {
        // A sequence's characters arrive together; curses has already waited its Esc delay.
        wtimeout(window, 25)
        var tail: [Character] = []
        var codes: [UInt32] = []
        while let input = Self.readInput() {
            guard case .character(let code) = input, let scalar = Unicode.Scalar(code) else {
                if case .keyCode(let code) = input, let key = Self.keyEvent(forKeyCode: code) { pendingKeys.append(key) }
                break
            }
            tail.append(Character(scalar))
            codes.append(code)
            switch EscapeSequence.read(tail) {
            case .key(let key): return key
            case .incomplete where tail.count <= EscapeSequence.maximumLength: continue
            case .incomplete: return nil
            case .notASequence: break
            }
            break
        }
        // No sequence: Esc, then the characters read after it as keys of their own.
        let typed = codes.compactMap(KeyEvent.fromCharacterCode)
        pendingKeys.insert(contentsOf: typed, at: 0)
        return .escape
    }

    /// The event for a curses key code (KEY_UP, KEY_F(2), KEY_RESIZE…).
    static func keyEvent(forKeyCode code: Int32) -> KeyEvent? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME, KEY_FIND: return .home
        case KEY_END, KEY_SELECT: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_BTAB: return .backTab
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        case KEY_RESIZE: return .resize
        case KEY_MOUSE: return mouseEvent()
        case cw_key_f(1)...cw_key_f(63): return .function(Int(code - cw_key_f(0)))
        default: return modifiedArrow(forKeyCode: code)
        }
    }

    /// Ctrl- and Alt-arrows: terminfo names them kUP5, kLFT3… (5 is Ctrl, 3 is Alt), and curses
    /// gives them codes of their own above KEY_MAX, found by name.
    private static func modifiedArrow(forKeyCode code: Int32) -> KeyEvent? {
        guard let pointer = keyname(code) else { return nil }
        let name = String(cString: pointer)
        guard name.hasSuffix("5") || name.hasSuffix("3") else { return nil }
        switch name.dropLast() {
        case "kUP": return .controlArrow(.up)
        case "kDN": return .controlArrow(.down)
        case "kLFT": return .controlArrow(.left)
        case "kRIT": return .controlArrow(.right)
        default: return nil
        }
    }

    private static func mouseEvent() -> KeyEvent? {
        var x: Int32 = 0
        var y: Int32 = 0
        let kind: MouseEvent.Kind
        switch cw_get_mouse(&x, &y) {
        case Int32(CW_MOUSE_LEFT_PRESS): kind = .leftPress
        case Int32(CW_MOUSE_LEFT_RELEASE): kind = .leftRelease
        case Int32(CW_MOUSE_RIGHT_PRESS): kind = .rightPress
        case Int32(CW_MOUSE_MIDDLE_PRESS): kind = .middlePress
        case Int32(CW_MOUSE_SCROLL_UP): kind = .scrollUp
        case Int32(CW_MOUSE_SCROLL_DOWN): kind = .scrollDown
        case Int32(CW_MOUSE_OTHER): kind = .other
        default: return nil
        }
        return .mouse(MouseEvent(kind: kind, x: Int(x), y: Int(y)))
    }
}
