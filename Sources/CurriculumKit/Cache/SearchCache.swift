/// The search cache of one curricula folder: each module's `SearchRecord` with the stamps of
/// its files, so that searching reads no document whose files have not changed.
///
/// A record is used only while the module's stamps, checked against the disk when the folder
/// was opened, are the ones it was made with; a damaged or foreign file reads as empty.
struct SearchCache: Sendable {
    struct Entry: Sendable {
        var signature: ModuleSignature
        var title: String
        /// Where the record lies in `text`.
        var record: Range<Int>
    }

    /// Entries by `topic/module`.
    var entries: [String: Entry] = [:]
    /// The whole file; the records are ranges of it.
    var text = SearchText([])

    static let magic = Array("CWB-SEARCH\n\n".utf8)
    /// Raised whenever the searchable fields, the folding or this layout change.
    static let version: UInt32 = 1

    static func key(_ entry: ModuleEntry) -> String { SummaryCache.key(topic: entry.topic, module: entry.id) }

    static func read(path: String, root: String) -> SearchCache {
        guard let bytes = CacheFile.readVerified(path, magic: magic, version: version) else { return SearchCache() }
        var reader = ByteReader(bytes, offset: CacheFile.headerSize)
        do {
            guard try reader.readString() == root else { return SearchCache() }
            var cache = SearchCache()
            let count = try reader.readCount(each: 80)
            cache.entries.reserveCapacity(count)
            for _ in 0..<count {
                let key = try reader.readString()
                let signature = try ModuleSignature(from: &reader)
                let title = try reader.readString()
                cache.entries[key] = Entry(signature: signature, title: title, record: try reader.readRange())
            }
            guard reader.isAtEnd else { return SearchCache() }
            cache.text = SearchText(bytes)
            return cache
        } catch {
            return SearchCache()
        }
    }

    /// Writes the records of the indexed modules that have stamps, in one step.
    static func write(entries: [SearchIndex.Entry], modules: [ModuleEntry], texts: [SearchText], path: String, root: String) {
        let signatures = Dictionary(
            modules.compactMap { module in module.signature.map { (key(module), $0) } }, uniquingKeysWith: { first, _ in first })
        var writer = ByteWriter()
        writer.reserve(texts.reduce(0) { $0 + $1.bytes.count } + entries.count * 200)
        writer.write(root)
        let kept = entries.filter { signatures[$0.topic + "/" + $0.module] != nil }
        writer.write(count: kept.count)
        for entry in kept {
            let key = entry.topic + "/" + entry.module
            writer.write(key)
            signatures[key]!.encode(into: &writer)
            writer.write(entry.title)
            writer.write(count: entry.record.count)
            writer.write(raw: texts[entry.text].bytes[entry.record])
        }
        CacheFile.write(writer.bytes, to: path, magic: magic, version: version)
    }
}
