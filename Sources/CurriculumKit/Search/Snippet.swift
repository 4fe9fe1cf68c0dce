/// A short piece of text around a match, on one line, for search results.
enum Snippet {
    static let radius = 30

    /// The text around the match that starts at `byteOffset` in the folded form of `text`.
    static func around(byteOffset: Int, length: Int, in text: String) -> String {
        let (_, origins) = TextFolding.foldWithOrigins(text)
        let characters = Array(text)
        guard byteOffset < origins.count else { return oneLine(String(characters.prefix(2 * radius))) }
        let start = origins[byteOffset]
        let end = origins[min(origins.count - 1, byteOffset + max(length, 1) - 1)] + 1
        let from = max(0, start - radius)
        let to = min(characters.count, end + radius)
        var snippet = oneLine(String(characters[from..<to]))
        if from > 0 { snippet = "…" + snippet }
        if to < characters.count { snippet += "…" }
        return snippet
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
