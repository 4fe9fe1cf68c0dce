import Foundation

/// Derives a document's status from the review events on its current head, and checks the
/// workflow's rules before an event is recorded (see `ReviewWorkflow+Rules.swift`).
public enum ReviewWorkflow {
    /// `diverged` with several heads; otherwise the events on the head, in time order, decide.
    public static func status<Document>(
        of record: DocumentRecord<Document>, reviews: [StoredReview], catalog: Catalog
    ) -> DocumentStatus {
        state(of: record, reviews: reviews, catalog: catalog).status
    }

    /// The status with the approvals that count towards it.
    public static func state<Document>(
        of record: DocumentRecord<Document>, reviews: [StoredReview], catalog: Catalog
    ) -> ReviewState {
        let required = max(1, catalog.approvalsRequired)
        if record.isDiverged { return ReviewState(status: .diverged, approvers: [], approvalsRequired: required) }
        guard let head = record.head else { return ReviewState(status: .draft, approvers: [], approvalsRequired: required) }
        let events = inTimeOrder(reviews.map(\.event).filter { $0.revision == head })
        var status = DocumentStatus.draft
        var approvers: [String] = []
        for event in events {
            switch event.verdict {
            case .comment:
                continue
            case .submit:
                status = .inReview
                approvers = []
            case .requestChanges:
                status = .changesRequested
                approvers = []
            case .approve:
                guard catalog.countsApproval(by: event.reviewer, ofRevisionBy: record.headers[head]?.author) else { continue }
                if !approvers.contains(where: { PersonName.isSame($0, event.reviewer) }) {
                    approvers.append(event.reviewer)
                }
                status = approvers.count >= required ? .approved : .inReview
            }
        }
        return ReviewState(status: status, approvers: approvers, approvalsRequired: required)
    }
}

/// Where a document stands in review: its status and the approvals given on its head.
public struct ReviewState: Hashable, Sendable {
    public var status: DocumentStatus
    /// The reviewers whose approval of the head counts, since it was last submitted.
    public var approvers: [String]
    /// How many approvals from different reviewers the catalog asks for (at least one).
    public var approvalsRequired: Int

    public init(status: DocumentStatus, approvers: [String], approvalsRequired: Int) {
        self.status = status
        self.approvers = approvers
        self.approvalsRequired = approvalsRequired
    }
}
