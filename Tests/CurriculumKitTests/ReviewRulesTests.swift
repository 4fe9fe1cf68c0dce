import Foundation
import Testing

@testable import CurriculumKit

private let moduleID = "border-risk-analysis"
private let topic = Fixtures.securityTopic
private let trainer = "Trainer Tanja"

private let members = [
    Member(name: Fixtures.author, institution: "Ministry of Interior", country: "ME", roles: [.author]),
    Member(name: Fixtures.reviewer, institution: "Commissariat for Refugees and Migration", country: "RS", roles: [.reviewer]),
    Member(name: Fixtures.secondReviewer, institution: "Ministry of Interior", country: "MK", roles: [.reviewer, .author]),
    Member(name: trainer, institution: "Training centre", country: "BA", roles: [.trainer]),
]

extension FixtureFolder {
    /// Records a review action through the workflow's rules and returns the status after it.
    @discardableResult
    fileprivate mutating func act(
        _ verdict: Verdict, by user: String, minute: Int, on revision: RevisionID? = nil, comments: [NewComment] = []
    ) throws -> DocumentStatus {
        try store.review(verdict, topic: topic, module: moduleID, by: user, on: revision, comments: comments, time: Fixtures.time(minute))
        return try store.requireModule(moduleID).status
    }

    /// The refusal of an action, checking that it wrote nothing.
    fileprivate mutating func refusal(
        _ verdict: Verdict, by user: String, minute: Int = 50, on revision: RevisionID? = nil, comments: [NewComment] = [],
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> String? {
        let before = filesUnder(root)
        let error = expectStoreError(.refused, sourceLocation: sourceLocation) {
            try act(verdict, by: user, minute: minute, on: revision, comments: comments)
        }
        #expect(filesUnder(root) == before, "a refused action wrote files", sourceLocation: sourceLocation)
        return error?.message
    }

    fileprivate var entry: ModuleEntry {
        get throws { try store.requireModule(moduleID) }
    }
}

private let reason = NewComment(path: "/learningOutcomes/1", text: "Make LO2 measurable.")

@Suite("Review rules")
struct ReviewRulesTests {
    @Test("draft → submit → changes requested → new revision → submit → two approvals")
    func fullCycle() throws {
        try withFixtureFolder(catalog: Fixtures.catalog(members: members, approvalsRequired: 2)) { folder throws in
            #expect(try folder.act(.submit, by: Fixtures.author, minute: 20) == .inReview)
            #expect(try folder.act(.requestChanges, by: Fixtures.reviewer, minute: 21, comments: [reason]) == .changesRequested)
            var module = try #require(try folder.entry.module)
            module.learningOutcomes[1].text = "Apply the framework to two real cases."
            try folder.store.saveModule(module, author: Fixtures.author, message: "Measurable LO2", time: Fixtures.time(22))
            #expect(try folder.entry.status == .draft)
            #expect(try folder.act(.submit, by: Fixtures.author, minute: 23) == .inReview)
            #expect(try folder.act(.approve, by: Fixtures.reviewer, minute: 24) == .inReview)
            let state = ReviewRules(entry: try folder.entry, catalog: folder.store.catalog).state
            #expect(state.approvers == [Fixtures.reviewer] && state.approvalsRequired == 2)
            #expect(try folder.act(.approve, by: Fixtures.secondReviewer, minute: 25) == .approved)
            // A new revision after approval is a draft again.
            module.aim = "Changed after approval."
            try folder.store.saveModule(module, author: Fixtures.author, message: "Aim", time: Fixtures.time(26))
            #expect(try folder.entry.status == .draft)
        }
    }

