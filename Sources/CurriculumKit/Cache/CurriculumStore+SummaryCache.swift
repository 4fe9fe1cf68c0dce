import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension CurriculumStore {
    /// The entries of the modules in `work` (topic, module id pairs), in that order.
    ///
    /// Without a cache every module is read, in parallel. With one, a module whose cached stamps
    /// still match its files is known by its cached facts and read on first use; the others are
    /// read now and their facts cached. The cache file is rewritten only when its entries
    /// changed, and only by a whole open (`isWholeFolder`), so it always describes every module.
    ///
    /// `prefetched` is the summary cache already being read (`prefetchSummaryCache()`).
    func moduleEntries(
        _ work: [(topic: String, id: String)], isWholeFolder: Bool = true, prefetched: BackgroundValue<SummaryCache>? = nil
    ) -> [ModuleEntry] {
        guard onlyModule == nil, let path = cache.file("summary", forFolder: layout.root) else {
            let unread = ModuleLoader.unread(layout)
            return ParallelMap.map(work) { entry(topic: $0.topic, id: $0.id, unread: unread) }
        }
        let cached = prefetched?.value ?? SummaryCache.read(path: path, root: layout.root, catalogDigest: catalogDigest)
        let layout = self.layout
        let catalog = self.catalog
        let loader = ModuleLoader(layout: layout, catalog: catalog)
        // A change this recent could be followed by another within the same clock tick of the
        // file system, leaving equal stamps: such modules are read every time until it is older.
        let settled = Int64((Date().timeIntervalSince1970 - cache.settlingTime) * 1_000_000_000)
        // Stamps are taken relative to each topic's open modules folder, not by whole paths.
        let folders = OpenFolders(Set(work.map(\.topic)).map { ($0, layout.modulesFolder($0)) })
        defer { folders.closeAll() }
        // A hit's cache entry is not carried along: its signature and facts are in the module entry.
        let results = ParallelMap.map(work) { item -> (entry: ModuleEntry, fresh: SummaryCache.Entry?, isHit: Bool) in
            let (topic, id) = item
            if let hit = cached[topic, id],
                hit.signature.isCurrent(module: id, in: folders[topic])
            {
                var entry = ModuleEntry(topic: topic, id: id, facts: hit.facts, loader: loader)
                entry.signature = hit.signature
                return (entry, nil, true)
            }
            let before = ModuleSignature.take(moduleFolder: layout.moduleFolder(topic, id))
            let contents = Self.loadContents(topic: topic, id: id, layout: layout, catalog: catalog)
            var entry = ModuleEntry(topic: topic, record: contents.record, reviews: contents.reviews, status: contents.status)
            guard let signature = before.keeping(Self.filesRead(contents, stamped: before)), signature.latestChange < settled else {
                return (entry, nil, false)
            }
            entry.signature = signature
            return (entry, SummaryCache.Entry(signature: signature, facts: entry.facts), false)
        }
        guard isWholeFolder else { return results.map(\.entry) }
        let hits = results.count { $0.isHit }
        let fresh = results.count { $0.fresh != nil }
        if fresh > 0 || cached.count != hits {
            var next = SummaryCache()
            for result in results {
                if let entry = result.fresh {
                    next[result.entry.topic, result.entry.id] = entry
                } else if result.isHit, let signature = result.entry.signature {
                    next[result.entry.topic, result.entry.id] = SummaryCache.Entry(signature: signature, facts: result.entry.facts)
                }
            }
            next.write(path: path, root: layout.root, catalogDigest: catalogDigest)
        }
        return results.map(\.entry)
    }

    /// Starts reading this folder's summary cache on another thread; `nil` when the store uses none.
    func prefetchSummaryCache() -> BackgroundValue<SummaryCache>? {
        guard onlyModule == nil, let path = cache.file("summary", forFolder: layout.root) else { return nil }
        let (root, digest) = (layout.root, catalogDigest)
        return BackgroundValue { SummaryCache.read(path: path, root: root, catalogDigest: digest) }
    }

    /// The files a module's load read, below its folder: the revisions whose headers or
    /// documents were read, and every review event.
    static func filesRead(_ contents: ModuleContents, stamped: ModuleSignature) -> [String] {
        let record = contents.record
        let revisions = record.isHistoryLoaded ? record.revisionIDs : (record.current.map { [$0.id] } ?? record.revisionIDs)
        return revisions.map { "revisions/" + $0.fileName } + stamped.files.map(\.name).filter { $0.hasPrefix("reviews/") }
    }
}

/// Folders opened for `fstatat`, by name; a folder that cannot be opened gives -1, below which
/// every path stamps as missing.
private struct OpenFolders: Sendable {
    private let descriptors: [String: Int32]

    init(_ folders: [(name: String, path: String)]) {
        var descriptors: [String: Int32] = [:]
        for folder in folders {
            descriptors[folder.name] = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        }
        self.descriptors = descriptors
    }

    subscript(name: String) -> Int32 { descriptors[name] ?? -1 }

    func closeAll() {
        for descriptor in descriptors.values where descriptor >= 0 { close(descriptor) }
    }
}

extension CurriculumStore {
    /// Reads, in parallel, every module known only by its cached facts: for work that needs
    /// every document (validation), rather than reading them one by one on first use.
    public func readAllModules() {
        let unread = allModules.filter { !$0.isBodyRead }
        _ = ParallelMap.map(unread) { $0.record.revisionIDs.count }
    }
}
