import Foundation
import Testing

@testable import CurriculumKit

private let moduleID = "border-risk-analysis"

private let reviewers = [
    Member(name: Fixtures.author, institution: "Ministry of Interior", country: "ME", roles: [.author]),
    Member(name: Fixtures.reviewer, institution: "Commissariat for Refugees and Migration", country: "RS", roles: [.reviewer]),
    Member(name: Fixtures.secondReviewer, institution: "Ministry of Interior", country: "MK", roles: [.reviewer, .author]),
    Member(name: "Trainer Tanja", institution: "Training centre", country: "BA", roles: [.trainer]),
]

extension FixtureFolder {
    /// Appends a review event on the module's current head (or `revision`) and returns the status after it.
    @discardableResult
    fileprivate mutating func review(
        _ verdict: Verdict, by reviewer: String, minute: Int, on revision: RevisionID? = nil,
        comments: [ReviewComment] = [], sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> DocumentStatus {
        let head = try #require(try store.requireModule(moduleID).record.head, sourceLocation: sourceLocation)
        let event = ReviewEvent(
            revision: revision ?? head, reviewer: reviewer, time: Fixtures.time(minute), verdict: verdict, comments: comments)
        try store.appendReview(event, topic: Fixtures.securityTopic, module: moduleID)
        return try store.requireModule(moduleID).status
    }

    fileprivate var status: DocumentStatus {
        get throws { try store.requireModule(moduleID).status }
    }

    fileprivate mutating func saveNewRevision(minute: Int) throws -> SaveResult {
        var module = try #require(try store.requireModule(moduleID).module)
        module.aim = "Revised at minute \(minute)."
        return try store.saveModule(module, author: Fixtures.author, message: "Revise", time: Fixtures.time(minute))
    }
}

@Suite("Review workflow")
struct ReviewWorkflowTests {
    @Test("a new module is a draft")
    func newModuleIsDraft() throws {
        try withFixtureFolder { folder throws in
            #expect(try folder.status == .draft)
        }
    }

    @Test("draft → submit → in-review → request-changes → submit → approved")
    func fullCycle() throws {
        try withFixtureFolder(catalog: Fixtures.catalog(members: reviewers)) { folder throws in
            #expect(try folder.status == .draft)
            #expect(try folder.review(.submit, by: Fixtures.author, minute: 20) == .inReview)
            #expect(try folder.review(.comment, by: Fixtures.reviewer, minute: 21) == .inReview)
            #expect(try folder.review(.requestChanges, by: Fixtures.reviewer, minute: 22) == .changesRequested)
            #expect(try folder.review(.comment, by: Fixtures.author, minute: 23) == .changesRequested)
            #expect(try folder.review(.submit, by: Fixtures.author, minute: 24) == .inReview)
            #expect(try folder.review(.approve, by: Fixtures.reviewer, minute: 25) == .approved)
            #expect(try folder.reopened().requireModule(moduleID).status == .approved)
            #expect(try folder.reopened().requireModule(moduleID).reviews.count == 6)
        }
    }

    @Test("approval needs approvalsRequired distinct reviewers")
    func distinctReviewers() throws {
        try withFixtureFolder(catalog: Fixtures.catalog(members: reviewers, approvalsRequired: 2)) { folder throws in
            try folder.review(.submit, by: Fixtures.author, minute: 20)
            #expect(try folder.review(.approve, by: Fixtures.reviewer, minute: 21) == .inReview)
            // The same reviewer again, even spelled differently, is still one approval.
            #expect(try folder.review(.approve, by: Fixtures.reviewer.uppercased(), minute: 22) == .inReview)
            #expect(try folder.review(.approve, by: Fixtures.secondReviewer, minute: 23) == .approved)
        }
    }

