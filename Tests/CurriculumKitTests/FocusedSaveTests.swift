import Foundation
import Testing

@testable import CurriculumKit

/// Opens `root` for the one module `name` names, as `save` and `show` do.
private func focused(_ root: String, _ name: String) throws -> CurriculumStore {
    try CurriculumStore.open(root, focusedOn: name)
}

/// The module document of `id` with its aim changed, ready to save.
private func edited(_ id: String, topic: String = Fixtures.securityTopic, aim: String) -> Module {
    var module = Fixtures.module(id, topic: topic)
    module.aim = aim
    return module
}

@Suite("Focused save: a store opened for one module")
struct FocusedSaveTests {
    @Test("a focused store finds the module by topic id, topic number and bare id, and reads no other")
    func findsTheNamedModuleOnly() throws {
        try withFixtureFolder { folder throws in
            for name in ["07-migration-and-security/border-risk-analysis", "7/border-risk-analysis", "07/border-risk-analysis", "border-risk-analysis"] {
                let store = try focused(folder.root, name)
                let entry = try store.module(named: name)
                #expect(entry.topic == Fixtures.securityTopic, "\(name)")
                #expect(entry.module == Fixtures.module("border-risk-analysis"), "\(name)")
                #expect(store.allModules.map(\.id) == ["border-risk-analysis"], "\(name)")
                #expect(store.topics.map(\.id) == Fixtures.topics.map(\.id), "\(name)")
                #expect(store.loadProblems.isEmpty, "\(name)")
            }
            let local = try focused(folder.root, "15/local-action-plans")
            #expect(try local.module(named: "15/local-action-plans").topic == Fixtures.localTopic)
        }
    }

    @Test("a focused store fails to find a module with the same message as a whole store")
    func sameMessagesAsAWholeStore() throws {
        try withFixtureFolder { folder throws in
            let names = [
                "99/x", "7/nope", "nope", "a/b/c", "7/", "/border-risk-analysis", "7/.hidden", "..", "7/..",
                "migration/border-risk-analysis", "15/border-risk-analysis",
            ]
            let whole = try folder.reopened()
            for name in names {
                let expected = expectStoreError(.notFound) { try whole.module(named: name) }?.message
                let store = try focused(folder.root, name)
                let message = expectStoreError(.notFound) { try store.module(named: name) }?.message
                #expect(message != nil && message == expected, "\(name)")
            }
        }
    }

    @Test("a bare id that two topics hold is refused as in a whole store")
    func ambiguousBareID() throws {
        try withFixtureFolder { folder throws in
            // The store refuses to create a second one, but two sites' work synced with git can.
            try FileManager.default.copyItem(
                atPath: folder.moduleFolder("border-risk-analysis"),
                toPath: folder.moduleFolder("border-risk-analysis", topic: Fixtures.localTopic))
            folder.store = try folder.reopened()
            let expected = expectStoreError(.notFound) { try folder.store.module(named: "border-risk-analysis") }?.message
            let store = try focused(folder.root, "border-risk-analysis")
            #expect(expectStoreError(.notFound) { try store.module(named: "border-risk-analysis") }?.message == expected)
            #expect(expected?.contains("several topics") == true)
        }
    }

    @Test("a focused store knows other modules by asking the folder: the same answer as a whole store")
    func knowsOtherModulesByID() throws {
        try withFixtureFolder { folder throws in
            let ids = ["interview-techniques", "local-action-plans", "nope", "", ".", "..", "revisions", "a/b"]
            let whole = try folder.reopened()
            let store = try focused(folder.root, "7/border-risk-analysis")
            #expect(store.moduleIDs(among: ids) == whole.moduleIDs(among: ids))
            #expect(store.moduleIDs(among: ids) == ["interview-techniques", "local-action-plans"])
        }
    }

    @Test("a focused save writes a child of the head, and a second save from the same base diverges, losing nothing")
    func focusedSaveDetectsDivergence() throws {
        try withFixtureFolder { folder throws in
            let base = try #require(try folder.store.requireModule("border-risk-analysis").record.head)
            var first = try focused(folder.root, "7/border-risk-analysis")
            var second = try focused(folder.root, "border-risk-analysis")

            let mine = try first.saveModule(edited("border-risk-analysis", aim: "Mine."), author: Fixtures.author, message: "mine", time: Fixtures.time(30))
            #expect(mine.id.seq == 2)
            #expect(mine.heads == [mine.id])
            // The second store read the module before the first save: it saves from the same base.
            let theirs = try second.saveModule(
                edited("border-risk-analysis", aim: "Theirs."), author: Fixtures.reviewer, message: "theirs", time: Fixtures.time(31))
            #expect(theirs.id.seq == 2)
            #expect(theirs.isDiverged)
            #expect(Set(theirs.heads) == [mine.id, theirs.id])

            // An explicit base that is no longer the head diverges too.
            var third = try focused(folder.root, "07-migration-and-security/border-risk-analysis")
            let late = try third.saveModule(
                edited("border-risk-analysis", aim: "Late."), base: base, author: Fixtures.author, message: "late", time: Fixtures.time(32))
            #expect(Set(late.heads) == [mine.id, theirs.id, late.id])

            let reopened = try folder.reopened().requireModule("border-risk-analysis")
            #expect(reopened.record.isDiverged)
            #expect(reopened.status == .diverged)
            #expect(folder.revisionFiles("border-risk-analysis") == [base, mine.id, theirs.id, late.id].map(\.fileName).sorted())
        }
    }

