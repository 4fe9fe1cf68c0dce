/// A module that matched a search, with the fields that matched.
public struct SearchHit: Sendable, Hashable, Codable {
    public var topic: String
    public var module: String
    public var title: String
    public var score: Int
    public var matches: [SearchMatch]
}

/// One field that matched: its name, its JSON pointer and the text around the match.
///
/// The snippet is cut from the field's text when it is read, not when the search runs: a
/// search in the workbench shows a dozen results of thousands, and cutting every snippet
/// made each keystroke slow.
public struct SearchMatch: Sendable, Codable {
    public var field: String
    public var pointer: String
    private var source: Source

    private enum Source: Sendable {
        /// The field's text is `range` of the index's bytes; the match is at `byteOffset` of its folded form.
        case match(text: SearchText, range: Range<Int>, byteOffset: Int, length: Int)
        case written(String)
    }

    init(field: String, pointer: String, text: SearchText, range: Range<Int>, byteOffset: Int, length: Int) {
        self.field = field
        self.pointer = pointer
        source = .match(text: text, range: range, byteOffset: byteOffset, length: length)
    }

    public init(field: String, pointer: String, snippet: String) {
        self.field = field
        self.pointer = pointer
        source = .written(snippet)
    }

    /// The text around the match, on one line.
    public var snippet: String {
        switch source {
        case .match(let text, let range, let byteOffset, let length):
            Snippet.around(byteOffset: byteOffset, length: length, in: String(decoding: text.bytes[range], as: UTF8.self))
        case .written(let snippet): snippet
        }
    }

    private enum CodingKeys: String, CodingKey {
        case field, pointer, snippet
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            field: try container.decode(String.self, forKey: .field), pointer: try container.decode(String.self, forKey: .pointer),
            snippet: try container.decode(String.self, forKey: .snippet))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(field, forKey: .field)
        try container.encode(pointer, forKey: .pointer)
        try container.encode(snippet, forKey: .snippet)
    }
}

extension SearchMatch: Hashable {
    /// Matches are equal when they name the same field and show the same snippet.
    public static func == (lhs: SearchMatch, rhs: SearchMatch) -> Bool {
        lhs.field == rhs.field && lhs.pointer == rhs.pointer && lhs.snippet == rhs.snippet
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(field)
        hasher.combine(pointer)
    }
}
