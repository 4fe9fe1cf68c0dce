import Foundation

extension CurriculumStore {
    /// Starts merging a diverged module's heads: finds their common ancestor and merges them
    /// field by field. `user` decides which head is "ours" (the one they wrote last, else the
    /// newest head).
    public func prepareMerge(topic: String, module: String, user: String) throws(StoreError) -> ModuleMerge {
        let entry = try moduleEntry(topic: topic, module: module)
        return try prepareMerge(entry.record, topic: topic, module: module, user: user) { id throws(StoreError) in
            try moduleRevision(entry, id: id)
        }
    }

    /// Starts merging a diverged topic document (two people added modules to one topic, say).
    public func prepareTopicMerge(topic: String, user: String) throws(StoreError) -> TopicMerge {
        guard let entry = topics.first(where: { $0.id == topic }) else {
            throw StoreError(.notFound, "there is no topic \"\(topic)\"")
        }
        return try prepareMerge(entry.record, topic: topic, module: nil, user: user) { id throws(StoreError) in
            try revision(of: entry.record, id: id)
        }
    }

    /// Writes a complete module merge as a revision whose parents are all the heads merged.
    /// Refused while a conflict is open, when the module's heads changed since the merge was
    /// prepared, or when the merged document has validation errors.
    @discardableResult
    public mutating func writeMerge(
        _ merge: ModuleMerge, author: String, message: String? = nil, time: String = Timestamp.now()
    ) throws(StoreError) -> SaveResult {
        try requireWriter(author)
        try requireResolved(merge)
        guard let module = merge.module else { throw StoreError(.invalid, "the merge names no module") }
        // Read the module again: someone may have saved since the merge was prepared.
        reloadModule(topic: merge.topic, module: module)
        let entry = try moduleEntry(topic: merge.topic, module: module)
        try requireSameHeads(merge, now: entry.record.heads)
        let document = try merge.document()
        guard document.id == module, document.topic == merge.topic else {
            throw StoreError(
                .refused, "the merged document names \(document.topic)/\(document.id), not \(merge.name); nothing was written")
        }
        let known = Set(allModules.map(\.id))
        try requireNoErrors(
            ModuleValidator(knownModules: known, expectedTopic: merge.topic).diagnose(document, file: merge.name), in: merge)
        let result = try writeRevision(
            document: document, unknown: document.unknownFields, record: entry.record,
            folder: layout.moduleFolder(merge.topic, module), base: nil, mergedParents: merge.heads, author: author,
            message: message ?? Self.mergeMessage(merge.heads), time: time)
        reloadModule(topic: merge.topic, module: module)
        let heads = try moduleEntry(topic: merge.topic, module: module).record.heads
        return SaveResult(id: result.id, file: result.file, heads: heads)
    }

    /// Writes a complete topic merge as a revision whose parents are all the heads merged.
    @discardableResult
    public mutating func writeMerge(
        _ merge: TopicMerge, author: String, message: String? = nil, time: String = Timestamp.now()
    ) throws(StoreError) -> SaveResult {
        try requireWriter(author)
        try requireResolved(merge)
        guard let index = topics.firstIndex(where: { $0.id == merge.topic }) else {
            throw StoreError(.notFound, "there is no topic \"\(merge.topic)\"")
        }
        topics[index] = loadTopic(merge.topic)
        try requireSameHeads(merge, now: topics[index].record.heads)
        let document = try merge.document()
        try requireNoErrors(TopicValidator(expectedID: merge.topic).diagnose(document, file: merge.name), in: merge)
        let result = try writeRevision(
            document: document, unknown: document.unknownFields, record: topics[index].record,
            folder: layout.topicFolder(merge.topic), base: nil, mergedParents: merge.heads, author: author,
            message: message ?? Self.mergeMessage(merge.heads), time: time)
        topics[index] = loadTopic(merge.topic)
        return SaveResult(id: result.id, file: result.file, heads: topics[index].record.heads)
    }

