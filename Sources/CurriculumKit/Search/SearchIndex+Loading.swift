extension SearchIndex {
    /// A folder's search cache being read on another core, started before the folder is opened
    /// so that reading it overlaps the check of the modules' files (`workbench search`).
    public final class CachePrefetch: Sendable {
        let path: String
        let root: String
        let cache: BackgroundValue<SearchCache>

        fileprivate init(path: String, root: String) {
            (self.path, self.root) = (path, root)
            cache = BackgroundValue { SearchCache.read(path: path, root: root) }
        }
    }

    /// Starts reading the search cache of the folder at `folder` kept in `location`; `nil` when
    /// there is none to read.
    public static func prefetchCache(folder: String, in location: CacheLocation) -> CachePrefetch? {
        let root = CurriculumStore.absolutePath(folder)
        return location.file("search", forFolder: root).map { CachePrefetch(path: $0, root: root) }
    }

    /// Indexes the store's modules with the cache `prefetched` read, when it is this store's.
    public init(store: CurriculumStore, prefetched: CachePrefetch?) {
        let path = store.cache.file("search", forFolder: store.layout.root)
        let cache = prefetched.flatMap { $0.path == path && $0.root == store.layout.root ? $0.cache.value : nil }
        self.init(modules: store.allModules, cachePath: path, root: store.layout.root, cache: cache)
    }

    /// Indexes the readable modules of `modules`: records and postings come from the cache at
    /// `cachePath` (or `cache`, that file already read) for modules whose files have not changed;
    /// the others are read and indexed now, and the cache is rewritten when it would change.
    init(modules all: [ModuleEntry], cachePath: String?, root: String, cache read: SearchCache? = nil) {
        let cache = read ?? cachePath.map { SearchCache.read(path: $0, root: root) } ?? SearchCache()
        // Positions in `all`, so that ten thousand entries are not copied.
        let readable = all.indices.filter { all[$0].facts.isReadable }
        var (cached, isInOrder) = cache.entries(for: readable.map { (all[$0].topic, all[$0].id) })
        var missing: [Int] = []
        for (index, position) in readable.enumerated() {
            if let hit = cached[index], let signature = all[position].signature, hit.signature == signature { continue }
            cached[index] = nil
            missing.append(index)
        }
        // Folding every field is the costly part; modules are folded in parallel.
        let made = ParallelMap.map(missing) { index -> (title: String, record: [UInt8])? in
            guard let module = all[readable[index]].module else { return nil }
            return (module.title, SearchRecord.make(module))
        }
        var fresh: [UInt8] = []
        var freshRecords = [(title: String, record: Range<Int>)?](repeating: nil, count: readable.count)
        for (index, result) in zip(missing, made) {
            guard let result else { continue }
            freshRecords[index] = (result.title, fresh.count..<(fresh.count + result.record.count))
            fresh += result.record
        }
        let texts = [cache.text, SearchText(fresh)]
        var entries: [Entry] = []
        /// The position in `all` of each entry.
        var indexed: [Int] = []
        /// The cache's number of each entry taken from it, and the entries read now.
        var fromCache: [(cached: Int, entry: Int)] = []
        var read: [Int] = []
        entries.reserveCapacity(readable.count)
        for (index, position) in readable.enumerated() {
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
                    topic: all[position].topic, module: all[position].id, title: place.title, text: place.text,
                    record: place.record, fieldCount: layout.fields, folded: layout.folded))
            indexed.append(position)
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
        // A cache in another order is written again, so that the next search matches by position.
        let isChanged = !isInOrder || fromCache.count != cache.entries.count || cache.postings == nil
            || read.contains { all[indexed[$0]].signature != nil }
        if let cachePath, isChanged {
            SearchCache.write(index: self, modules: indexed.map { all[$0] }, path: cachePath, root: root)
        }
    }

    /// Postings over `numbers` of `entries`.
    static func segment(over numbers: [Int], of entries: [Entry], texts: [SearchText]) -> Segment {
        let sources = numbers.map { SearchPostingsBuilder.Source(text: texts[entries[$0].text], record: entries[$0].record) }
        return Segment(postings: SearchPostingsBuilder.make(sources), entries: numbers.map { Int32($0) })
    }
}
