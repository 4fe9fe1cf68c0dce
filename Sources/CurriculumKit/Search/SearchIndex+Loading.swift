extension SearchIndex {
    /// Indexes the readable modules of `modules`: records and postings come from the cache at
    /// `cachePath` for modules whose files have not changed; the others are read and indexed
    /// now, and the cache is rewritten when it would change.
    init(modules: [ModuleEntry], cachePath: String?, root: String) {
        let readable = modules.filter(\.facts.isReadable)
        let cache = cachePath.map { SearchCache.read(path: $0, root: root) } ?? SearchCache()
        var cached: [Int: SearchCache.Entry] = [:]
        var missing: [Int] = []
        for (index, entry) in readable.enumerated() {
            if let signature = entry.signature, let hit = cache.entries[SearchCache.key(entry)], hit.signature == signature {
                cached[index] = hit
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
        var indexed: [ModuleEntry] = []
        /// The cache's number of each entry taken from it, and the entries read now.
        var fromCache: [(cached: Int, entry: Int)] = []
        var read: [Int] = []
        entries.reserveCapacity(readable.count)
        for (index, module) in readable.enumerated() {
            let place: (text: Int, title: String, record: Range<Int>)
            if let hit = cached[index] {
                place = (0, hit.title, hit.record)
            } else if let made = freshRecords[index] {
                place = (1, made.title, made.record)
            } else {
                continue
            }
            let layout = texts[place.text].withUnsafeBytes { SearchRecord.layout(of: $0, record: place.record) }
            guard let layout else { continue }
            if let hit = cached[index] { fromCache.append((hit.number, entries.count)) } else { read.append(entries.count) }
            entries.append(
                Entry(
                    topic: module.topic, module: module.id, title: place.title, text: place.text, record: place.record,
                    fieldCount: layout.fields, folded: layout.folded))
            indexed.append(module)
        }
        var segments: [Segment] = []
        if let postings = cache.postings, postings.entryCount == cache.entries.count {
            // The cached postings, less the modules changed since; the changed ones are indexed apart.
            var numbers = [Int32](repeating: -1, count: postings.entryCount)
            for (cachedNumber, entry) in fromCache { numbers[cachedNumber] = Int32(entry) }
            segments.append(Segment(postings: postings, entries: numbers))
            if !read.isEmpty { segments.append(Self.segment(over: read, of: entries, texts: texts)) }
        } else {
            segments.append(Self.segment(over: Array(entries.indices), of: entries, texts: texts))
        }
        self.init(texts: texts, entries: entries, segments: segments)
        let isChanged = fromCache.count != cache.entries.count || cache.postings == nil
            || read.contains { indexed[$0].signature != nil }
        if let cachePath, isChanged {
            SearchCache.write(index: self, modules: indexed, path: cachePath, root: root)
        }
    }

    /// Postings over `numbers` of `entries`.
    static func segment(over numbers: [Int], of entries: [Entry], texts: [SearchText]) -> Segment {
        let sources = numbers.map { SearchPostingsBuilder.Source(text: texts[entries[$0].text], record: entries[$0].record) }
        return Segment(postings: SearchPostingsBuilder.make(sources), entries: numbers.map { Int32($0) })
    }
}
