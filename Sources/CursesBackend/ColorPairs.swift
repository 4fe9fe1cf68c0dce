import CNcurses
import TerminalKit

/// The curses colour pairs in use, allocated on first use of each combination.
///
/// Pair 0 is the terminal's default. When the pairs run out, further combinations
/// fall back to it, so the text stays readable (attributes still apply).
struct ColorPairs {
    private struct Key: Hashable {
        var foreground: Color?
        var background: Color?
    }

    /// Whether -1 may be used for the terminal's own foreground and background.
    let hasDefaultColors: Bool
    let capacity: Int
    private var pairs: [Key: Int16] = [:]

    init(hasDefaultColors: Bool, capacity: Int) {
        self.hasDefaultColors = hasDefaultColors
        self.capacity = min(capacity, Int(Int16.max))
    }

    /// The pair number for a combination of colours, creating the pair if needed.
    mutating func pair(foreground: Color?, background: Color?) -> Int16 {
        if foreground == nil && background == nil { return 0 }
        let key = Key(foreground: foreground, background: background)
        if let pair = pairs[key] { return pair }
        let number = pairs.count + 1
        guard number < capacity else { return 0 }
        let pair = Int16(number)
        let fore = foreground.map { Int16($0.rawValue) } ?? (hasDefaultColors ? -1 : Int16(COLOR_WHITE))
        let back = background.map { Int16($0.rawValue) } ?? (hasDefaultColors ? -1 : Int16(COLOR_BLACK))
        guard init_pair(pair, fore, back) == OK else { return 0 }
        pairs[key] = pair
        return pair
    }
}
