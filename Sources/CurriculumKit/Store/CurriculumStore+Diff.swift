extension CurriculumStore {
    /// The field-level changes between two revisions of a module: from `old` (default: the
    /// first parent of `new`) to `new` (default: the current head).
    public func moduleChanges(
        topic: String, module: String, from old: RevisionID? = nil, to new: RevisionID? = nil
    ) throws(StoreError) -> RevisionComparison {
        let entry = try moduleEntry(topic: topic, module: module)
        let name = "\(topic)/\(module)"
        guard let newID = new ?? entry.record.head else { throw StoreError(.notFound, "\(name) has no readable revision") }
        let newRevision = try moduleRevision(entry, id: newID)
        let oldRevision: StoredRevision<Module>?
        if let old {
            oldRevision = try moduleRevision(entry, id: old)
        } else if let parent = newRevision.info.parents.first {
            oldRevision = try moduleRevision(entry, id: parent)
        } else {
            oldRevision = nil
        }
        let changes = oldRevision.map { DocumentDiff.changes(from: $0.document, to: newRevision.document) } ?? []
        return RevisionComparison(
            old: oldRevision.map(\.id), oldInfo: oldRevision?.info, new: newID, newInfo: newRevision.info, changes: changes)
    }
}

/// Two revisions of a document and the changes between them.
public struct RevisionComparison: Hashable, Sendable {
    /// The older side; `nil` when the newer revision is the first one.
    public var old: RevisionID?
    public var oldInfo: RevisionInfo?
    public var new: RevisionID
    public var newInfo: RevisionInfo
    public var changes: [DocumentChange]
}
