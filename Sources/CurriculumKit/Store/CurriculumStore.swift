import Foundation

/// A topic as the store knows it: its document and its modules in teaching order.
public struct TopicEntry: Sendable, Hashable {
    public var record: DocumentRecord<Topic>
    /// Modules in the topic's teaching order, then any the order does not name.
    public var modules: [ModuleEntry]

    public var id: String { record.id }
    public var topic: Topic? { record.current?.document }
    /// The number a topic is named by: its document's, else the one its id starts with.
    var number: Int? { topic?.number ?? Int(id.prefix(2)) }
}

/// A review event read from `reviews/`.
public struct StoredReview: Sendable, Hashable {
    public var file: String
    public var event: ReviewEvent
}

/// An open curricula folder: the catalog, every topic and module at its current revision.
///
/// Opening reads each revision's small header to find the heads and reads only the heads in
/// full, so the cost does not grow with the depth of history.
public struct CurriculumStore: Sendable {
    public let layout: FolderLayout
    public private(set) var catalog: Catalog
    public internal(set) var topics: [TopicEntry]
    /// Errors and warnings found while loading, besides those of individual documents.
    public private(set) var folderProblems: [Diagnostic]
    /// The one module id a focused store reads; `nil` reads them all.
    let onlyModule: String?
    /// `false` for a store opened with `open(_:focusedOn:)`: its topics hold only the module it
    /// was opened for, so `allModules` is not every module of the folder.
    var knowsEveryModule = true
    /// Where the summary cache of this folder is kept.
    public let cache: CacheLocation
    /// The SHA-256 of the catalog's bytes: statuses depend on it, so the cache does too.
    let catalogDigest: String

    /// Opens the folder at `path`; throws when the folder or its catalog cannot be used.
    ///
    /// With `moduleID`, reads only the modules whose id it is: every other module is known by
    /// its id and topic alone, for commands that change one module, so that a save does not read
    /// ten thousand others. With a `cache` location, modules whose files have not changed since
    /// the last open are known by their cached facts and read on first use; without one, every
    /// module is read now.
    public static func open(_ path: String, only moduleID: String? = nil, cache: CacheLocation = .disabled) throws(StoreError)
        -> CurriculumStore
    {
        var store = try openFolder(path, only: moduleID, cache: cache)
        store.loadTopics()
        return store
    }

    /// The folder at `path` with its catalog read and no topics yet.
    static func openFolder(_ path: String, only moduleID: String?, cache: CacheLocation) throws(StoreError) -> CurriculumStore {
        let layout = FolderLayout(root: absolutePath(path))
        switch PathStatus.of(layout.root) {
        case .missing: throw StoreError(.notFound, "the folder \(path) does not exist")
        case .file: throw StoreError(.notFound, "\(path) is not a folder")
        case .folder: break
        }
        let usedCache = moduleID == nil ? cache : .disabled
        // The catalog's digest is kept with the summary cache: a store without one needs none.
        let (catalog, digest) = try readCatalog(layout, shownAs: path, digesting: usedCache.directory != nil)
        return CurriculumStore(
            layout: layout, catalog: catalog, topics: [], folderProblems: [], onlyModule: moduleID, cache: usedCache,
            catalogDigest: digest)
    }

    /// `path` from the root, `~` expanded and symbolic links resolved, as every command names
    /// the folder (its caches are keyed by it). Done with `realpath` rather than Foundation's
    /// `standardizingPath`, whose first use costs more than a whole `save` does otherwise.
    static func absolutePath(_ path: String) -> String {
        var expanded = path
        if path == "~" || path.hasPrefix("~/"), let home = getenv("HOME") {
            expanded = String(cString: home) + path.dropFirst()
        } else if path.hasPrefix("~") {
            expanded = (path as NSString).expandingTildeInPath
        }
        if !expanded.hasPrefix("/") {
            expanded = FileManager.default.currentDirectoryPath + "/" + expanded
        }
        return realPath(expanded) ?? lexicallyNormalized(expanded)
    }

    /// An absolute path that does not exist, without `.`, `..` and empty components.
    private static func lexicallyNormalized(_ path: String) -> String {
        var components: [Substring] = []
        for component in path.split(separator: "/") where component != "." {
            if component == ".." {
                _ = components.popLast()
            } else {
                components.append(component)
            }
        }
        return "/" + components.joined(separator: "/")
    }

    private static func readCatalog(_ layout: FolderLayout, shownAs path: String, digesting: Bool) throws(StoreError) -> (Catalog, String) {
        let catalogPath = layout.catalog
        let shown = path.isEmpty || path.hasSuffix("/") ? path + "catalog.json" : path + "/catalog.json"
        guard PathStatus.of(catalogPath) != .missing else {
            throw StoreError(.notFound, "\(shown) is missing: \(path) is not a curricula folder (create one with `workbench init`)")
        }
        let bytes: [UInt8]
        do {
            bytes = try AtomicWriter.readFile(catalogPath)
        } catch {
            throw StoreError(.notFound, "\(shown) cannot be read: \(error.message)")
        }
        do {
            return (try DocumentCoding.decodeDocument(Catalog.self, from: bytes), digesting ? CacheFile.digest(bytes) : "")
        } catch {
            throw StoreError(.invalid, "\(shown) cannot be used: \(error)")
        }
    }

    private mutating func loadTopics() {
        topics = loadTopics(usableTopicIDs())
    }

