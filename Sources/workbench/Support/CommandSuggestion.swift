import TerminalKit

/// The first word of a command line (or of `help`'s) that names no command: `workbench prnt` is a mistyped
/// command, not an argument of the default `open`, and is answered with the nearest name.
enum CommandSuggestion {
    /// The sentence for a command line whose first word (after the global options) is not a
    /// command, or `nil` when it is one or is an option.
    static func problem(with arguments: [String], commands: [String]) -> String? {
        var words = GlobalArguments.split(arguments).rest
        // `workbench help prnt` asks about a command too.
        if words.first == "help" { words.removeFirst() }
        guard let word = words.first, !word.hasPrefix("-"), !commands.contains(word), word != "help" else { return nil }
        let shown = "\"\(SafeText.sanitize(word.count > 40 ? word.prefix(40) + "…" : word))\""
        if let nearest = nearest(to: word, among: commands) {
            return "\(shown) is not a workbench command; did you mean \"\(nearest)\"? (see 'workbench --help')"
        }
        return "\(shown) is not a workbench command; the commands are \(commands.joined(separator: ", ")) (see 'workbench --help')"
    }

    /// The command `word` most likely meant: the only one it begins, else the closest within
    /// a third of its length in typing mistakes (a letter left out, added, changed or swapped).
    static func nearest(to word: String, among commands: [String]) -> String? {
        // A long word is no typo of a command (and would make the table below large).
        guard word.count <= 40 else { return nil }
        let lowered = word.lowercased()
        let extended = commands.filter { $0.hasPrefix(lowered) }
        if extended.count == 1 { return extended[0] }
        let scored = commands.map { ($0, mistakes(from: lowered, to: $0)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        return best.1 <= max(1, best.0.count / 3) ? best.0 : nil
    }

    /// The optimal-string-alignment distance between `a` and `b`.
    static func mistakes(from a: String, to b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
