extension CurriculumStore {
    /// Writes the content of an old revision as a new revision on the current head, so that
    /// nothing in between is lost: history shows the restore like any other save.
    @discardableResult
    public mutating func restoreModule(
        topic: String, module: String, revision: RevisionID, author: String, message: String? = nil,
        time: String = Timestamp.now()
    ) throws(StoreError) -> SaveResult {
        let entry = try moduleEntry(topic: topic, module: module)
        let name = "\(topic)/\(module)"
        guard !entry.record.isDiverged else {
            throw StoreError(
                .refused, "\(name) has \(Plural.count(entry.record.heads.count, "version", "versions")); merge them before restoring an old revision")
        }
        guard let head = entry.record.head else {
            throw StoreError(.refused, "\(name) has no readable current revision")
        }
        guard revision != head else {
            throw StoreError(.refused, "revision \(revision) is already the current version of \(name)")
        }
        let old = try moduleRevision(entry, id: revision)
        if let current = entry.record.current, current.document == old.document {
            throw StoreError(
                .refused,
                "the current version of \(name) already has the content of revision \(revision); nothing was written")
        }
        return try saveModule(
            old.document, base: head, author: author, message: message ?? "Restore revision \(revision)", time: time)
    }
}
