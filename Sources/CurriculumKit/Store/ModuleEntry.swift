import Foundation

/// A module as the store knows it: its files, its current revision and its review status.
///
/// Opening a folder with a summary cache knows most modules by their `facts` alone; the
/// document, the record and the reviews are read on first use (one module, when the browser
/// previews it), so code that reads `module` or `record` works unchanged. `facts`, `id`,
/// `topic`, `status` and `problems` never read a document.
public struct ModuleEntry: Sendable, Hashable {
    public var topic: String
    public let id: String
    /// `false` for a module a focused store did not read (see `CurriculumStore.open(_:only:)`):
    /// its id and topic are known, nothing else.
    public var isLoaded = true
    private var body: ModuleBody
    /// The stamps the facts were read or validated with, when the summary cache holds them;
    /// the search cache trusts its text for this module only while they are the same.
    var signature: ModuleSignature?

    /// A module read in full.
    init(topic: String, record: DocumentRecord<Module>, reviews: [StoredReview], status: DocumentStatus, isLoaded: Bool = true) {
        self.topic = topic
        id = record.id
        self.isLoaded = isLoaded
        body = ModuleBody(ModuleContents(record: record, reviews: reviews, status: status))
    }

    /// A module known by its cached facts, read by `loader` when something needs more.
    init(topic: String, id: String, facts: ModuleFacts, loader: ModuleLoader) {
        self.topic = topic
        self.id = id
        body = ModuleBody(facts: facts, loader: loader, topic: topic, id: id)
    }

    /// The document folder: every revision's id, the heads and the current revision (read on first use).
    public var record: DocumentRecord<Module> {
        get { body.contents.record }
        set { body = ModuleBody(body.contents.with { $0.record = newValue }) }
    }

    /// The review events of the module (read on first use).
    public var reviews: [StoredReview] {
        get { body.contents.reviews }
        set { body = ModuleBody(body.contents.with { $0.reviews = newValue }) }
    }

    /// The review status, derived from the events on the current head.
    public var status: DocumentStatus {
        get { body.status }
        set { body = ModuleBody(body.contents.with { $0.status = newValue }) }
    }

    /// The current document, `nil` when no revision can be used (read on first use).
    public var module: Module? { record.current?.document }

    /// What the browser and `list` show, without reading the document.
    public var facts: ModuleFacts { body.facts }

    /// Errors and warnings found while loading the module's files, without reading the document.
    public var problems: [Diagnostic] { body.problems }

    /// Whether the module has a current revision that can be used, without reading the document.
    public var isReadable: Bool { body.isReadable }

    /// Whether the document has been read (always, when the folder was opened without a cache).
    public var isBodyRead: Bool { body.isRead }

    public static func == (lhs: ModuleEntry, rhs: ModuleEntry) -> Bool {
        lhs.topic == rhs.topic && lhs.id == rhs.id && lhs.isLoaded == rhs.isLoaded
            && (lhs.body === rhs.body || lhs.body.contents == rhs.body.contents)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(topic)
        hasher.combine(id)
    }
}

/// Everything read from a module's folder.
struct ModuleContents: Sendable, Hashable {
    var record: DocumentRecord<Module>
    var reviews: [StoredReview]
    var status: DocumentStatus

    func with(_ change: (inout ModuleContents) -> Void) -> ModuleContents {
        var copy = self
        change(&copy)
        return copy
    }
}

/// Reads modules of one folder on demand: what a lazily known entry needs, shared by all of them.
final class ModuleLoader: Sendable {
    let layout: FolderLayout
    /// `nil` for the modules a focused store does not read: they stay empty.
    let catalog: Catalog?

    init(layout: FolderLayout, catalog: Catalog?) {
        self.layout = layout
        self.catalog = catalog
    }

    /// The loader of modules a focused store knows by id alone: an empty record, no revision.
    static func unread(_ layout: FolderLayout) -> ModuleLoader {
        ModuleLoader(layout: layout, catalog: nil)
    }

    func contents(topic: String, id: String) -> ModuleContents {
        guard let catalog else {
            let record = DocumentRecord<Module>(
                folder: layout.relative(layout.moduleFolder(topic, id)), id: id, headers: [:], heads: [], current: nil, problems: [])
            return ModuleContents(record: record, reviews: [], status: .draft)
        }
        return CurriculumStore.loadContents(topic: topic, id: id, layout: layout, catalog: catalog)
    }
}

/// A module's contents, read once on first use; shared by the copies of an entry, never changed
/// once read (an entry that is changed gets a new body).
final class ModuleBody: @unchecked Sendable {
    /// Bodies share a few locks rather than owning one each: ten thousand locks cost more to
    /// make than the rare contention of two bodies on one stripe.
    private static let locks = (0..<64).map { _ in NSLock() }

    private var read: (contents: ModuleContents, facts: ModuleFacts)?
    private let cachedFacts: ModuleFacts?
    private let loader: ModuleLoader?
    private let topic: String
    private let id: String

    init(_ contents: ModuleContents) {
        read = (contents, ModuleFacts(record: contents.record, status: contents.status))
        cachedFacts = nil
        loader = nil
        topic = ""
        id = contents.record.id
    }

    init(facts: ModuleFacts, loader: ModuleLoader, topic: String, id: String) {
        cachedFacts = facts
        self.loader = loader
        self.topic = topic
        self.id = id
    }

    private var lock: NSLock { Self.locks[Int((UInt(bitPattern: ObjectIdentifier(self)) >> 4) & 63)] }

    var contents: ModuleContents {
        lock.withLock {
            if let read { return read.contents }
            let contents = loader!.contents(topic: topic, id: id)
            read = (contents, ModuleFacts(record: contents.record, status: contents.status))
            return contents
        }
    }

    /// The facts of what was read, else the cached ones.
    var facts: ModuleFacts {
        lock.withLock { read?.facts ?? cachedFacts! }
    }

    // One fact at a time, without copying all of them: a frame asks every module for these.

    var status: DocumentStatus {
        lock.withLock { read?.facts.status ?? cachedFacts!.status }
    }

    var problems: [Diagnostic] {
        lock.withLock { read?.facts.problems ?? cachedFacts!.problems }
    }

    var isReadable: Bool {
        lock.withLock { read.map { $0.facts.title != nil } ?? (cachedFacts!.title != nil) }
    }

    var isRead: Bool { lock.withLock { read != nil } }
}