    private func prepareMerge<Document>(
        _ loaded: DocumentRecord<Document>, topic: String, module: String?, user: String,
        read: (RevisionID) throws(StoreError) -> StoredRevision<Document>
    ) throws(StoreError) -> DocumentMerge<Document> {
        let record = withHistory(loaded)
        let name = module.map { "\(topic)/\($0)" } ?? topic
        guard record.isDiverged else {
            let head = record.head.map(\.description) ?? "none"
            throw StoreError(.refused, "\(name) has one version (\(head)); there is nothing to merge")
        }
        let heads = Self.oursFirst(record.heads, headers: record.headers, user: user)
        let base = RevisionGraph.commonAncestor(of: heads, headers: record.headers)
        var headTrees: [JSONValue] = []
        var headInfos: [RevisionInfo] = []
        for head in heads {
            let revision = try read(head)
            headTrees.append(DocumentCoding.documentTree(of: revision.document))
            headInfos.append(revision.info)
        }
        var baseTree: JSONValue?
        if let base {
            let document = try read(base).document
            baseTree = DocumentCoding.documentTree(of: document)
        }
        return DocumentMerge(
            topic: topic, module: module, heads: heads, headInfos: headInfos, base: base, baseTree: baseTree,
            headTrees: headTrees)
    }

    /// One revision of a document, read in full and verified against its hash.
    func revision<Document: PreservingUnknownFields>(
        of record: DocumentRecord<Document>, id: RevisionID
    ) throws(StoreError) -> StoredRevision<Document> {
        if let current = record.current, current.id == id { return current }
        let relative = record.folder + "/revisions/" + id.fileName
        do {
            return try RevisionReader.read(Document.self, id: id, path: layout.root + "/" + relative, relativePath: relative)
        } catch {
            throw StoreError(.invalid, "\(relative) cannot be used: \(error.message)")
        }
    }

    private func requireResolved<Document>(_ merge: DocumentMerge<Document>) throws(StoreError) {
        let open = merge.openConflicts
        guard let first = open.first else { return }
        let fields = Plural.count(open.count, "conflicting field", "conflicting fields")
        throw StoreError(
            .refused, "\(fields) of \(merge.name) must be resolved first (\(first.label) at \(first.pointer)); nothing was written")
    }

    private func requireSameHeads<Document>(_ merge: DocumentMerge<Document>, now heads: [RevisionID]) throws(StoreError) {
        guard Set(heads) != Set(merge.heads) else { return }
        let now = heads.map(\.description).joined(separator: ", ")
        throw StoreError(.refused, "\(merge.name) changed while it was being merged (its versions are now \(now)); merge again")
    }

    private func requireNoErrors<Document>(_ findings: [Diagnostic], in merge: DocumentMerge<Document>) throws(StoreError) {
        guard let first = findings.first(where: { $0.severity == .error }) else { return }
        throw StoreError(
            .refused, "the merged \(merge.name) has an error at \(first.pointer): \(first.message); nothing was written")
    }

    private static func mergeMessage(_ heads: [RevisionID]) -> String {
        "Merge revisions " + heads.map(\.description).joined(separator: heads.count == 2 ? " and " : ", ")
    }

    /// The heads with "ours" first: the head `user` wrote last, else the newest; then the rest, newest first.
    static func oursFirst(_ heads: [RevisionID], headers: [RevisionID: RevisionInfo], user: String) -> [RevisionID] {
        let newestFirst = heads.sorted { lhs, rhs in
            let left = headers[lhs]?.time ?? ""
            let right = headers[rhs]?.time ?? ""
            return left != right ? left > right : lhs > rhs
        }
        guard let ours = newestFirst.first(where: { headers[$0].map { PersonName.isSame($0.author, user) } == true })
        else { return newestFirst }
        return [ours] + newestFirst.filter { $0 != ours }
    }

    /// The module `topic/module`, or why there is none.
    func moduleEntry(topic: String, module: String) throws(StoreError) -> ModuleEntry {
        guard let entry = topics.first(where: { $0.id == topic })?.modules.first(where: { $0.id == module }) else {
            throw StoreError(.notFound, "there is no module \(topic)/\(module)")
        }
        return entry
    }

    /// Reads a module again after writing to it.
    mutating func reloadModule(topic: String, module: String) {
        guard let topicIndex = topics.firstIndex(where: { $0.id == topic }),
            let moduleIndex = topics[topicIndex].modules.firstIndex(where: { $0.id == module })
        else { return }
        topics[topicIndex].modules[moduleIndex] = loadModule(topic: topic, id: module)
    }
}