    @Test("a change request clears the approvals given before it")
    func requestChangesClearsApprovals() throws {
        try withFixtureFolder(catalog: Fixtures.catalog(members: reviewers, approvalsRequired: 2)) { folder throws in
            try folder.review(.submit, by: Fixtures.author, minute: 20)
            try folder.review(.approve, by: Fixtures.reviewer, minute: 21)
            #expect(try folder.review(.requestChanges, by: Fixtures.secondReviewer, minute: 22) == .changesRequested)
            #expect(try folder.review(.approve, by: Fixtures.secondReviewer, minute: 23) == .inReview)
            #expect(try folder.review(.approve, by: Fixtures.reviewer, minute: 24) == .approved)
        }
    }

    @Test("events on an older revision do not count for the current head")
    func eventsOnOlderRevision() throws {
        try withFixtureFolder(catalog: Fixtures.catalog(members: reviewers)) { folder throws in
            let first = try #require(try folder.store.requireModule(moduleID).record.head)
            try folder.review(.submit, by: Fixtures.author, minute: 20)
            #expect(try folder.review(.approve, by: Fixtures.reviewer, minute: 21) == .approved)

            let second = try folder.saveNewRevision(minute: 30)
            #expect(try folder.status == .draft)
            // Late events on the first revision still do not count.
            #expect(try folder.review(.submit, by: Fixtures.author, minute: 31, on: first) == .draft)
            #expect(try folder.review(.approve, by: Fixtures.secondReviewer, minute: 32, on: first) == .draft)
            #expect(try folder.review(.submit, by: Fixtures.author, minute: 33, on: second.id) == .inReview)
            #expect(try folder.review(.approve, by: Fixtures.reviewer, minute: 34) == .approved)
            let reviews = try folder.store.requireModule(moduleID).reviews
            #expect(reviews.count == 6)
            #expect(reviews.filter { $0.event.revision == first }.count == 4)
        }
    }

    @Test("events count in time order, not in file order")
    func timeOrder() throws {
        try withFixtureFolder(catalog: Fixtures.catalog(members: reviewers)) { folder throws in
            // The approval is written first but happened after the change request.
            try folder.review(.submit, by: Fixtures.author, minute: 20)
            try folder.review(.approve, by: Fixtures.reviewer, minute: 40)
            #expect(try folder.review(.requestChanges, by: Fixtures.secondReviewer, minute: 30) == .approved)
        }
    }

    @Test("a diverged module is diverged whatever its reviews say")
    func divergedWins() throws {
        try withFixtureFolder { folder throws in
            let base = try #require(try folder.store.requireModule(moduleID).record.head)
            try folder.review(.submit, by: Fixtures.author, minute: 20)
            try folder.review(.approve, by: Fixtures.reviewer, minute: 21)
            let module = Fixtures.module(moduleID)
            var a = module
            a.title = "A"
            var b = module
            b.title = "B"
            try folder.store.saveModule(a, base: base, author: Fixtures.author, message: "a", time: Fixtures.time(30))
            try folder.store.saveModule(b, base: base, author: Fixtures.reviewer, message: "b", time: Fixtures.time(31))
            #expect(try folder.status == .diverged)
        }
    }

    @Test("only reviewers approve, and nobody approves a revision they wrote")
    func onlyReviewersApprove() throws {
        try withFixtureFolder(catalog: Fixtures.catalog(members: reviewers)) { folder throws in
            try folder.review(.submit, by: Fixtures.author, minute: 20)
            let before = filesUnder(folder.root)
            let head = try #require(try folder.store.requireModule(moduleID).record.head)

            let byAuthor = ReviewEvent(revision: head, reviewer: Fixtures.author, time: Fixtures.time(21), verdict: .approve)
            #expect(
                expectStoreError(.refused) {
                    try folder.store.appendReview(byAuthor, topic: Fixtures.securityTopic, module: moduleID)
                }?.message == "Ana Petrović is not a reviewer in this folder's catalog, so they cannot approve")
            let byTrainer = ReviewEvent(revision: head, reviewer: "trainer tanja", time: Fixtures.time(21), verdict: .approve)
            #expect(
                expectStoreError(.refused) {
                    try folder.store.appendReview(byTrainer, topic: Fixtures.securityTopic, module: moduleID)
                }?.message == "trainer tanja is not a reviewer in this folder's catalog, so they cannot approve")
            #expect(filesUnder(folder.root) == before)

