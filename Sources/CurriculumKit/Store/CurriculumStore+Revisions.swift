extension CurriculumStore {
    /// `record` with the header of every revision read: its whole history, for `history`,
    /// `validate` and review rules. Loading reads only what the current state needs.
    public func withHistory<Document>(_ record: DocumentRecord<Document>) -> DocumentRecord<Document> {
        DocumentLoader.withHistory(record, layout: layout)
    }

    /// The revision of `record` named by `text`: a full id (`000002-5be0194f7a21`), a seq (`2`,
    /// `000002`) when only one revision has it, or the start of a hash.
    public func revisionID<Document>(_ text: String, in record: DocumentRecord<Document>) throws(StoreError) -> RevisionID {
        if let id = RevisionID(text), record.revisionIDs.contains(id) { return id }
        let matches: [RevisionID]
        if let seq = Int(text) {
            matches = record.revisionIDs.filter { $0.seq == seq }
        } else {
            matches = record.revisionIDs.filter { $0.description.hasPrefix(text) || $0.hash.hasPrefix(text) }
        }
        switch matches.count {
        case 1: return matches[0]
        case 0:
            throw StoreError(.notFound, "\(record.folder) has no revision \"\(text)\" (see `workbench history`)")
        default:
            let names = matches.sorted().map(\.description).joined(separator: ", ")
            throw StoreError(.notFound, "\"\(text)\" names several revisions of \(record.folder) (\(names)); give the full id")
        }
    }

    /// One revision of a module, read in full and verified against its hash.
    public func moduleRevision(_ entry: ModuleEntry, id: RevisionID) throws(StoreError) -> StoredRevision<Module> {
        if let current = entry.record.current, current.id == id { return current }
        let relative = entry.record.folder + "/revisions/" + id.fileName
        do {
            return try RevisionReader.read(Module.self, id: id, path: layout.root + "/" + relative, relativePath: relative)
        } catch {
            throw StoreError(.invalid, "\(relative) cannot be used: \(error.message)")
        }
    }
}
