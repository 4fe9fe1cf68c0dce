/// Recognises the escape sequences terminals send for keys, for when curses does not: with a
/// `TERM` that does not match the terminal (PuTTY announcing `xterm` while sending VT220 or
/// rxvt codes), curses passes Home as Esc `[` `1` `~`, and a screen would take the Esc as
/// "close" and the rest as typing.
///
/// Covers the xterm, VT220, Linux console and rxvt forms of the arrows, Home, End, Insert,
/// Delete, Page Up, Page Down, Shift-Tab and F1–F12, with or without modifiers (`[1;5A` is
/// Ctrl-↑; other modifiers on these keys are dropped).
public enum EscapeSequence {
    /// What the characters after an Esc amount to so far.
    public enum Reading: Hashable, Sendable {
        /// A whole sequence: the key, or `nil` for a sequence of a key the workbench does not use.
        case key(KeyEvent?)
        /// The start of a sequence: read the next character.
        case incomplete
        /// Not a sequence: the Esc was pressed on its own, and the last character read is a key of its own.
        case notASequence
    }

    /// The longest sequence read before giving up on it.
    public static let maximumLength = 8

    /// Reads `tail`, the characters that followed an Esc.
    public static func read(_ tail: [Character]) -> Reading {
        guard let introducer = tail.first else { return .incomplete }
        switch introducer {
        case "[": return readControlSequence(Array(tail.dropFirst()))
        case "O": return tail.count < 2 ? .incomplete : .key(singleShift(tail[1]))
        default: return .notASequence
        }
    }

    /// `Esc [` parameters and a final character: `[A`, `[1;5C`, `[3~`, or the Linux console's `[[A`.
    private static func readControlSequence(_ body: [Character]) -> Reading {
        guard let last = body.last else { return .incomplete }
        if body.first == "[" {
            // Linux console F1–F5: Esc [ [ A … E.
            guard body.count >= 2 else { return .incomplete }
            let keys: [Character: Int] = ["A": 1, "B": 2, "C": 3, "D": 4, "E": 5]
            return .key(keys[body[1]].map { .function($0) })
        }
        guard let scalar = last.unicodeScalars.first, last.unicodeScalars.count == 1 else { return .key(nil) }
        if (0x30...0x3F).contains(scalar.value) {
            // Parameter characters: digits and `;`; the sequence goes on.
            return body.count >= maximumLength ? .key(nil) : .incomplete
        }
        guard (0x40...0x7E).contains(scalar.value) else { return .key(nil) }
        let parameters = String(body.dropLast()).split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        let modifier = parameters.count > 1 ? parameters[1] ?? 1 : 1
        if last == "~" {
            return .key(parameters.first.flatMap { $0 }.flatMap(tildeKey))
        }
        return .key(letterKey(last, modifier: modifier))
    }

    /// The key of `Esc [ n ~`.
    private static func tildeKey(_ number: Int) -> KeyEvent? {
        switch number {
        case 1, 7: return .home
        case 2: return .insert
        case 3: return .delete
        case 4, 8: return .end
        case 5: return .pageUp
        case 6: return .pageDown
        case 11...15: return .function(number - 10)
        case 17...21: return .function(number - 11)
        case 23, 24: return .function(number - 12)
        default: return nil
        }
    }

    /// The key of `Esc [ X` or `Esc [ 1 ; m X`; modifier 5 (Ctrl) and 3 (Alt) make arrows `controlArrow`.
    private static func letterKey(_ letter: Character, modifier: Int) -> KeyEvent? {
        let arrows: [Character: Arrow] = ["A": .up, "B": .down, "C": .right, "D": .left]
        if let arrow = arrows[letter] {
            guard modifier == 5 || modifier == 3 else { return arrowKey(arrow) }
            return .controlArrow(arrow)
        }
        switch letter {
        case "H": return .home
        case "F": return .end
        case "Z": return .backTab
        case "P", "Q", "R", "S": return singleShift(letter)
        default: return nil
        }
    }

    /// `Esc O X`: application-mode arrows, Home and End, F1–F4, and rxvt's Ctrl-arrows (`Oa`…`Od`).
    private static func singleShift(_ letter: Character) -> KeyEvent? {
        switch letter {
        case "A": return .up
        case "B": return .down
        case "C": return .right
        case "D": return .left
        case "H": return .home
        case "F": return .end
        case "P": return .function(1)
        case "Q": return .function(2)
        case "R": return .function(3)
        case "S": return .function(4)
        case "M": return .enter
        case "a": return .controlArrow(.up)
        case "b": return .controlArrow(.down)
        case "c": return .controlArrow(.right)
        case "d": return .controlArrow(.left)
        default: return nil
        }
    }

    private static func arrowKey(_ arrow: Arrow) -> KeyEvent {
        switch arrow {
        case .up: return .up
        case .down: return .down
        case .left: return .left
        case .right: return .right
        }
    }
}
