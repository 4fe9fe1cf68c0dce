/// One difference between two versions of a document: a field edited, a list item added,
/// removed or moved.
public struct DocumentChange: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case added, removed, changed, moved
    }

    public var kind: Kind
    /// A JSON pointer into the new document (the old one for removals), e.g.
    /// `/learningOutcomes/1/text`.
    public var pointer: String
    /// The place for people: "Title", "Learning outcome LO2 · text", "Session S3 added".
    public var label: String
    /// A short display form of the old value; `nil` when added.
    public var old: String?
    /// A short display form of the new value; `nil` when removed.
    public var new: String?
    /// Word-level changes inside a long text; empty when they would not help.
    public var words: [WordChange]

    public init(kind: Kind, pointer: String, label: String, old: String?, new: String?, words: [WordChange] = []) {
        self.kind = kind
        self.pointer = pointer
        self.label = label
        self.old = old
        self.new = new
        self.words = words
    }
}

/// A run of text in a word-level diff: kept, inserted or deleted, whitespace included.
public struct WordChange: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case same, inserted, deleted
    }

    public var kind: Kind
    public var text: String

    public init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }
}

extension DocumentChange.Kind {
    /// The word used in command output and JSON: `added`, `removed`, `changed`, `moved`.
    public var word: String {
        switch self {
        case .added: "added"
        case .removed: "removed"
        case .changed: "changed"
        case .moved: "moved"
        }
    }
}

extension WordChange.Kind {
    /// The word used in JSON output: `same`, `inserted`, `deleted`.
    public var word: String {
        switch self {
        case .same: "same"
        case .inserted: "inserted"
        case .deleted: "deleted"
        }
    }
}
