/// Full-text search over the current revision of every module.
///
/// Every text field is folded once (lower case, no diacritics) into bytes; a query matches a
/// module when each of its words occurs in some field of it. Each module's fields are one
/// `SearchRecord`; the records come from the search cache when the module's files have not
/// changed, so a search does not read ten thousand documents.
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

    let texts: [SearchText]
    let entries: [Entry]

    /// Indexes every module of the store that has a readable current revision, using and
    /// refreshing the store's search cache when it has one.
    public init(store: CurriculumStore) {
        self.init(modules: store.allModules, cachePath: store.cache.file("search", forFolder: store.layout.root), root: store.layout.root)
    }

    /// Indexes `modules`, reading each one's document.
    public init(modules: [ModuleEntry]) {
        self.init(modules: modules, cachePath: nil, root: "")
    }

    init(modules: [ModuleEntry], cachePath: String?, root: String) {
        let readable = modules.filter(\.facts.isReadable)
        let cache = cachePath.map { SearchCache.read(path: $0, root: root) } ?? SearchCache()
        var cachedRecords: [Int: SearchCache.Entry] = [:]
        var missing: [Int] = []
        for (index, entry) in readable.enumerated() {
            if let signature = entry.signature, let hit = cache.entries[SearchCache.key(entry)], hit.signature == signature {
                cachedRecords[index] = hit
            } else {
                missing.append(index)
            }
        }
        // Folding every field is the costly part; modules are folded in parallel.
        let made = ParallelMap.map(missing) { index -> (title: String, record: [UInt8])? in
            guard let module = readable[index].module else { return nil }
            return (module.title, SearchRecord.make(module))
        }
        var fresh: [UInt8] = []
        var freshRecords: [Int: (title: String, record: Range<Int>)] = [:]
        for (index, result) in zip(missing, made) {
            guard let result else { continue }
            freshRecords[index] = (result.title, fresh.count..<(fresh.count + result.record.count))
            fresh += result.record
        }
        let texts = [cache.text, SearchText(fresh)]
        var entries: [Entry] = []
        entries.reserveCapacity(readable.count)
        for (index, module) in readable.enumerated() {
            let place: (text: Int, title: String, record: Range<Int>)
            if let hit = cachedRecords[index] {
                place = (0, hit.title, hit.record)
            } else if let made = freshRecords[index] {
                place = (1, made.title, made.record)
            } else {
                continue
            }
            let layout = texts[place.text].bytes.withUnsafeBytes { SearchRecord.layout(of: $0, record: place.record) }
            guard let layout else { continue }
            entries.append(
                Entry(
                    topic: module.topic, module: module.id, title: place.title, text: place.text, record: place.record,
                    fieldCount: layout.fields, folded: layout.folded))
        }
        self.texts = texts
        self.entries = entries
        if let cachePath, !freshRecords.isEmpty || cachedRecords.count != cache.entries.count {
            SearchCache.write(entries: entries, modules: readable, texts: texts, path: cachePath, root: root)
        }
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
        let entry = entries[order]
        let text = texts[entry.text]
        return text.bytes.withUnsafeBytes { bytes -> SearchHit? in
            // Most modules lack some word altogether: one search over all their folded text tells.
            let block = UnsafeRawBufferPointer(rebasing: bytes[entry.folded])
            for word in words where ByteSearch.firstIndex(of: word, in: block) == nil { return nil }
            var score = 0
            var matched: [(field: Int, offset: Int, length: Int)] = []
            for word in words {
                var best = 0
                for field in 0..<entry.fieldCount {
                    let folded = column(bytes, entry, field, 7)
                    guard let offset = ByteSearch.firstIndex(of: word, in: UnsafeRawBufferPointer(rebasing: bytes[folded])) else {
                        continue
                    }
                    best = max(best, Int(SearchRecord.integer(bytes, entry.record.lowerBound + 4 + field * SearchRecord.columns * 4)))
                    if !matched.contains(where: { $0.field == field }) { matched.append((field, offset, word.count)) }
                }
                guard best > 0 else { return nil }
                score += best
            }
            let matches = matched.map { found in
                SearchMatch(
                    field: string(bytes, column(bytes, entry, found.field, 1)),
                    pointer: string(bytes, column(bytes, entry, found.field, 3)),
                    text: text, range: column(bytes, entry, found.field, 5), byteOffset: found.offset, length: found.length)
            }
            return SearchHit(topic: entry.topic, module: entry.module, title: entry.title, score: score, matches: matches)
        }
    }

    /// The absolute range of a field's name (1), pointer (3), text (5) or folded text (7).
    private func column(_ bytes: UnsafeRawBufferPointer, _ entry: Entry, _ field: Int, _ column: Int) -> Range<Int> {
        let cell = entry.record.lowerBound + 4 + (field * SearchRecord.columns + column) * 4
        let offset = entry.record.lowerBound + Int(SearchRecord.integer(bytes, cell))
        return offset..<(offset + Int(SearchRecord.integer(bytes, cell + 4)))
    }

    private func string(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// The folded words of a query; quotes and punctuation around words are dropped.
    static func words(of query: String) -> [[UInt8]] {
        query.split(whereSeparator: \.isWhitespace).compactMap { word in
            let trimmed = word.trimmingCharacters(in: .punctuationCharacters)
            return trimmed.isEmpty ? nil : TextFolding.fold(trimmed)
        }
    }
}

/// The bytes of search records, shared by the index and the matches cut from it.
final class SearchText: Sendable {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }
}
