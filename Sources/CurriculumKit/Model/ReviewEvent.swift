/// One reviewer's act on one revision, stored as its own file under `reviews/`.
public struct ReviewEvent: Codable, Hashable, Sendable {
    public var revision: RevisionID
    public var reviewer: String
    public var time: String
    public var verdict: Verdict
    public var comments: [ReviewComment]

    public init(revision: RevisionID, reviewer: String, time: String, verdict: Verdict, comments: [ReviewComment] = []) {
        self.revision = revision
        self.reviewer = reviewer
        self.time = time
        self.verdict = verdict
        self.comments = comments
    }
}

/// A remark anchored to a place in the document by a JSON pointer.
public struct ReviewComment: Codable, Hashable, Sendable {
    public var id: String
    /// A JSON pointer into the document, e.g. `/learningOutcomes/2`.
    public var path: String
    public var text: String
    /// The id of the comment this one resolves.
    public var resolves: String?
    /// The id of the comment this one answers; absent in files written before replies existed.
    public var replyTo: String?

    public init(id: String, path: String, text: String, resolves: String? = nil, replyTo: String? = nil) {
        self.id = id
        self.path = path
        self.text = text
        self.resolves = resolves
        self.replyTo = replyTo
    }
}

/// Where a document stands in the review workflow, derived from the events on its head.
public enum DocumentStatus: String, Codable, Sendable, CaseIterable {
    case draft
    case inReview = "in-review"
    case changesRequested = "changes-requested"
    case approved
    case diverged
}
