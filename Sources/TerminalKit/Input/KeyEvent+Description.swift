extension KeyEvent: CustomStringConvertible {
    /// The key's name as shown in help screens and footer hints: "↑", "PgDn",
    /// "Ctrl-L", "Shift-Tab", "F2", "Enter", "Esc", "q", "Space".
    public var description: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let character): return SafeText.sanitize(String(character))
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .function(let number): return "F\(number)"
        case .control(let letter): return "Ctrl-" + SafeText.sanitize(String(letter)).uppercased()
        case .controlArrow(let arrow):
            switch arrow {
            case .up: return "Ctrl-↑"
            case .down: return "Ctrl-↓"
            case .left: return "Ctrl-←"
            case .right: return "Ctrl-→"
            }
        case .resize: return "Resize"
        case .mouse(let event): return "Mouse \(event.kind) at \(event.x),\(event.y)"
        }
    }
}
