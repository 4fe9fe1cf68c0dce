/// A revision read from disk: its id, its header and its document, hash verified.
public struct StoredRevision<Document: Sendable & Hashable>: Sendable, Hashable {
    public var id: RevisionID
    public var info: RevisionInfo
    public var document: Document
    /// The file, relative to the folder.
    public var file: String
}

/// A document folder: every revision's header, the heads, and the newest head in full.
public struct DocumentRecord<Document: Sendable & Hashable>: Sendable, Hashable {
    /// The document folder, relative to the curricula folder.
    public var folder: String
    /// The document id (the folder's name).
    public var id: String
    /// The headers read, by id: every revision's when `isHistoryLoaded`, else only the current
    /// one's (a linear history is not read at load; see `CurriculumStore.withHistory`).
    public var headers: [RevisionID: RevisionInfo]
    /// Revisions no other revision names as parent, newest first.
    public var heads: [RevisionID]
    /// The newest head, read in full and verified; `nil` when it cannot be used.
    public var current: StoredRevision<Document>?
    /// Errors found while loading: unreadable or altered files.
    public var problems: [Diagnostic]
    /// Every revision of the document, from the file names, oldest first.
    public var revisionIDs: [RevisionID] = []
    /// Whether the header of every revision has been read into `headers`.
    public var isHistoryLoaded = true

    /// Whether two or more heads exist: two people saved from the same base.
    public var isDiverged: Bool { heads.count > 1 }

    /// The revision a new edit continues from.
    public var head: RevisionID? { current?.id ?? heads.first }

    /// Whether the document's files have errors.
    public var hasErrors: Bool { problems.contains { $0.severity == .error } }
}