    /// The topics that can be read, in catalog order, then folders the catalog does not name;
    /// notes in `folderProblems` the catalog topics that cannot be and the folders it does not name.
    mutating func usableTopicIDs() -> [String] {
        let onDisk = DocumentLoader.visibleNames(in: layout.topicsFolder)
        var ordered = catalog.topics
        for name in onDisk where !catalog.topics.contains(name) {
            folderProblems.append(
                Diagnostic(.warning, file: "topics/\(name)", "this topic folder is not in catalog.json's topic list"))
            ordered.append(name)
        }
        var usable: [String] = []
        for (index, topicID) in ordered.enumerated() {
            if let problem = Slug.problem(with: topicID) {
                folderProblems.append(
                    Diagnostic(.error, file: "catalog.json", pointer: "/topics/\(index)", "topic id \"\(topicID)\": \(problem)"))
                continue
            }
            guard onDisk.contains(topicID) else {
                folderProblems.append(
                    Diagnostic(
                        .error, file: "catalog.json", pointer: "/topics/\(index)",
                        "the topic \(topicID) has no folder under topics/"))
                continue
            }
            usable.append(topicID)
        }
        return usable
    }

    func loadTopic(_ topicID: String) -> TopicEntry {
        let (record, order) = topicRecord(topicID)
        let modules = moduleEntries(order.map { (topic: topicID, id: $0) }, isWholeFolder: false)
        return TopicEntry(record: record, modules: modules)
    }

    /// Loads several topics, their modules decoded in parallel across the machine's cores.
    func loadTopics(_ topicIDs: [String]) -> [TopicEntry] {
        // The summary cache is read on another core while the topic documents are read here.
        let cached = prefetchSummaryCache()
        let records = topicIDs.map(topicRecord)
        let work = zip(topicIDs, records).flatMap { topicID, record in record.order.map { (topic: topicID, id: $0) } }
        var modules = moduleEntries(work, prefetched: cached)[...]
        var entries: [TopicEntry] = []
        for record in records {
            entries.append(TopicEntry(record: record.record, modules: Array(modules.prefix(record.order.count))))
            modules = modules.dropFirst(record.order.count)
        }
        return entries
    }

    /// A topic's document and its modules' ids: the teaching order, then folders it does not name.
    private func topicRecord(_ topicID: String) -> (record: DocumentRecord<Topic>, order: [String]) {
        let record = DocumentLoader.load(Topic.self, folder: layout.topicFolder(topicID), layout: layout)
        let order = record.current?.document.modules ?? []
        let onDisk = DocumentLoader.visibleNames(in: layout.modulesFolder(topicID))
        let onDiskSet = Set(onDisk)
        let listed = order.filter { onDiskSet.contains($0) }
        let listedSet = Set(listed)
        return (record, listed + onDisk.filter { !listedSet.contains($0) })
    }

    /// A module read in full, or known by id alone (through `unread`) when this store is focused on another one.
    func entry(topic: String, id: String, unread: ModuleLoader) -> ModuleEntry {
        onlyModule == nil || onlyModule == id ? loadModule(topic: topic, id: id) : unloadedModule(topic: topic, id: id, loader: unread)
    }

    /// A module a focused store does not read: its id and topic only (its empty record is made
    /// only if asked for, as ten thousand of them were most of a save's time).
    private func unloadedModule(topic: String, id: String, loader: ModuleLoader) -> ModuleEntry {
        var entry = ModuleEntry(topic: topic, id: id, facts: .unread, loader: loader)
        entry.isLoaded = false
        return entry
    }

    func loadModule(topic: String, id: String) -> ModuleEntry {
        let contents = Self.loadContents(topic: topic, id: id, layout: layout, catalog: catalog)
        return ModuleEntry(topic: topic, record: contents.record, reviews: contents.reviews, status: contents.status)
    }

    /// Reads a module's folder: its revisions, current document and review events.
    static func loadContents(topic: String, id: String, layout: FolderLayout, catalog: Catalog) -> ModuleContents {
        let folder = layout.moduleFolder(topic, id)
        var record = DocumentLoader.load(Module.self, folder: folder, layout: layout)
        var reviews: [StoredReview] = []
        var problems: [Diagnostic] = []
        let reviewsFolder = FolderLayout.reviews(folder)
        for name in DocumentLoader.visibleNames(in: reviewsFolder) where name.hasSuffix(".json") {
            let path = reviewsFolder + "/" + name
            let relative = layout.relative(path)
            do {
                let bytes = try AtomicWriter.readFile(path)
                let (event, _) = try DocumentCoding.decode(ReviewEvent.self, from: bytes)
                reviews.append(StoredReview(file: relative, event: event))
            } catch let error as DocumentError {
                problems.append(Diagnostic(.error, file: relative, pointer: error.pointer, error.reasonText))
            } catch {
                problems.append(Diagnostic(.error, file: relative, String(describing: error)))
            }
        }
        record.problems += problems
        return ModuleContents(
            record: record, reviews: reviews, status: ReviewWorkflow.status(of: record, reviews: reviews, catalog: catalog))
    }

    // MARK: Finding things

    /// The topic named by its id or its number (`7`, `07`, `07-migration-and-security`).
    public func topic(named name: String) -> TopicEntry? {
        if let exact = topics.first(where: { $0.id == name }) { return exact }
        if let number = Int(name) {
            return topics.first { $0.number == number }
        }
        return nil
    }

    /// Every module, in catalog and teaching order.
    public var allModules: [ModuleEntry] {
        topics.flatMap(\.modules)
    }

    /// Every error and warning found while loading.
    public var loadProblems: [Diagnostic] {
        // Drawn with every frame: modules without problems (nearly all) add nothing.
        var problems = folderProblems
        for topic in topics {
            problems += topic.record.problems
            for module in topic.modules {
                let found = module.problems
                if !found.isEmpty { problems += found }
            }
        }
        return problems
    }
}