    @Test("who may do what, with a members list")
    func roles() throws {
        try withFixtureFolder(catalog: Fixtures.catalog(members: members)) { folder throws in
            #expect(folder.refusal(.submit, by: trainer) == "Trainer Tanja is not an author in this folder's catalog, so they cannot submit modules for review")
            #expect(folder.refusal(.submit, by: "Stranger") == "Stranger is not a member of this folder's catalog, so they can browse and print but not review")
            #expect(folder.refusal(.comment, by: "", comments: [reason]) == "no user name is known: give --user NAME or set WORKBENCH_USER")
            #expect(folder.refusal(.approve, by: Fixtures.reviewer) == "\(topic)/\(moduleID) is a draft: it must be submitted for review before it can be approved")
            #expect(folder.refusal(.requestChanges, by: Fixtures.reviewer, comments: [reason]) == "\(topic)/\(moduleID) is a draft: changes can be requested once it is submitted for review")
            try folder.act(.submit, by: Fixtures.author, minute: 20)
            #expect(folder.refusal(.submit, by: Fixtures.author) == "\(topic)/\(moduleID) is already in review")
            #expect(folder.refusal(.approve, by: Fixtures.author) == "Ana Petrović is not a reviewer in this folder's catalog, so they cannot approve")
            #expect(folder.refusal(.approve, by: trainer) == "Trainer Tanja is not a reviewer in this folder's catalog, so they cannot approve")
            #expect(folder.refusal(.requestChanges, by: Fixtures.author, comments: [reason]) == "Ana Petrović is not a reviewer in this folder's catalog, so they cannot request changes")
            #expect(folder.refusal(.requestChanges, by: Fixtures.reviewer) == "say what should change: a change request needs a comment")
            // A trainer on the list may comment.
            #expect(try folder.act(.comment, by: trainer, minute: 21, comments: [reason]) == .inReview)
            let rules = ReviewRules(entry: try folder.entry, catalog: folder.store.catalog)
            #expect(rules.allowedVerdicts(for: Fixtures.reviewer) == [.comment, .requestChanges, .approve])
            #expect(rules.allowedVerdicts(for: Fixtures.author) == [.comment])
            #expect(try folder.act(.approve, by: Fixtures.reviewer, minute: 22) == .approved)
            let head = try #require(try folder.entry.record.head)
            #expect(folder.refusal(.approve, by: Fixtures.secondReviewer) == "revision \(head) of \(topic)/\(moduleID) is already approved")
            #expect(folder.refusal(.submit, by: Fixtures.author) == "revision \(head) of \(topic)/\(moduleID) is already approved; save a new revision to change it")
        }
    }

    @Test("nobody approves a revision they wrote, and one reviewer counts once")
    func ownRevisionAndRepeatedApproval() throws {
        try withFixtureFolder(catalog: Fixtures.catalog(members: members, approvalsRequired: 2)) { folder throws in
            var module = try #require(try folder.entry.module)
            module.title = "Elena's edit"
            let own = try folder.store.saveModule(module, author: Fixtures.secondReviewer, message: "Edit", time: Fixtures.time(20))
            try folder.act(.submit, by: Fixtures.secondReviewer, minute: 21)
            #expect(folder.refusal(.approve, by: Fixtures.secondReviewer) == "Elena Stojanovska wrote revision \(own.id) and cannot approve it")
            try folder.act(.approve, by: Fixtures.reviewer, minute: 22)
            #expect(
                folder.refusal(.approve, by: Fixtures.reviewer.uppercased())
                    == "\(Fixtures.reviewer.uppercased()) has already approved revision \(own.id); 2 approvals from different reviewers are needed")
        }
    }

