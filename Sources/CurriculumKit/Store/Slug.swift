/// The rule for document ids: `[a-z0-9]+(-[a-z0-9]+)*`, at most 64 characters, never a path.
public enum Slug {
    public static let maximumLength = 64

    /// Why `text` is not a valid id, or `nil` when it is one.
    public static func problem(with text: String) -> String? {
        if text.isEmpty { return "an id cannot be empty" }
        if text.count > maximumLength { return "an id has at most \(maximumLength) characters (this one has \(text.count))" }
        if text.contains("/") || text.contains("..") { return "an id cannot hold \"/\" or \"..\": it names a folder, not a path" }
        if text.contains(where: \.isWhitespace) { return "an id cannot hold spaces" }
        if text.contains(where: \.isUppercase) { return "an id is written in lower case" }
        let valid = text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
        if !valid { return "an id holds only the letters a–z, digits and hyphens" }
        if text.hasPrefix("-") || text.hasSuffix("-") || text.contains("--") {
            return "an id cannot start or end with a hyphen or hold two in a row"
        }
        return nil
    }

    public static func isValid(_ text: String) -> Bool { problem(with: text) == nil }
}
