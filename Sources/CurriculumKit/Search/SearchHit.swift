/// A module that matched a search, with the fields that matched.
///
/// The matches are worked out from the index when read, not when the search runs: a search in
/// the workbench finds thousands of modules and shows a dozen.
public struct SearchHit: Sendable {
    public var topic: String
    public var module: String
    public var title: String
    public var score: Int
    /// The query and the index entry the matches are found in; `nil` for a hit made whole.
    let found: (query: SearchQuery, entry: Int)?
    private var written: [SearchMatch]?

    init(topic: String, module: String, title: String, score: Int, matches: [SearchMatch]) {
        (self.topic, self.module, self.title, self.score) = (topic, module, title, score)
        found = nil
        written = matches
    }

    init(topic: String, module: String, title: String, score: Int, query: SearchQuery, entry: Int) {
        (self.topic, self.module, self.title, self.score) = (topic, module, title, score)
        found = (query, entry)
    }

    /// Each field that holds a word of the query, in the order of the words and then of the fields.
    public var matches: [SearchMatch] {
        get { written ?? found.map { $0.query.matches(entry: $0.entry) } ?? [] }
        set { written = newValue }
    }

    /// The first `count` of `matches`, without finding the others.
    public func matches(first count: Int) -> [SearchMatch] {
        if let written { return Array(written.prefix(count)) }
        return found.map { $0.query.matches(entry: $0.entry, limit: count) } ?? []
    }
}

extension SearchHit: Hashable {
    public static func == (lhs: SearchHit, rhs: SearchHit) -> Bool {
        (lhs.topic, lhs.module, lhs.title, lhs.score) == (rhs.topic, rhs.module, rhs.title, rhs.score) && lhs.matches == rhs.matches
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(topic)
        hasher.combine(module)
        hasher.combine(score)
    }
}

extension SearchHit: Codable {
    private enum CodingKeys: String, CodingKey {
        case topic, module, title, score, matches
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            topic: try container.decode(String.self, forKey: .topic), module: try container.decode(String.self, forKey: .module),
            title: try container.decode(String.self, forKey: .title), score: try container.decode(Int.self, forKey: .score),
            matches: try container.decode([SearchMatch].self, forKey: .matches))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(topic, forKey: .topic)
        try container.encode(module, forKey: .module)
        try container.encode(title, forKey: .title)
        try container.encode(score, forKey: .score)
        try container.encode(matches, forKey: .matches)
    }
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
            text.withUnsafeBytes { bytes in
                Snippet.around(byteOffset: byteOffset, length: length, utf8: UnsafeRawBufferPointer(rebasing: bytes[range]))
            }
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
