/// The search cache of one curricula folder: each module's `SearchRecord` with the stamps of
/// its files, and the postings of those records, so that searching reads no document whose
/// files have not changed and tokenizes no record again.
///
/// A record is used only while the module's stamps, checked against the disk when the folder
/// was opened, are the ones it was made with; the postings of a module whose record is not used
/// are ignored. A damaged or foreign file reads as empty.
///
/// Layout after the cache file header: the length of the index part; the index part (the
/// folder, the entries with the place of their records, the postings); the records. The file is
/// mapped, not read: a search reads only the records of the modules it finds.
struct SearchCache: Sendable {
    struct Entry: Sendable {
        /// `topic/module`.
        var key: String
        var signature: ModuleSignature
        var title: String
        /// Where the record lies in `text`.
        var record: Range<Int>
        /// The entry's number in the file, which the postings use.
        var number: Int
    }

    /// The entries in the order of the file (the store's order of modules when it was written).
    var entries: [Entry] = []
    /// The whole file; the records are ranges of it.
    var text = SearchText([])
    /// The postings of the records, numbered as the entries are.
    var postings: SearchPostings?

    static let magic = Array("CWB-SEARCH\n\n".utf8)
    /// Raised whenever the searchable fields, the folding, the tokens, this layout or the checksum change.
    static let version: UInt32 = 3

    static func key(_ entry: ModuleEntry) -> String { SummaryCache.key(topic: entry.topic, module: entry.id) }

    static func read(path: String, root: String) -> SearchCache {
        guard let file = SearchText(mapping: path), file.withUnsafeBytes({ isVerified($0) }) else { return SearchCache() }
        let indexPart = file.withUnsafeBytes { raw -> (bytes: [UInt8], end: Int)? in
            let start = CacheFile.headerSize + 4
            guard raw.count >= start else { return nil }
            let length = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: CacheFile.headerSize, as: UInt32.self)))
            guard length <= raw.count - start else { return nil }
            return (Array(UnsafeRawBufferPointer(rebasing: raw[start..<(start + length)])), start + length)
        }
        guard let indexPart else { return SearchCache() }
        var reader = ByteReader(indexPart.bytes)
        do {
            guard try reader.readString() == root else { return SearchCache() }
            var cache = SearchCache()
            let count = try reader.readCount(each: 40)
            cache.entries.reserveCapacity(count)
            for number in 0..<count {
                let key = try reader.readString()
                let signature = try ModuleSignature(from: &reader)
                let title = try reader.readString()
                let start = indexPart.end + Int(try reader.readUInt64())
                let length = Int(try reader.readUInt32())
                guard start <= file.count, length <= file.count - start else { return SearchCache() }
                cache.entries.append(Entry(key: key, signature: signature, title: title, record: start..<(start + length), number: number))
            }
            let postings = try reader.readRange()
            guard reader.isAtEnd, let read = SearchPostings(bytes: Array(indexPart.bytes[postings])), read.entryCount == count else {
                return SearchCache()
            }
            cache.postings = read
            cache.text = file
            return cache
        } catch {
            return SearchCache()
        }
    }

    /// The entry of each of `modules`, or `nil` for one the cache lacks, and whether the cache
    /// lists them in the same order. The modules are matched by position while they are in the
    /// cache's order, as they are unless the folder changed, and by key otherwise.
    func entries(for modules: [(topic: String, module: String)]) -> (entries: [Entry?], isInOrder: Bool) {
        var byKey: [String: Int]?
        let found = modules.enumerated().map { index, module -> Entry? in
            if index < entries.count, Self.isKey(entries[index].key, topic: module.topic, module: module.module) {
                return entries[index]
            }
            if byKey == nil {
                byKey = Dictionary(entries.indices.map { (entries[$0].key, $0) }, uniquingKeysWith: { first, _ in first })
            }
            return byKey?[SummaryCache.key(topic: module.topic, module: module.module)].map { entries[$0] }
        }
        return (found, byKey == nil && modules.count == entries.count)
    }

    /// Whether `key` is `topic/module`, compared without building it.
    private static func isKey(_ key: String, topic: String, module: String) -> Bool {
        var bytes = key.utf8[...]
        guard bytes.starts(with: topic.utf8) else { return false }
        bytes = bytes.dropFirst(topic.utf8.count)
        return bytes.first == UInt8(ascii: "/") && bytes.dropFirst().elementsEqual(module.utf8)
    }

    /// Whether the mapped file has the magic, version and checksum that `CacheFile.write` gives.
    private static func isVerified(_ raw: UnsafeRawBufferPointer) -> Bool {
        guard raw.count >= CacheFile.headerSize, raw.starts(with: magic),
            UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: magic.count, as: UInt32.self)) == version
        else { return false }
        let stored = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: magic.count + 4, as: UInt64.self))
        return CacheChecksum.of(UnsafeRawBufferPointer(rebasing: raw[CacheFile.headerSize...])) == stored
    }

    /// Writes the records and postings of the indexed modules that have stamps, in one step;
    /// `modules` are those of `index`'s entries, in order.
    static func write(index: SearchIndex, modules: [ModuleEntry], path: String, root: String) {
        let kept = modules.indices.filter { modules[$0].signature != nil }
        let postings: SearchPostings
        if kept.count == index.entries.count, index.segments.count == 1,
            index.segments[0].entries.elementsEqual(index.entries.indices.lazy.map { Int32($0) })
        {
            postings = index.segments[0].postings
        } else {
            postings = SearchIndex.segment(over: kept, of: index.entries, texts: index.texts).postings
        }
        var part = ByteWriter()
        part.reserve(kept.count * 200 + postings.bytes.count)
        part.write(root)
        part.write(count: kept.count)
        var recordsLength = 0
        for number in kept {
            let entry = index.entries[number]
            part.write(key(modules[number]))
            modules[number].signature!.encode(into: &part)
            part.write(entry.title)
            part.write(UInt64(recordsLength))
            part.write(count: entry.record.count)
            recordsLength += entry.record.count
        }
        part.write(count: postings.bytes.count)
        part.write(raw: postings.bytes)
        var writer = ByteWriter()
        writer.reserve(4 + part.bytes.count + recordsLength)
        writer.write(count: part.bytes.count)
        writer.write(raw: part.bytes)
        for number in kept {
            let entry = index.entries[number]
            index.texts[entry.text].withUnsafeBytes { writer.write(raw: UnsafeRawBufferPointer(rebasing: $0[entry.record])) }
        }
        CacheFile.write(writer.bytes, to: path, magic: magic, version: version)
    }
}