    @Test("only the current head is reviewed, and a diverged module is merged first")
    func currentHeadOnly() throws {
        try withFixtureFolder(catalog: Fixtures.catalog(members: members)) { folder throws in
            let first = try #require(try folder.entry.record.head)
            var module = try #require(try folder.entry.module)
            module.aim = "Second."
            let second = try folder.store.saveModule(module, author: Fixtures.author, message: "Aim", time: Fixtures.time(20))
            #expect(
                folder.refusal(.submit, by: Fixtures.author, on: first)
                    == "revision \(first) is not the current version of \(topic)/\(moduleID) (\(second.id) is); read the current version first")
            #expect(try folder.act(.submit, by: Fixtures.author, minute: 21, on: second.id) == .inReview)

            module.aim = "Third, from the first."
            try folder.store.saveModule(module, base: first, author: Fixtures.secondReviewer, message: "Other", time: Fixtures.time(22))
            #expect(folder.refusal(.approve, by: Fixtures.reviewer) == "\(topic)/\(moduleID) has 2 versions that must be merged before it can be approved")
            #expect(folder.refusal(.submit, by: Fixtures.author) == "\(topic)/\(moduleID) has 2 versions that must be merged before it can be submitted for review")
            // Comments on either version are still welcome.
            #expect(try folder.act(.comment, by: Fixtures.reviewer, minute: 23, on: second.id, comments: [reason]) == .diverged)
        }
    }

    @Test("comments point at something that exists in the revision")
    func commentPaths() throws {
        try withFixtureFolder { folder throws in
            #expect(folder.refusal(.comment, by: Fixtures.reviewer) == "a comment needs text: say what you want to remark")
            #expect(folder.refusal(.comment, by: Fixtures.reviewer, comments: [NewComment(path: "/title", text: "  ")]) == "a comment needs text: say what you want to remark")
            for path in ["/learningOutcomes/7", "/nothing", "title", "/sessions/x", "/sessions/01", "/title~2"] {
                #expect(
                    folder.refusal(.comment, by: Fixtures.reviewer, comments: [NewComment(path: path, text: "?")])
                        == "\(topic)/\(moduleID) has nothing at \"\(path)\" to comment on (write a JSON pointer like /learningOutcomes/0)")
            }
            for path in ["", "/title", "/learningOutcomes/1/text", "/sessions/0/outcomes/0", "/keywords"] {
                try folder.act(.comment, by: Fixtures.reviewer, minute: 20, comments: [NewComment(path: path, text: "Fine: \(path)")])
            }
            #expect(try folder.entry.commentThreads.map(\.path) == ["", "/title", "/learningOutcomes/1/text", "/sessions/0/outcomes/0", "/keywords"])
        }
    }

    @Test("replies and resolutions join their thread, across revisions")
    func threads() throws {
        try withFixtureFolder(catalog: Fixtures.catalog(members: members)) { folder throws in
            try folder.act(.submit, by: Fixtures.author, minute: 20)
            let first = try #require(try folder.entry.record.head)
            try folder.act(.requestChanges, by: Fixtures.reviewer, minute: 21, comments: [reason, NewComment(path: "/title", text: "Shorter?")])
            let threads = try folder.entry.commentThreads
            #expect(threads.count == 2)
            let lo2 = threads[0]
            #expect(lo2.root.comment.text == "Make LO2 measurable." && lo2.root.author == Fixtures.reviewer)
            #expect(lo2.root.revision == first && lo2.root.verdict == .requestChanges && !lo2.isResolved)

            try folder.act(.comment, by: Fixtures.author, minute: 22, comments: [NewComment(text: "Two cases enough?", replyTo: lo2.id)])
            let reply = try #require(try folder.entry.commentThreads[0].replies.first)
            #expect(reply.comment.path == "/learningOutcomes/1")  // taken from the comment it answers
            try folder.act(.comment, by: Fixtures.reviewer, minute: 23, comments: [NewComment(text: "Yes.", replyTo: reply.id)])

            var module = try #require(try folder.entry.module)
            module.learningOutcomes[1].text = "Apply the framework to two real cases."
            let second = try folder.store.saveModule(module, author: Fixtures.author, message: "LO2", time: Fixtures.time(24))
            try folder.act(.submit, by: Fixtures.author, minute: 25, comments: [NewComment(text: "", resolves: lo2.id)])

            let after = try folder.entry.commentThreads
            #expect(after.map(\.isResolved) == [true, false])
            #expect(after[0].replies.map(\.comment.text) == ["Two cases enough?", "Yes."])
            #expect(after[0].resolution?.revision == second.id)
            #expect(after[0].resolution?.author == Fixtures.author)

            #expect(folder.refusal(.comment, by: Fixtures.author, comments: [NewComment(text: "", resolves: lo2.id)]) == "comment \(lo2.id) on \(topic)/\(moduleID) is already resolved")
            #expect(folder.refusal(.comment, by: Fixtures.author, comments: [NewComment(text: "?", replyTo: "c0000000")]) == "\(topic)/\(moduleID) has no comment \"c0000000\" (see `workbench review \(topic)/\(moduleID)`)")
            // Comment ids are unique, and the file keeps replyTo and resolves.
            let ids = ReviewWorkflow.postedComments(in: try folder.entry.reviews).map(\.id)
            #expect(Set(ids).count == ids.count)
            let reopened = try folder.reopened().requireModule(moduleID)
            #expect(reopened.commentThreads == after)
        }
    }

    @Test("events recorded in the same second keep their order")
    func sameSecond() throws {
        try withFixtureFolder(catalog: Fixtures.catalog(members: members)) { folder throws in
            // "Ana" sorts before "Marko", "Elena" before both: order by name would be wrong.
            try folder.act(.submit, by: Fixtures.author, minute: 30)
            try folder.act(.requestChanges, by: Fixtures.reviewer, minute: 30, comments: [reason])
            try folder.act(.submit, by: Fixtures.author, minute: 30)
            #expect(try folder.act(.approve, by: Fixtures.secondReviewer, minute: 30) == .approved)
            let times = try ReviewWorkflow.inTimeOrder(folder.entry.reviews.map(\.event)).map(\.time)
            #expect(times == ["2026-11-22T10:30:00Z", "2026-11-22T10:30:01Z", "2026-11-22T10:30:02Z", "2026-11-22T10:30:03Z"])
        }
    }

    @Test("a file written before replies existed still reads")
    func backwardCompatible() throws {
        let bytes = Array(
            #"{"comments":[{"id":"c1","path":"/title","text":"Hm","resolves":"c0"}],"reviewer":"Ana","revision":"000001-aaaaaaaaaaaa","time":"2026-11-22T10:15:03Z","verdict":"comment"}"#.utf8)
        let (event, _) = try DocumentCoding.decode(ReviewEvent.self, from: bytes)
        #expect(event.comments[0].replyTo == nil && event.comments[0].resolves == "c0")
        let written = String(decoding: DocumentCoding.encode(event), as: UTF8.self)
        #expect(!written.contains("replyTo"))
    }
}

