/// Full-text search over the current revision of every module.
///
/// Every text field is folded once (lower case, no diacritics) into bytes; a query matches a
/// module when each of its words occurs in some field of it.
public struct SearchIndex: Sendable {
    struct Field: Sendable {
        let name: String
        let pointer: String
        let weight: Int
        let text: String
        let folded: [UInt8]
    }

    struct Entry: Sendable {
        let topic: String
        let module: String
        let title: String
        let fields: [Field]
    }

    let entries: [Entry]

    /// Indexes every module of the store that has a readable current revision.
    public init(store: CurriculumStore) {
        self.init(modules: store.allModules)
    }

    public init(modules: [ModuleEntry]) {
        // Folding every field is the costly part; modules are folded in parallel.
        entries = ParallelMap.map(modules) { entry -> Entry? in
            guard let module = entry.module else { return nil }
            let fields = SearchableFields.of(module).filter { !$0.text.isEmpty }.map { field in
                Field(
                    name: field.name, pointer: field.pointer, weight: field.weight, text: field.text,
                    folded: TextFolding.fold(field.text))
            }
            return Entry(topic: entry.topic, module: entry.id, title: module.title, fields: fields)
        }.compactMap { $0 }
    }

    /// The number of modules indexed.
    public var count: Int { entries.count }

    /// The modules matching every word of `query`, best first (title and keyword matches rank higher).
    public func search(_ query: String) -> [SearchHit] {
        search(query, in: entries.indices)
    }

    /// The same as `search(query)`, looking only among `previous`, the results of a query that
    /// `query` extends (typing on): a module matching the longer query matched the shorter one.
    public func search(_ query: String, narrowing previous: [SearchHit], of previousQuery: String) -> [SearchHit] {
        guard !previousQuery.isEmpty, query.hasPrefix(previousQuery) else { return search(query) }
        let wanted = Set(previous.map { "\($0.topic)/\($0.module)" })
        return search(query, in: entries.indices.filter { wanted.contains("\(entries[$0].topic)/\(entries[$0].module)") })
    }

    private func search(_ query: String, in indices: some Sequence<Int>) -> [SearchHit] {
        let words = Self.words(of: query)
        guard !words.isEmpty else { return [] }
        // Modules are matched in parallel, in slices so that each task has real work to do.
        let orders = Array(indices)
        let sliceSize = 256
        let slices = stride(from: 0, to: orders.count, by: sliceSize).map { orders[$0..<min($0 + sliceSize, orders.count)] }
        var hits = ParallelMap.map(slices) { slice in
            slice.compactMap { order in match(order, words: words).map { (hit: $0, order: order) } }
        }.flatMap { $0 }
        hits.sort { ($0.hit.score, -$0.order) > ($1.hit.score, -$1.order) }
        return hits.map(\.hit)
    }

    /// The hit `entry` makes when every word occurs in one of its fields, scored by the best field of each.
    private func match(_ order: Int, words: [[UInt8]]) -> SearchHit? {
        // Fields are reached by index, so that a field's strings are only touched when it matches:
        // copying every field for every keystroke was most of a search's cost.
        let fields = entries[order].fields
        var score = 0
        var matched: [(field: Int, offset: Int, length: Int)] = []
        for word in words {
            var best = 0
            for index in fields.indices {
                guard let offset = ByteSearch.firstIndex(of: word, in: fields[index].folded) else { continue }
                best = max(best, fields[index].weight)
                if !matched.contains(where: { $0.field == index }) { matched.append((index, offset, word.count)) }
            }
            guard best > 0 else { return nil }
            score += best
        }
        let entry = entries[order]
        let matches = matched.map { found in
            let field = fields[found.field]
            return SearchMatch(field: field.name, pointer: field.pointer, text: field.text, byteOffset: found.offset, length: found.length)
        }
        return SearchHit(topic: entry.topic, module: entry.module, title: entry.title, score: score, matches: matches)
    }

    /// The folded words of a query; quotes and punctuation around words are dropped.
    static func words(of query: String) -> [[UInt8]] {
        query.split(whereSeparator: \.isWhitespace).compactMap { word in
            let trimmed = word.trimmingCharacters(in: .punctuationCharacters)
            return trimmed.isEmpty ? nil : TextFolding.fold(trimmed)
        }
    }
}

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
public struct SearchMatch: Sendable, Hashable, Codable {
    public var field: String
    public var pointer: String
    private var source: Source

    private enum Source: Sendable, Hashable {
        case match(text: String, byteOffset: Int, length: Int)
        case written(String)
    }

    init(field: String, pointer: String, text: String, byteOffset: Int, length: Int) {
        self.field = field
        self.pointer = pointer
        source = .match(text: text, byteOffset: byteOffset, length: length)
    }

    public init(field: String, pointer: String, snippet: String) {
        self.field = field
        self.pointer = pointer
        source = .written(snippet)
    }

    /// The text around the match, on one line.
    public var snippet: String {
        switch source {
        case .match(let text, let byteOffset, let length): Snippet.around(byteOffset: byteOffset, length: length, in: text)
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
