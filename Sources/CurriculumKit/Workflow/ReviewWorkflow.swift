/// Derives a document's status from the review events on its current head.
public enum ReviewWorkflow {
    /// `diverged` with several heads; otherwise the events on the head, in time order, decide.
    public static func status<Document>(
        of record: DocumentRecord<Document>, reviews: [StoredReview], catalog: Catalog
    ) -> DocumentStatus {
        if record.isDiverged { return .diverged }
        guard let head = record.head else { return .draft }
        let events = reviews.map(\.event).filter { $0.revision == head }
            .sorted { ($0.time, $0.reviewer) < ($1.time, $1.reviewer) }
        var status = DocumentStatus.draft
        var approvers = Set<String>()
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
                approvers.insert(event.reviewer.lowercased())
                status = approvers.count >= max(1, catalog.approvalsRequired) ? .approved : .inReview
            }
        }
        return status
    }
}
