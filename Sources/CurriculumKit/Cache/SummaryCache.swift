import Foundation

/// The summary cache of one curricula folder: for each module, the stamps of its files and
/// the facts the browser and `list` show, so that opening the folder reads no module document
/// whose files have not changed.
///
/// The file is never trusted over the folder: an entry is used only while every stamp it
/// records still matches the disk, the whole file is ignored when its checksum, version,
/// folder or catalog does not match, and any damage reads as an empty cache.
struct SummaryCache: Sendable {
    struct Entry: Sendable, Hashable {
        var signature: ModuleSignature
        var facts: ModuleFacts
    }

    /// Entries by topic, then module.
    var entries: [String: [String: Entry]] = [:]

    var count: Int { entries.values.reduce(0) { $0 + $1.count } }

    subscript(topic: String, module: String) -> Entry? {
        get { entries[topic]?[module] }
        set { entries[topic, default: [:]][module] = newValue }
    }

    static let magic = Array("CWB-SUMMARY\n".utf8)
    /// Raised whenever what a module's load produces, this layout or the checksum changes.
    /// 2: entries grouped by topic, each group's length first, so groups decode in parallel.
    static let version: UInt32 = 3

    static func key(topic: String, module: String) -> String { topic + "/" + module }

    /// The cache at `path` for the folder `root` whose catalog has `catalogDigest`; empty when
    /// the file is missing, unreadable, damaged or made for something else.
    static func read(path: String, root: String, catalogDigest: String) -> SummaryCache {
        guard let bytes = CacheFile.readVerified(path, magic: magic, version: version) else { return SummaryCache() }
        var reader = ByteReader(bytes, offset: CacheFile.headerSize)
        var groups: [(topic: String, range: Range<Int>)] = []
        do {
            guard try reader.readString() == root, try reader.readString() == catalogDigest else { return SummaryCache() }
            for _ in 0..<(try reader.readCount(each: 8)) {
                groups.append((try reader.readString(), try reader.readRange()))
            }
            guard reader.isAtEnd else { return SummaryCache() }
        } catch {
            return SummaryCache()
        }
        let decoded = ParallelMap.map(groups) { group in readGroup(bytes, group.range) }
        var cache = SummaryCache()
        for (group, entries) in zip(groups, decoded) {
            guard let entries, cache.entries[group.topic] == nil else { return SummaryCache() }
            cache.entries[group.topic] = entries
        }
        return cache
    }

    /// One topic's entries by module, or `nil` when they do not fill `range` exactly.
    private static func readGroup(_ bytes: [UInt8], _ range: Range<Int>) -> [String: Entry]? {
        var reader = ByteReader(bytes, offset: range.lowerBound)
        do {
            let count = try reader.readCount(each: 64)
            var entries = [String: Entry](minimumCapacity: count)
            for _ in 0..<count {
                let module = try reader.readString()
                let signature = try ModuleSignature(from: &reader)
                entries[module] = Entry(signature: signature, facts: try ModuleFacts(from: &reader))
            }
            return reader.offset == range.upperBound ? entries : nil
        } catch {
            return nil
        }
    }

    /// Writes the cache in one step (temporary file, rename); a cache that cannot be written is
    /// simply not there next time.
    func write(path: String, root: String, catalogDigest: String) {
        var writer = ByteWriter()
        writer.reserve(count * 400)
        writer.write(root)
        writer.write(catalogDigest)
        writer.write(count: entries.count)
        for (topic, modules) in entries.sorted(by: { $0.key < $1.key }) {
            var group = ByteWriter()
            group.reserve(modules.count * 400)
            group.write(count: modules.count)
            for (module, entry) in modules.sorted(by: { $0.key < $1.key }) {
                group.write(module)
                entry.signature.encode(into: &group)
                entry.facts.encode(into: &group)
            }
            writer.write(topic)
            writer.write(count: group.bytes.count)
            writer.write(raw: group.bytes)
        }
        CacheFile.write(writer.bytes, to: path, magic: Self.magic, version: Self.version)
    }
}
