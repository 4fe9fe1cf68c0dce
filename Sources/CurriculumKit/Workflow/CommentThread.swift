/// A comment as it was posted: the comment and the event that carried it.
public struct PostedComment: Hashable, Sendable {
    public var comment: ReviewComment
    /// The revision the comment was made on.
    public var revision: RevisionID
    /// Who wrote it (the event's reviewer).
    public var author: String
    public var time: String
    /// The verdict of the event that carried it (a change request's reasons, say).
    public var verdict: Verdict

    public var id: String { comment.id }
}

/// A comment with its replies and, once someone resolves it, the resolution.
public struct CommentThread: Hashable, Sendable {
    public var root: PostedComment
    /// Replies in time order, replies to replies included.
    public var replies: [PostedComment]
    /// The comment that resolved the thread; `nil` while it is open.
    public var resolution: PostedComment?

    public var id: String { root.id }
    /// Where in the document the thread is anchored (a JSON pointer; empty for the whole document).
    public var path: String { root.comment.path }
    public var isResolved: Bool { resolution != nil }
}

extension ReviewWorkflow {
    /// Every comment thread of a document, oldest first: comments that answer or resolve
    /// another join its thread, whatever revision they were made on.
    public static func threads(in reviews: [StoredReview]) -> [CommentThread] {
        let posted = postedComments(in: reviews)
        var rootOf: [String: String] = [:]
        var threads: [CommentThread] = []
        var indexOf: [String: Int] = [:]
        for item in posted {
            let target = item.comment.resolves ?? item.comment.replyTo
            if let target, let root = rootOf[target], let index = indexOf[root] {
                rootOf[item.id] = root
                if item.comment.resolves != nil, threads[index].resolution == nil {
                    threads[index].resolution = item
                } else {
                    threads[index].replies.append(item)
                }
            } else if indexOf[item.id] == nil {
                rootOf[item.id] = item.id
                indexOf[item.id] = threads.count
                threads.append(CommentThread(root: item, replies: [], resolution: nil))
            }
        }
        return threads
    }

    /// Every comment of every event, in time order (then reviewer, then place in the event).
    public static func postedComments(in reviews: [StoredReview]) -> [PostedComment] {
        inTimeOrder(reviews.map(\.event)).flatMap { event in
            event.comments.map {
                PostedComment(comment: $0, revision: event.revision, author: event.reviewer, time: event.time, verdict: event.verdict)
            }
        }
    }

    /// Events sorted by time, then reviewer: the order in which they count.
    public static func inTimeOrder(_ events: [ReviewEvent]) -> [ReviewEvent] {
        events.sorted { ($0.time, $0.reviewer) < ($1.time, $1.reviewer) }
    }
}

extension ModuleEntry {
    /// The module's comment threads, oldest first, open and resolved.
    public var commentThreads: [CommentThread] {
        ReviewWorkflow.threads(in: reviews)
    }
}