    @Test("a focused save refuses an unknown base, another topic and a module it was not opened for, writing nothing")
    func focusedSaveRefusals() throws {
        try withFixtureFolder { folder throws in
            let before = filesUnder(folder.root)
            var store = try focused(folder.root, "7/border-risk-analysis")
            let missing = RevisionID(seq: 9, hash: "0123456789ab")
            #expect(
                expectStoreError(.notFound) {
                    try store.saveModule(edited("border-risk-analysis", aim: "x"), base: missing, author: Fixtures.author, message: "x")
                }?.message == "--base 000009-0123456789ab is not a revision of topics/07-migration-and-security/modules/border-risk-analysis")
            #expect(
                expectStoreError(.notFound) {
                    try store.saveModule(
                        edited("border-risk-analysis", topic: "99-nowhere", aim: "x"), author: Fixtures.author, message: "x")
                }?.message == "there is no topic \"99-nowhere\" for module border-risk-analysis")
            #expect(
                expectStoreError(.notFound) {
                    try store.saveModule(edited("border-risk-analysis", topic: Fixtures.localTopic, aim: "x"), author: Fixtures.author, message: "x")
                } != nil)
            // A module the store was not opened for is never written from an empty record (a new root).
            #expect(
                expectStoreError(.notFound) {
                    try store.saveModule(edited("interview-techniques", aim: "x"), author: Fixtures.author, message: "x")
                } != nil)
            #expect(filesUnder(folder.root) == before)
        }
    }

    @Test("a focused save refuses writers a catalog with members does not list, writing nothing")
    func focusedSaveRefusesStrangers() throws {
        let members = [Member(name: Fixtures.author, institution: "Ministry of Interior", country: "ME", roles: [.author])]
        try withFixtureFolder(catalog: Fixtures.catalog(members: members)) { folder throws in
            let before = filesUnder(folder.root)
            var store = try focused(folder.root, "border-risk-analysis")
            #expect(
                expectStoreError(.refused) {
                    try store.saveModule(edited("border-risk-analysis", aim: "x"), author: "Somebody Else", message: "x")
                } != nil)
            #expect(filesUnder(folder.root) == before)
        }
    }

    @Test("a save works in a topic whose other modules and topic document are damaged")
    func siblingsDamaged() throws {
        try withFixtureFolder { folder throws in
            let sibling = folder.revisionsFolder("interview-techniques")
            let siblingFile = try #require(folder.revisionFiles("interview-techniques").first)
            try folder.write(Array("{ not json".utf8), to: sibling + "/" + siblingFile)
            try FileManager.default.createDirectory(atPath: folder.moduleFolder("empty-module"), withIntermediateDirectories: true)
            try folder.write(Array("stray".utf8), to: folder.layout.modulesFolder(Fixtures.securityTopic) + "/not-a-folder")
            let topicRevisions = FolderLayout.revisions(folder.layout.topicFolder(Fixtures.securityTopic))
            for name in try FileManager.default.contentsOfDirectory(atPath: topicRevisions) {
                try folder.write(Array("{".utf8), to: topicRevisions + "/" + name)
            }

            var store = try focused(folder.root, "07-migration-and-security/border-risk-analysis")
            #expect(store.loadProblems.isEmpty)
            let saved = try store.saveModule(
                edited("border-risk-analysis", aim: "Still saved."), author: Fixtures.author, message: "x", time: Fixtures.time(30))
            #expect(saved.heads == [saved.id])
            #expect(try folder.reopened().requireModule("border-risk-analysis").module?.aim == "Still saved.")
            #expect(try folder.read(sibling + "/" + siblingFile) == Array("{ not json".utf8))
        }
    }

    @Test("a focused store gives the module's status from its reviews and the catalog, as a whole store does")
    func statusAsInAWholeStore() throws {
        try withFixtureFolder { folder throws in
            try folder.store.review(
                .submit, topic: Fixtures.securityTopic, module: "border-risk-analysis", by: Fixtures.author, time: Fixtures.time(40))
            let whole = try folder.reopened().requireModule("border-risk-analysis")
            let entry = try focused(folder.root, "border-risk-analysis").module(named: "border-risk-analysis")
            #expect(entry.status == whole.status)
            #expect(entry.status == .inReview)
            #expect(entry.reviews == whole.reviews)
        }
    }
}
