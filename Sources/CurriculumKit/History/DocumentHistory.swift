/// One revision in a document's history, as `workbench history` lists it.
public struct HistoryEntry: Sendable, Hashable, Codable {
    public var id: String
    public var seq: Int
    public var parents: [String]
    public var author: String
    public var time: String
    public var message: String
    /// Whether no other revision names this one as parent.
    public var isHead: Bool
    /// Whether this is the revision the workbench shows as the document's current text.
    public var isCurrent: Bool
}

extension DocumentRecord {
    /// Every revision whose header could be read, newest first (seq, then time).
    public var history: [HistoryEntry] {
        let heads = Set(heads)
        return headers.sorted { lhs, rhs in
            if lhs.key.seq != rhs.key.seq { return lhs.key.seq > rhs.key.seq }
            if lhs.value.time != rhs.value.time { return lhs.value.time > rhs.value.time }
            return lhs.key > rhs.key
        }.map { id, info in
            HistoryEntry(
                id: id.description, seq: id.seq, parents: info.parents.map(\.description), author: info.author,
                time: info.time, message: info.message, isHead: heads.contains(id), isCurrent: current?.id == id)
        }
    }
}