            // A reviewer who is also an author cannot approve their own revision.
            var module = try #require(try folder.store.requireModule(moduleID).module)
            module.title = "Elena's edit"
            let own = try folder.store.saveModule(module, author: Fixtures.secondReviewer, message: "Edit", time: Fixtures.time(22))
            let selfApproval = ReviewEvent(revision: own.id, reviewer: Fixtures.secondReviewer, time: Fixtures.time(23), verdict: .approve)
            #expect(
                expectStoreError(.refused) {
                    try folder.store.appendReview(selfApproval, topic: Fixtures.securityTopic, module: moduleID)
                }?.message == "Elena Stojanovska wrote revision \(own.id) and cannot approve it")
            #expect(try folder.review(.approve, by: Fixtures.reviewer, minute: 24) == .approved)
        }
    }

    @Test("approvals that break the rules (copied in from elsewhere) are not counted")
    func invalidApprovalsNotCounted() throws {
        try withFixtureFolder(catalog: Fixtures.catalog(members: reviewers)) { folder throws in
            let head = try #require(try folder.store.requireModule(moduleID).record.head)
            let reviewsFolder = FolderLayout.reviews(folder.moduleFolder(moduleID))
            try AtomicWriter.makeDirectories(reviewsFolder)
            for (index, name) in [Fixtures.author, "Trainer Tanja", "Someone Else"].enumerated() {
                let event = ReviewEvent(revision: head, reviewer: name, time: Fixtures.time(30 + index), verdict: .approve)
                try folder.write(DocumentCoding.encode(event), to: reviewsFolder + "/approval-\(index).json")
            }
            let entry = try folder.reopened().requireModule(moduleID)
            #expect(entry.reviews.count == 3)
            #expect(entry.status == .draft)
        }
    }

    @Test("in an open folder anyone may approve, and approvalsRequired below 1 still needs one approval")
    func openFolder() throws {
        try withFixtureFolder(catalog: Fixtures.catalog(approvalsRequired: 0)) { folder throws in
            #expect(try folder.review(.submit, by: Fixtures.author, minute: 20) == .inReview)
            #expect(try folder.review(.approve, by: Fixtures.author, minute: 21) == .approved)
        }
    }

    @Test("a review is a new file named by time, reviewer and hash, in canonical form")
    func reviewFiles() throws {
        try withFixtureFolder { folder throws in
            let head = try #require(try folder.store.requireModule(moduleID).record.head)
            let event = ReviewEvent(
                revision: head, reviewer: "Марко Марковић", time: "2026-11-22T10:15:03Z", verdict: .comment,
                comments: [ReviewComment(id: "c1", path: "/learningOutcomes/1", text: "Конкретније, молим.")])
            let file = try folder.store.appendReview(event, topic: Fixtures.securityTopic, module: moduleID)
            let bytes = DocumentCoding.encode(event)
            #expect(
                file
                    == "topics/07-migration-and-security/modules/border-risk-analysis/reviews/20261122T101503Z-marko-markovic-\(ReferenceSHA256.short(bytes).prefix(4)).json"
            )
            #expect(try folder.read(folder.root + "/" + file) == bytes)
            let stored = try #require(try folder.reopened().requireModule(moduleID).reviews.first)
            #expect(stored.event == event)
            #expect(stored.file == file)
            // Appending the identical event again changes nothing.
            #expect(try folder.store.appendReview(event, topic: Fixtures.securityTopic, module: moduleID) == file)
            #expect(try folder.store.requireModule(moduleID).reviews.count == 1)
        }
    }

    @Test("a review of an unknown module, or with a time that is not a UTC time, is refused and writes nothing")
    func reviewRefusals() throws {
        try withFixtureFolder { folder throws in
            let head = try #require(try folder.store.requireModule(moduleID).record.head)
            let event = ReviewEvent(revision: head, reviewer: Fixtures.reviewer, time: Fixtures.time(20), verdict: .submit)
            #expect(
                expectStoreError(.notFound) {
                    try folder.store.appendReview(event, topic: Fixtures.securityTopic, module: "nope")
                }?.message == "there is no module 07-migration-and-security/nope")
            let before = filesUnder(folder.scratch)
            let escaping = ReviewEvent(revision: head, reviewer: Fixtures.reviewer, time: "../../../../../escaped", verdict: .submit)
            #expect(
                expectStoreError(.invalid) {
                    try folder.store.appendReview(escaping, topic: Fixtures.securityTopic, module: moduleID)
                }?.message == "the review time \"../../../../../escaped\" is not a UTC time like 2026-11-22T10:15:03Z")
            #expect(filesUnder(folder.scratch) == before)
        }
    }

    @Test("a damaged review file is reported for that file only")
    func damagedReviewFile() throws {
        try withFixtureFolder { folder throws in
            try folder.review(.submit, by: Fixtures.author, minute: 20)
            let reviewsFolder = FolderLayout.reviews(folder.moduleFolder(moduleID))
            try folder.write(utf8("{\"revision\": "), to: reviewsFolder + "/20261122T103000Z-broken-0000.json")
            try folder.write(utf8("{"), to: reviewsFolder + "/.tmp-half.json")
            let store = try folder.reopened()
            let entry = try store.requireModule(moduleID)
            #expect(entry.status == .inReview)
            #expect(
                store.loadProblems == [
                    Diagnostic(
                        .error, file: "topics/07-migration-and-security/modules/border-risk-analysis/reviews/20261122T103000Z-broken-0000.json",
                        "not valid JSON: the document ends where a value was expected at line 1, column 14")
                ])
            #expect(entry.module != nil)
        }
    }

    @Test("status is derived from the events alone, for any record")
    func pureStatus() {
        let head = RevisionID(seq: 2, hash: "bbbbbbbbbbbb")
        let info = RevisionInfo(seq: 2, parents: [], author: "Ana", time: Fixtures.time(0), message: "")
        let record = DocumentRecord<Module>(
            folder: "m", id: "m", headers: [head: info], heads: [head], current: nil, problems: [])
        func status(_ events: [(Verdict, String, Int)], approvals: Int = 1) -> DocumentStatus {
            let reviews = events.map { verdict, reviewer, minute in
                StoredReview(file: "r", event: ReviewEvent(revision: head, reviewer: reviewer, time: Fixtures.time(minute), verdict: verdict))
            }
            return ReviewWorkflow.status(of: record, reviews: reviews, catalog: Fixtures.catalog(approvalsRequired: approvals))
        }
        #expect(status([]) == .draft)
        #expect(status([(.comment, "x", 1)]) == .draft)
        #expect(status([(.submit, "Ana", 1)]) == .inReview)
        #expect(status([(.submit, "Ana", 1), (.approve, "Marko", 2)]) == .approved)
        #expect(status([(.submit, "Ana", 1), (.approve, "Marko", 2)], approvals: 2) == .inReview)
        #expect(status([(.submit, "Ana", 1), (.approve, "Marko", 2), (.submit, "Ana", 3)]) == .inReview)
        #expect(status([(.approve, "Marko", 2), (.requestChanges, "Elena", 3)]) == .changesRequested)
        let empty = DocumentRecord<Module>(folder: "m", id: "m", headers: [:], heads: [], current: nil, problems: [])
        #expect(ReviewWorkflow.status(of: empty, reviews: [], catalog: Fixtures.catalog()) == .draft)
    }
}
