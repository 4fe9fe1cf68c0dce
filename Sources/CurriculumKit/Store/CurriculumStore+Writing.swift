import Foundation

/// What a save wrote and what the document looks like afterwards.
public struct SaveResult: Sendable, Hashable {
    public var id: RevisionID
    /// The new file, relative to the folder.
    public var file: String
    /// The document's heads after the save; more than one means someone else saved from the same base.
    public var heads: [RevisionID]

    public var isDiverged: Bool { heads.count > 1 }
    /// The header written, for keeping the store up to date without reading the file back.
    var info: RevisionInfo?
}

extension CurriculumStore {
    /// Writes a module document as a new revision whose parent is `base` (else the current head).
    @discardableResult
    public mutating func saveModule(
        _ module: Module, base: RevisionID? = nil, author: String, message: String, time: String = Timestamp.now()
    ) throws(StoreError) -> SaveResult {
        try requireWriter(author)
        guard let topicIndex = topics.firstIndex(where: { $0.id == module.topic }) else {
            throw StoreError(.notFound, "there is no topic \"\(module.topic)\" for module \(module.id)")
        }
        guard let moduleIndex = topics[topicIndex].modules.firstIndex(where: { $0.id == module.id }) else {
            throw StoreError(.notFound, "topic \(module.topic) has no module \"\(module.id)\" (create it with `workbench new`)")
        }
        let previous = topics[topicIndex].modules[moduleIndex]
        let folder = layout.moduleFolder(module.topic, module.id)
        let result = try writeRevision(
            document: module, unknown: module.unknownFields, record: previous.record, folder: folder, base: base,
            author: author, message: message, time: time)
        topics[topicIndex].modules[moduleIndex] =
            entry(afterSaving: module, as: result, over: previous) ?? loadModule(topic: module.topic, id: module.id)
        return SaveResult(id: result.id, file: result.file, heads: topics[topicIndex].modules[moduleIndex].record.heads)
    }

    /// The module's entry after `module` was written as `written` on top of the single head of
    /// `previous`, made from what was written instead of reading it back; `nil` when the folder
    /// shows anything else (someone else saved meanwhile, a file name it does not know, problems
    /// before the save), and the module must be read again.
    private func entry(afterSaving module: Module, as written: SaveResult, over previous: ModuleEntry) -> ModuleEntry? {
        let record = previous.record
        guard let info = written.info, record.problems.isEmpty, record.heads.count == 1, info.parents == record.heads,
            record.current?.id == record.heads.first
        else { return nil }
        let listed = DocumentLoader.visibleNames(in: FolderLayout.revisions(layout.moduleFolder(module.topic, module.id)))
        let ids = listed.compactMap(RevisionID.init(fileName:))
        guard ids.count == listed.count, ids.count == record.revisionIDs.count + 1,
            Set(ids) == Set(record.revisionIDs).union([written.id])
        else { return nil }
        var updated = record
        updated.revisionIDs = ids
        updated.headers[written.id] = info
        updated.heads = [written.id]
        updated.current = StoredRevision(id: written.id, info: info, document: module, file: written.file)
        let status = ReviewWorkflow.status(of: updated, reviews: previous.reviews, catalog: catalog)
        return ModuleEntry(topic: module.topic, record: updated, reviews: previous.reviews, status: status)
    }

    /// Writes a topic document as a new revision whose parent is `base` (else the current head).
    @discardableResult
    public mutating func saveTopic(
        _ topic: Topic, base: RevisionID? = nil, author: String, message: String, time: String = Timestamp.now()
    ) throws(StoreError) -> SaveResult {
        try requireWriter(author)
        guard let index = topics.firstIndex(where: { $0.id == topic.id }) else {
            throw StoreError(.notFound, "there is no topic \"\(topic.id)\"")
        }
        let result = try writeRevision(
            document: topic, unknown: topic.unknownFields, record: topics[index].record,
            folder: layout.topicFolder(topic.id), base: base, author: author, message: message, time: time)
        topics[index] = loadTopic(topic.id)
        return SaveResult(id: result.id, file: result.file, heads: topics[index].record.heads)
    }

