extension StringProtocol {
    /// The text without white space (newlines included) at either end. Foundation's
    /// `trimmingCharacters(in:)` builds its character set on first use, a fifth of a millisecond
    /// of every command that checks an argument or validates a document.
    public var trimmedOfWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else {
            return ""
        }
        return String(self[first...last])
    }

    /// Whether the text is empty or only white space.
    public var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
