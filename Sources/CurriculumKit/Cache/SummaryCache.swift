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
    /// Raised whenever what a module's load produces, or this layout, changes.
    static let version: UInt32 = 1

    static func key(topic: String, module: String) -> String { topic + "/" + module }

    /// The cache at `path` for the folder `root` whose catalog has `catalogDigest`; empty when
    /// the file is missing, unreadable, damaged or made for something else.
    static func read(path: String, root: String, catalogDigest: String) -> SummaryCache {
        guard let bytes = CacheFile.readVerified(path, magic: magic, version: version) else { return SummaryCache() }
        var reader = ByteReader(bytes, offset: CacheFile.headerSize)
        do {
            guard try reader.readString() == root, try reader.readString() == catalogDigest else { return SummaryCache() }
            var cache = SummaryCache()
            for _ in 0..<(try reader.readCount(each: 64)) {
                let topic = try reader.readString()
                let module = try reader.readString()
                let signature = try ModuleSignature(from: &reader)
                cache[topic, module] = Entry(signature: signature, facts: try ModuleFacts(from: &reader))
            }
            return reader.isAtEnd ? cache : SummaryCache()
        } catch {
            return SummaryCache()
        }
    }

    /// Writes the cache in one step (temporary file, rename); a cache that cannot be written is
    /// simply not there next time.
    func write(path: String, root: String, catalogDigest: String) {
        var writer = ByteWriter()
        writer.reserve(count * 400)
        writer.write(root)
        writer.write(catalogDigest)
        writer.write(count: count)
        for (topic, modules) in entries.sorted(by: { $0.key < $1.key }) {
            for (module, entry) in modules.sorted(by: { $0.key < $1.key }) {
                writer.write(topic)
                writer.write(module)
                entry.signature.encode(into: &writer)
                entry.facts.encode(into: &writer)
            }
        }
        CacheFile.write(writer.bytes, to: path, magic: Self.magic, version: Self.version)
    }
}