    /// Creates a module (its first revision) and appends it to its topic's teaching order.
    @discardableResult
    public mutating func createModule(
        _ module: Module, author: String, message: String? = nil, time: String = Timestamp.now()
    ) throws(StoreError) -> SaveResult {
        try requireWriter(author)
        if let problem = Slug.problem(with: module.id) {
            throw StoreError(.invalid, "the module id \"\(module.id)\" cannot be used: \(problem)")
        }
        guard let topicIndex = topics.firstIndex(where: { $0.id == module.topic }) else {
            throw StoreError(.notFound, "there is no topic \"\(module.topic)\"")
        }
        if let existing = allModules.first(where: { $0.id == module.id }) {
            throw StoreError(.refused, "a module \"\(module.id)\" already exists in topic \(existing.topic); choose another id")
        }
        guard var topicDocument = topics[topicIndex].topic else {
            throw StoreError(.invalid, "the topic \(module.topic) cannot be read, so no module can be added to it")
        }
        let folder = layout.moduleFolder(module.topic, module.id)
        let empty = DocumentRecord<Module>(
            folder: layout.relative(folder), id: module.id, headers: [:], heads: [], current: nil, problems: [])
        let result = try writeRevision(
            document: module, unknown: module.unknownFields, record: empty, folder: folder, base: nil, author: author,
            message: message ?? "Module created", time: time)
        if !topicDocument.modules.contains(module.id) {
            topicDocument.modules.append(module.id)
            try saveTopic(topicDocument, author: author, message: "Add module \(module.id)", time: time)
        } else {
            topics[topicIndex] = loadTopic(module.topic)
        }
        let heads = topics[topicIndex].modules.first { $0.id == module.id }?.record.heads ?? [result.id]
        return SaveResult(id: result.id, file: result.file, heads: heads)
    }

    /// Refuses writers who are not on a catalog that lists members.
    func requireWriter(_ user: String) throws(StoreError) {
        guard !user.isEmpty else {
            throw StoreError(.refused, "no user name is known: give --user NAME or set WORKBENCH_USER")
        }
        guard catalog.canWrite(user) else {
            throw StoreError(
                .refused,
                "\(user) is not a member of this folder's catalog, so they can browse and print but not write")
        }
    }

    /// Writes a revision whose parents are `mergedParents` when given (a merge), else `base`,
    /// else the current head.
    func writeRevision<Document: Encodable & Sendable & Hashable>(
        document: Document, unknown: UnknownFields, record: DocumentRecord<some Sendable & Hashable>, folder: String,
        base: RevisionID?, mergedParents: [RevisionID]? = nil, author: String, message: String, time: String
    ) throws(StoreError) -> SaveResult {
        var parents: [RevisionID] = []
        if let mergedParents {
            parents = mergedParents
        } else if let base {
            guard record.revisionIDs.contains(base) else {
                throw StoreError(.notFound, "--base \(base) is not a revision of \(record.folder)")
            }
            parents = [base]
        } else if let head = record.head {
            parents = [head]
        }
        let seq = 1 + (parents.map(\.seq).max() ?? 0)
        let info = RevisionInfo(seq: seq, parents: parents, author: author, time: time, message: message)
        let tree = JSONValue.object([
            "revision": DocumentCoding.tree(of: info),
            "document": unknown.applied(to: DocumentCoding.tree(of: document)),
        ])
        let bytes = CanonicalJSON.bytes(tree)
        let id = RevisionID(seq: seq, hash: ContentHash.short(bytes))
        let revisionsFolder = FolderLayout.revisions(folder)
        try requireInsideFolder(revisionsFolder)
        try AtomicWriter.makeDirectories(revisionsFolder)
        try requireInsideFolder(revisionsFolder)
        try AtomicWriter.write(bytes, to: revisionsFolder, name: id.fileName, mode: .createNew)
        return SaveResult(id: id, file: layout.relative(revisionsFolder + "/" + id.fileName), heads: [], info: info)
    }

    /// Refuses to write through a symbolic link that leads outside the folder.
    func requireInsideFolder(_ path: String) throws(StoreError) {
        let root = Self.resolvedPath(layout.root)
        var existing = path
        while PathStatus.of(existing) == .missing && existing != "/" && !existing.isEmpty {
            existing = PathStatus.parent(existing)
        }
        let resolved = Self.resolvedPath(existing)
        guard resolved == root || resolved.hasPrefix(root + "/") else {
            throw StoreError(
                .refused,
                "\(layout.relative(existing)) leads outside the folder (a symbolic link to \(resolved)); the workbench does not write through it"
            )
        }
    }

    static func resolvedPath(_ path: String) -> String {
        realPath(path) ?? path
    }

    /// `path` with every symbolic link, `.` and `..` resolved; `nil` when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