@Suite("Comment anchors")
struct CommentAnchorTests {
    @Test("a comment follows its item by id into a later revision")
    func followsItems() {
        let old = Fixtures.module("m")
        var new = old
        new.learningOutcomes.insert(LearningOutcome(id: "LO0", domain: .knowledge, text: "New first."), at: 0)
        new.keywords = ["borders", "framework"]
        let oldTree = DocumentCoding.tree(of: old)
        let newTree = DocumentCoding.tree(of: new)
        #expect(CommentAnchor.follow("/learningOutcomes/1/text", from: oldTree, to: newTree) == "/learningOutcomes/2/text")
        #expect(CommentAnchor.follow("/keywords/0", from: oldTree, to: newTree) == "/keywords/1")
        #expect(CommentAnchor.follow("/title", from: oldTree, to: newTree) == "/title")
        #expect(CommentAnchor.follow("", from: oldTree, to: newTree) == "")
        new.sessions.removeFirst()
        #expect(CommentAnchor.follow("/sessions/0/title", from: oldTree, to: DocumentCoding.tree(of: new)) == nil)
    }

    @Test("the store gives each thread's place in the current revision")
    func storeAnchors() throws {
        try withFixtureFolder { folder throws in
            try folder.store.review(
                .comment, topic: topic, module: moduleID, by: Fixtures.reviewer,
                comments: [NewComment(path: "/sessions/1/title", text: "Better title?")], time: Fixtures.time(20))
            var module = try #require(try folder.entry.module)
            module.sessions.reverse()
            try folder.store.saveModule(module, author: Fixtures.author, message: "Reorder", time: Fixtures.time(21))
            let entry = try folder.entry
            let thread = try #require(entry.commentThreads.first)
            #expect(folder.store.currentAnchors(of: entry) == [thread.id: "/sessions/0/title"])
            #expect(thread.isAnchored(under: "/sessions/1") && !thread.isAnchored(under: "/sessions/10"))
        }
    }

    @Test("a reviewer may send an approved revision back")
    func requestChangesAfterApproval() throws {
        try withFixtureFolder(catalog: Fixtures.catalog(members: members)) { folder throws in
            try folder.act(.submit, by: Fixtures.author, minute: 20)
            #expect(try folder.act(.approve, by: Fixtures.reviewer, minute: 21) == .approved)
            #expect(try folder.act(.requestChanges, by: Fixtures.secondReviewer, minute: 22, comments: [reason]) == .changesRequested)
            #expect(folder.refusal(.requestChanges, by: Fixtures.reviewer, comments: [reason]) == "changes are already requested on \(topic)/\(moduleID)")
            #expect(try folder.act(.submit, by: Fixtures.author, minute: 23) == .inReview)
        }
    }
}
