import Foundation

/// The review workflow's rules for one module: who may submit, comment, request changes or
/// approve, on which revision and in which status. Every refusal is one sentence saying why.
public struct ReviewRules: Sendable {
    public var entry: ModuleEntry
    public var catalog: Catalog

    public init(entry: ModuleEntry, catalog: Catalog) {
        self.entry = entry
        self.catalog = catalog
    }

    /// The module as messages name it: `07-migration-and-security/border-risk-analysis`.
    var name: String { "\(entry.topic)/\(entry.id)" }

    public var state: ReviewState {
        ReviewWorkflow.state(of: entry.record, reviews: entry.reviews, catalog: catalog)
    }

    /// The verdicts `user` may give on the current head now, for menus and key hints.
    public func allowedVerdicts(for user: String) -> [Verdict] {
        Verdict.allCases.filter { refusal(of: $0, by: user) == nil }
    }

    /// Why `user` may not record `verdict` on `revision` (the revision they read; `nil` for the
    /// current head); `nil` when the rules allow it. The comments are checked apart.
    public func refusal(of verdict: Verdict, by user: String, on revision: RevisionID? = nil) -> String? {
        let record = entry.record
        guard !user.isEmpty else { return "no user name is known: give --user NAME or set WORKBENCH_USER" }
        guard catalog.canWrite(user) else {
            return "\(user) is not a member of this folder's catalog, so they can browse and print but not review"
        }
        guard let head = record.head else { return "\(name) has no readable revision to review" }
        if let revision {
            guard record.revisionIDs.contains(revision) || record.headers[revision] != nil else {
                return "\(name) has no revision \(revision)"
            }
            guard record.heads.contains(revision) else {
                return "revision \(revision) is not the current version of \(name) (\(head) is); read the current version first"
            }
        }
        if verdict != .comment, record.isDiverged {
            return "\(name) has \(Plural.count(record.heads.count, "version", "versions")) that must be merged before it can be \(verdict.pastParticiple)"
        }
        let state = state
        switch verdict {
        case .comment:
            return nil
        case .submit:
            guard hasRole(user, [.author, .admin]) else {
                return "\(user) is not an author in this folder's catalog, so they cannot submit modules for review"
            }
            switch state.status {
            case .inReview: return "\(name) is already in review"
            case .approved: return "revision \(head) of \(name) is already approved; save a new revision to change it"
            default: return nil
            }
        case .approve:
            guard hasRole(user, [.reviewer]) else {
                return "\(user) is not a reviewer in this folder's catalog, so they cannot approve"
            }
            if !catalog.members.isEmpty, let author = record.headers[head]?.author,
                PersonName.isSame(author, user)
            {
                return "\(user) wrote revision \(head) and cannot approve it"
            }
            switch state.status {
            case .draft: return "\(name) is a draft: it must be submitted for review before it can be approved"
            case .changesRequested:
                return "changes were requested on \(name): it must be submitted again before it can be approved"
            case .approved: return "revision \(head) of \(name) is already approved"
            case .inReview, .diverged:
                if state.approvers.contains(where: { PersonName.isSame($0, user) }) {
                    let required = state.approvalsRequired
                    return "\(user) has already approved revision \(head); \(required) approvals from different reviewers are needed"
                }
                return nil
            }
        case .requestChanges:
            guard hasRole(user, [.reviewer]) else {
                return "\(user) is not a reviewer in this folder's catalog, so they cannot request changes"
            }
            switch state.status {
            case .draft: return "\(name) is a draft: changes can be requested once it is submitted for review"
            case .changesRequested: return "changes are already requested on \(name)"
            default: return nil
            }
        }
    }

    /// Why `comments` cannot go with `verdict` on a revision whose document is `document`;
    /// `nil` when they can.
    public func refusal(of comments: [NewComment], with verdict: Verdict, on document: JSONValue) -> String? {
        if verdict == .comment, comments.isEmpty {
            return "a comment needs text: say what you want to remark"
        }
        if verdict == .requestChanges, !comments.contains(where: { !$0.text.trimmed.isEmpty }) {
            return "say what should change: a change request needs a comment"
        }
        let threads = ReviewWorkflow.threads(in: entry.reviews)
        let known = Set(ReviewWorkflow.postedComments(in: entry.reviews).map(\.id))
        for comment in comments {
            if comment.text.trimmed.isEmpty, comment.resolves == nil {
                return "a comment needs text: say what you want to remark"
            }
            for target in [comment.replyTo, comment.resolves].compactMap({ $0 }) where !known.contains(target) {
                return "\(name) has no comment \"\(target)\" (see `workbench review \(name)`)"
            }
            if let target = comment.resolves,
                let thread = threads.first(where: { $0.id == target || $0.replies.contains { $0.id == target } }),
                thread.isResolved
            {
                return "comment \(thread.id) on \(name) is already resolved"
            }
            let inherits = comment.path.isEmpty && (comment.replyTo != nil || comment.resolves != nil)
            if !inherits, JSONPath(pointer: comment.path, in: document) == nil {
                return "\(name) has nothing at \"\(comment.path)\" to comment on (write a JSON pointer like /learningOutcomes/0)"
            }
        }
        return nil
    }

    /// Whether `user` has one of `roles`; everyone has every role in an open folder.
    private func hasRole(_ user: String, _ roles: Set<Role>) -> Bool {
        catalog.members.isEmpty || catalog.member(named: user)?.roles.contains(where: roles.contains) == true
    }
}

extension Verdict {
    /// "submitted", "approved": for sentences about what cannot be done yet.
    var pastParticiple: String {
        switch self {
        case .submit: "submitted for review"
        case .comment: "commented on"
        case .requestChanges: "sent back with change requests"
        case .approve: "approved"
        }
    }
}

extension String {
    fileprivate var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
