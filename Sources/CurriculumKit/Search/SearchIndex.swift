/// Full-text search over the current revision of every module.
///
/// Every text field is folded once (lower case, no diacritics) into bytes; a query matches a
/// module when each of its words occurs in some field of it. Each module's fields are one
/// `SearchRecord`; the records come from the search cache when the module's files have not
/// changed, so a search does not read ten thousand documents. The tokens of the records are
/// indexed (`SearchPostings`), so a search looks through the distinct tokens, not every text.
public struct SearchIndex: Sendable {
    struct Entry: Sendable {
        let topic: String
        let module: String
        let title: String
        /// Which of `texts` holds the record, and where.
        let text: Int
        let record: Range<Int>
        let fieldCount: Int
        /// Every field's folded text, back to back.
        let folded: Range<Int>
    }

    /// Postings over some of the entries.
    struct Segment: Sendable {
        let postings: SearchPostings
        /// The entry of each of the postings' entries; -1 for one no longer indexed.
        let entries: [Int32]
    }

    /// Tells one index from another, so a query typed on reuses only its own index's results.
    final class Identity: Sendable {}

    let texts: [SearchText]
    let entries: [Entry]
    let segments: [Segment]
    let identity = Identity()

    /// Indexes every module of the store that has a readable current revision, using and
    /// refreshing the store's search cache when it has one.
    public init(store: CurriculumStore) {
        self.init(store: store, prefetched: nil)
    }

    /// Indexes `modules`, reading each one's document.
    public init(modules: [ModuleEntry]) {
        self.init(modules: modules, cachePath: nil, root: "")
    }

    init(texts: [SearchText], entries: [Entry], segments: [Segment]) {
        self.texts = texts
        self.entries = entries
        self.segments = segments
    }

    /// The number of modules indexed.
    public var count: Int { entries.count }

    /// The modules matching every word of `query`, best first (title and keyword matches rank
    /// higher), in folder order when they score the same.
    public func search(_ query: String) -> [SearchHit] {
        run(Self.words(of: query), among: nil, after: nil)
    }

    /// The same as `search(query)`, looking only among `previous`, the results of a query that
    /// `query` extends (typing on): a module matching the longer query matched the shorter one.
    public func search(_ query: String, narrowing previous: [SearchHit], of previousQuery: String) -> [SearchHit] {
        guard !previousQuery.isEmpty, query.hasPrefix(previousQuery) else { return search(query) }
        guard !previous.isEmpty else { return [] }
        var wanted = [Bool](repeating: false, count: entries.count)
        var before: SearchQuery?
        if let first = previous.first?.found, first.query.index.identity === identity {
            for hit in previous {
                guard let found = hit.found, found.query === first.query else { return search(query) }
                wanted[found.entry] = true
            }
            before = first.query
        } else {
            let keys = Set(previous.map { $0.topic + "/" + $0.module })
            for (number, entry) in entries.enumerated() where keys.contains(entry.topic + "/" + entry.module) {
                wanted[number] = true
            }
        }
        return run(Self.words(of: query), among: wanted, after: before)
    }

    /// The folded words of a query; quotes and punctuation around words are dropped.
    static func words(of query: String) -> [[UInt8]] {
        query.split(whereSeparator: \.isWhitespace).compactMap { word in
            let trimmed = word.trimmingCharacters(in: .punctuationCharacters)
            return trimmed.isEmpty ? nil : TextFolding.fold(trimmed)
        }
    }

    /// The absolute range of a field's name (1), pointer (3), text (5) or folded text (7).
    static func column(_ bytes: UnsafeRawBufferPointer, _ entry: Entry, _ field: Int, _ column: Int) -> Range<Int> {
        let cell = entry.record.lowerBound + 4 + (field * SearchRecord.columns + column) * 4
        let offset = entry.record.lowerBound + Int(SearchRecord.integer(bytes, cell))
        return offset..<(offset + Int(SearchRecord.integer(bytes, cell + 4)))
    }

    /// The weight of a field.
    static func weight(_ bytes: UnsafeRawBufferPointer, _ entry: Entry, _ field: Int) -> Int {
        Int(SearchRecord.integer(bytes, entry.record.lowerBound + 4 + field * SearchRecord.columns * 4))
    }
}
