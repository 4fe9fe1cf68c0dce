/// A merge of a diverged module's versions (see `DocumentMerge`).
public typealias ModuleMerge = DocumentMerge<Module>

/// A merge of a diverged topic document's versions (see `DocumentMerge`).
public typealias TopicMerge = DocumentMerge<Topic>

/// A merge of a diverged document's heads in progress: computed, then resolved conflict by
/// conflict, then written with `CurriculumStore.writeMerge`.
///
/// The heads are ordered "ours" first: the head the merging user wrote last, else the newest
/// head; "theirs" is the other head when there are two.
public struct DocumentMerge<Document: PreservingUnknownFields & Sendable & Hashable>: Sendable, Hashable {
    public let topic: String
    /// The module's id; `nil` when the topic's own document is merged.
    public let module: String?
    /// The heads being merged, ours first; they become the merge revision's parents.
    public let heads: [RevisionID]
    /// Each head's header, in `heads` order.
    public let headInfos: [RevisionInfo]
    /// The common ancestor the changes are measured from; `nil` when the heads share no history.
    public let base: RevisionID?
    let baseTree: JSONValue?
    let headTrees: [JSONValue]
    /// The resolutions chosen so far, by conflict id.
    public private(set) var resolutions: [String: MergeChoice] = [:]
    /// Every conflict, with its resolution when it has one, in document order.
    public private(set) var conflicts: [MergeConflict] = []
    /// The merged document; an open conflict holds ours.
    public private(set) var merged: JSONValue = .null

    init(
        topic: String, module: String?, heads: [RevisionID], headInfos: [RevisionInfo], base: RevisionID?,
        baseTree: JSONValue?, headTrees: [JSONValue]
    ) {
        self.topic = topic
        self.module = module
        self.heads = heads
        self.headInfos = headInfos
        self.base = base
        self.baseTree = baseTree
        self.headTrees = headTrees
        recompute()
    }

    /// The conflicts still open.
    public var openConflicts: [MergeConflict] { conflicts.filter { !$0.isResolved } }

    /// Whether every conflict is resolved, so the merge can be written.
    public var isComplete: Bool { openConflicts.isEmpty }

    /// Resolves the conflict `id` (see `MergeConflict.id`); later conflicts may appear or go
    /// (a removed item's fields no longer conflict, say).
    public mutating func resolve(_ id: String, with choice: MergeChoice) {
        resolutions[id] = choice
        recompute()
    }

    /// Resolves every open conflict with the same choice, until none is left open.
    public mutating func resolveAll(with choice: MergeChoice) {
        while let open = openConflicts.first {
            for conflict in openConflicts { resolutions[conflict.id] = choice }
            recompute()
            if openConflicts.first == open { break }
        }
    }

    /// The document as messages name it: `TOPIC/MODULE`, or the topic's id.
    public var name: String { module.map { "\(topic)/\($0)" } ?? topic }

    /// The merged document, decoded like a saved one.
    public func document() throws(StoreError) -> Document {
        do {
            return try DocumentCoding.decodeDocument(Document.self, from: CanonicalJSON.bytes(merged))
        } catch {
            throw StoreError(.invalid, "the merged \(name) is not a usable document: \(error)")
        }
    }

    /// What the merge changes in the head at `index` (ours by default).
    public func changes(toHead index: Int = 0) -> [DocumentChange] {
        DocumentDiff.changes(from: headTrees[index], to: merged)
    }

    private mutating func recompute() {
        (merged, conflicts) = TreeMerge.merge(base: baseTree, versions: headTrees, resolutions: resolutions)
    }
}
