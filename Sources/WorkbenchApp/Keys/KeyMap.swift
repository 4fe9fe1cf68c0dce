import TerminalKit

/// One binding: the keys that trigger an action, what it does (for help), and a short footer hint.
struct KeyBinding<Action: Hashable & Sendable>: Sendable {
    var keys: [KeyEvent]
    var action: Action
    var help: String
    /// Shown in the footer when set: e.g. "open".
    var hint: String?

    init(_ keys: [KeyEvent], _ action: Action, _ help: String, hint: String? = nil) {
        self.keys = keys
        self.action = action
        self.help = help
        self.hint = hint
    }
}

/// The single source of truth for a screen's keys: dispatch, help overlay and footer hints.
struct KeyMap<Action: Hashable & Sendable>: Sendable {
    var title: String
    var bindings: [KeyBinding<Action>]

    /// The action bound to `key`, if any.
    func action(for key: KeyEvent) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// Help lines: the keys, then what they do.
    var helpEntries: [(keys: String, help: String)] {
        bindings.map { binding in
            (binding.keys.map(\.description).joined(separator: " "), binding.help)
        }
    }

    /// Footer hints, e.g. "Enter open  / search  ? help  q quit".
    var footerHints: String {
        footerHints(fitting: .max)
    }

    /// Footer hints in at most `width` columns: the last two (the way out and help) always
    /// stay, and the ones before them give way from the right.
    func footerHints(fitting width: Int) -> String {
        var hints = bindings.compactMap { binding in
            binding.hint.map { "\(binding.keys[0].description) \($0)" }
        }
        while hints.count > 2, DisplayWidth.of(hints.joined(separator: "  ")) > width {
            hints.remove(at: hints.count - 3)
        }
        return hints.joined(separator: "  ")
    }
}
