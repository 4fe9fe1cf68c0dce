import Foundation
import Testing

@testable import CurriculumKit

/// After a save the store shows the module as it was written, without reading it back when
/// nothing else changed; the entry must be the one a fresh read of the folder gives.
@Suite("The store after a save")
struct SaveKeepsStoreTests {
    static let moduleID = "border-risk-analysis"

    /// The module as the saving store holds it and as a store opened afresh reads it.
    static func expectSameAsFresh(_ folder: FixtureFolder, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let held = try folder.store.requireModule(moduleID)
        let fresh = try folder.reopened().requireModule(moduleID)
        #expect(held.module == fresh.module, sourceLocation: sourceLocation)
        #expect(held.record.current == fresh.record.current, sourceLocation: sourceLocation)
        #expect(held.record.heads == fresh.record.heads, sourceLocation: sourceLocation)
        #expect(held.record.revisionIDs == fresh.record.revisionIDs, sourceLocation: sourceLocation)
        #expect(held.record.problems == fresh.record.problems, sourceLocation: sourceLocation)
        #expect(held.reviews == fresh.reviews, sourceLocation: sourceLocation)
        #expect(held.status == fresh.status, sourceLocation: sourceLocation)
        #expect(held.problems == fresh.problems, sourceLocation: sourceLocation)
        #expect(held.facts == fresh.facts, sourceLocation: sourceLocation)
        let heldHistory = folder.store.withHistory(held.record)
        let freshHistory = try folder.reopened().withHistory(fresh.record)
        #expect(heldHistory.headers == freshHistory.headers, sourceLocation: sourceLocation)
    }

    @Test("saves in a row, one with fields this version does not know, and one that changes the review status")
    func linear() throws {
        try withFixtureFolder { folder throws in
            var module = try #require(try folder.store.requireModule(Self.moduleID).module)
            module.title = "Border risk analysis (CIRAM 2.0)"
            try folder.store.saveModule(module, author: Fixtures.author, message: "Title", time: Fixtures.time(20))
            // Read back, a linear history holds the head's header only; kept, both headers.
            #expect(try folder.store.requireModule(Self.moduleID).record.headers.count == 2, "the save did not read the module back")
            try Self.expectSameAsFresh(folder)

            guard case .object(var members) = DocumentCoding.documentTree(of: module) else {
                Issue.record("a module's tree is an object")
                return
            }
            members["x-accreditation"] = .string("Ministry of Interior")
            module = try DocumentCoding.decodeDocument(Module.self, fromTree: .object(members))
            #expect(!module.unknownFields.isEmpty)
            module.aim = "Sharper aim, in Cyrillic too: анализа ризика."
            try folder.store.saveModule(module, author: Fixtures.author, message: "Aim", time: Fixtures.time(21))
            try Self.expectSameAsFresh(folder)

            let head = try #require(try folder.store.requireModule(Self.moduleID).record.head)
            try folder.store.appendReview(
                ReviewEvent(revision: head, reviewer: Fixtures.author, time: Fixtures.time(22), verdict: .submit, comments: []),
                topic: Fixtures.securityTopic, module: Self.moduleID)
            #expect(try folder.store.requireModule(Self.moduleID).status == .inReview)
            module.description = "A new revision after the submission."
            try folder.store.saveModule(module, author: Fixtures.author, message: "After review", time: Fixtures.time(23))
            try Self.expectSameAsFresh(folder)
        }
    }

    @Test("a save from an older revision, and one after another process saved, read the folder again")
    func divergedOrRaced() throws {
        try withFixtureFolder { folder throws in
            let first = try folder.store.requireModule(Self.moduleID)
            var module = try #require(first.module)
            let base = try #require(first.record.head)
            module.title = "Ours"
            try folder.store.saveModule(module, author: Fixtures.author, message: "Ours", time: Fixtures.time(20))
            module.title = "From the old base"
            let diverged = try folder.store.saveModule(
                module, base: base, author: Fixtures.author, message: "Old base", time: Fixtures.time(21))
            #expect(diverged.isDiverged)
            try Self.expectSameAsFresh(folder)

            // Another process saves on top of the same head, unseen by this store.
            var other = try folder.reopened()
            var theirs = try #require(try other.requireModule(Self.moduleID).module)
            theirs.title = "Saved elsewhere"
            try other.saveModule(theirs, author: Fixtures.reviewer, message: "Elsewhere", time: Fixtures.time(22))
            module.title = "Saved here at the same time"
            let raced = try folder.store.saveModule(module, author: Fixtures.author, message: "Racing", time: Fixtures.time(23))
            #expect(raced.heads.count == 3, "both saves are kept beside the older divergence")
            try Self.expectSameAsFresh(folder)
        }
    }
}
