import Foundation
import Testing

@testable import CurriculumKit

private let members = [
    Member(name: Fixtures.author, institution: "Ministry of Interior", country: "ME", roles: [.author]),
    Member(name: Fixtures.reviewer, institution: "Commissariat for Refugees and Migration", country: "RS", roles: [.reviewer]),
]

@Suite("Store writing")
struct StoreWritingTests {
    @Test("createModule writes revisions/000001-<hash>.json named by the SHA-256 of its bytes")
    func createModuleNamesByHash() throws {
        try withFixtureFolder(modules: []) { folder throws in
            let module = Fixtures.module("border-risk-analysis")
            let result = try folder.store.createModule(module, author: Fixtures.author, time: Fixtures.time(5))
            #expect(result.id.seq == 1)
            #expect(result.heads == [result.id])
            #expect(!result.isDiverged)
            #expect(result.file == "topics/07-migration-and-security/modules/border-risk-analysis/revisions/\(result.id.fileName)")

            let files = folder.revisionFiles("border-risk-analysis")
            #expect(files == [result.id.fileName])
            let name = try #require(files.first)
            #expect(name.hasPrefix("000001-"))
            let bytes = try folder.read(folder.root + "/" + result.file)
            #expect(name == "000001-" + ReferenceSHA256.short(bytes) + ".json")
        }
    }

    @Test("a revision file is {revision, document} in canonical form")
    func revisionFileLayout() throws {
        try withFixtureFolder(modules: []) { folder throws in
            let module = Fixtures.module("border-risk-analysis")
            let result = try folder.store.createModule(module, author: Fixtures.author, message: "First draft", time: Fixtures.time(5))
            let bytes = try folder.read(folder.root + "/" + result.file)
            let tree = try JSONParser.parse(bytes)
            #expect(CanonicalJSON.bytes(tree) == bytes)
            #expect(tree.objectValue.map { Set($0.keys) } == ["revision", "document"])
            #expect(
                tree["revision"]
                    == .object([
                        "seq": .integer(1), "parents": .array([]), "author": .string(Fixtures.author),
                        "time": .string(Fixtures.time(5)), "message": .string("First draft"),
                    ]))
            #expect(try DocumentCoding.decodeDocument(Module.self, from: CanonicalJSON.bytes(tree["document"]!)) == module)
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(text.hasSuffix("\n  \"revision\": {\n    \"author\": \"Ana Petrović\",\n    \"message\": \"First draft\",\n    \"parents\": [],\n    \"seq\": 1,\n    \"time\": \"2026-11-22T10:05:00Z\"\n  }\n}\n"))
        }
    }

    @Test("createModule appends the module to its topic's teaching order as a new topic revision")
    func createModuleUpdatesTopic() throws {
        try withFixtureFolder(modules: []) { folder throws in
            try folder.store.createModule(Fixtures.module("first-module"), author: Fixtures.author, time: Fixtures.time(5))
            try folder.store.createModule(Fixtures.module("second-module"), author: Fixtures.author, time: Fixtures.time(6))
            let topic = try #require(folder.store.topic(named: Fixtures.securityTopic))
            #expect(topic.topic?.modules == ["first-module", "second-module"])
            #expect(topic.record.current?.id.seq == 3)
            #expect(topic.record.current?.info.message == "Add module second-module")
            #expect(topic.modules.map(\.id) == ["first-module", "second-module"])
            let reopened = try folder.reopened()
            #expect(reopened.topic(named: Fixtures.securityTopic)?.modules.map(\.id) == ["first-module", "second-module"])
        }
    }

    @Test("createModule refuses an invalid id, an unknown topic and an id already used")
    func createModuleRefusals() throws {
        try withFixtureFolder { folder throws in
            let before = filesUnder(folder.root)
            var bad = Fixtures.module("../escape")
            #expect(
                expectStoreError(.invalid) { try folder.store.createModule(bad, author: Fixtures.author) }?.message
                    == "the module id \"../escape\" cannot be used: an id cannot hold \"/\" or \"..\": it names a folder, not a path")
            bad = Fixtures.module("Upper")
            #expect(
                expectStoreError(.invalid) { try folder.store.createModule(bad, author: Fixtures.author) }?.message
                    == "the module id \"Upper\" cannot be used: an id is written in lower case")
            let lost = Fixtures.module("lost", topic: "99-nowhere")
            #expect(
                expectStoreError(.notFound) { try folder.store.createModule(lost, author: Fixtures.author) }?.message
                    == "there is no topic \"99-nowhere\"")
            let again = Fixtures.module("local-action-plans", topic: Fixtures.securityTopic)
            #expect(
                expectStoreError(.refused) { try folder.store.createModule(again, author: Fixtures.author) }?.message
                    == "a module \"local-action-plans\" already exists in topic 15-local-migration-governance; choose another id")
            #expect(filesUnder(folder.root) == before)
        }
    }

    @Test("saveModule writes a child of the current head with seq + 1")
    func saveModuleContinuesHead() throws {
        try withFixtureFolder { folder throws in
            let first = try #require(try folder.store.requireModule("border-risk-analysis").record.head)
            var module = try #require(try folder.store.requireModule("border-risk-analysis").module)
            module.title = "Border risk analysis (CIRAM 2.0)"
            let second = try folder.store.saveModule(module, author: Fixtures.author, message: "Title", time: Fixtures.time(20))
            #expect(second.id.seq == 2)
            #expect(second.heads == [second.id])
            module.aim = "Sharper aim."
            let third = try folder.store.saveModule(module, author: Fixtures.author, message: "Aim", time: Fixtures.time(21))
            #expect(third.id.seq == 3)

            let entry = try folder.store.requireModule("border-risk-analysis")
            #expect(entry.record.head == third.id)
            let history = folder.store.withHistory(entry.record)
            #expect(history.headers[second.id]?.parents == [first])
            #expect(history.headers[third.id]?.parents == [second.id])
            #expect(history.headers[third.id]?.message == "Aim")
            #expect(entry.module?.aim == "Sharper aim.")
            #expect(folder.revisionFiles("border-risk-analysis") == [first.fileName, second.id.fileName, third.id.fileName])

            let reopened = try folder.reopened().requireModule("border-risk-analysis")
            #expect(reopened.record.head == third.id)
            #expect(reopened.module == module)
            #expect(reopened.record.headers.count == 1, "loading reads the head of a linear history only")
            #expect(reopened.record.revisionIDs == [first, second.id, third.id])
            #expect(try folder.reopened().withHistory(reopened.record).headers.count == 3)
            for id in [first, second.id, third.id] {
                let bytes = try folder.read(folder.revisionsFolder("border-risk-analysis") + "/" + id.fileName)
                #expect(id.hash == ReferenceSHA256.short(bytes))
            }
        }
    }

    @Test("saving the same document twice at the same time writes nothing new")
    func identicalSaveIsIdempotent() throws {
        try withFixtureFolder { folder throws in
            let entry = try folder.store.requireModule("border-risk-analysis")
            let base = try #require(entry.record.head)
            let module = try #require(entry.module)
            let first = try folder.store.saveModule(module, base: base, author: Fixtures.author, message: "Same", time: Fixtures.time(20))
            let second = try folder.store.saveModule(module, base: base, author: Fixtures.author, message: "Same", time: Fixtures.time(20))
            #expect(first.id == second.id)
            #expect(folder.revisionFiles("border-risk-analysis").count == 2)
            #expect(!second.isDiverged)
        }
    }

    @Test("saveModule refuses a module the topic does not hold and a base that is not a revision")
    func saveModuleRefusals() throws {
        try withFixtureFolder { folder throws in
            let unknown = Fixtures.module("never-created")
            #expect(
                expectStoreError(.notFound) { try folder.store.saveModule(unknown, author: Fixtures.author, message: "x") }?.message
                    == "topic 07-migration-and-security has no module \"never-created\" (create it with `workbench new`)")
            let elsewhere = Fixtures.module("border-risk-analysis", topic: "99-nowhere")
            #expect(
                expectStoreError(.notFound) { try folder.store.saveModule(elsewhere, author: Fixtures.author, message: "x") }?.message
                    == "there is no topic \"99-nowhere\" for module border-risk-analysis")
            let module = Fixtures.module("border-risk-analysis")
            let missing = RevisionID(seq: 9, hash: "0123456789ab")
            #expect(
                expectStoreError(.notFound) {
                    try folder.store.saveModule(module, base: missing, author: Fixtures.author, message: "x")
                }?.message == "--base 000009-0123456789ab is not a revision of topics/07-migration-and-security/modules/border-risk-analysis")
            #expect(folder.revisionFiles("border-risk-analysis").count == 1)
        }
    }

    @Test("a catalog with members refuses writers who are not on it, and writes nothing")
    func membersOnly() throws {
        try withFixtureFolder(catalog: Fixtures.catalog(members: members)) { folder throws in
            let before = filesUnder(folder.root)
            var module = try #require(try folder.store.requireModule("border-risk-analysis").module)
            module.title = "Changed by an outsider"
            let error = expectStoreError(.refused) {
                try folder.store.saveModule(module, author: "Eve Outsider", message: "x")
            }
            #expect(error?.message == "Eve Outsider is not a member of this folder's catalog, so they can browse and print but not write")
            #expect(expectStoreError(.refused) { try folder.store.createModule(Fixtures.module("new-one"), author: "Eve Outsider") } != nil)
            let topic = try #require(folder.store.topic(named: Fixtures.securityTopic)?.topic)
            #expect(expectStoreError(.refused) { try folder.store.saveTopic(topic, author: "Eve Outsider", message: "x") } != nil)
            let event = ReviewEvent(
                revision: try #require(try folder.store.requireModule("border-risk-analysis").record.head),
                reviewer: "Eve Outsider", time: Fixtures.time(40), verdict: .comment)
            #expect(
                expectStoreError(.refused) {
                    try folder.store.appendReview(event, topic: Fixtures.securityTopic, module: "border-risk-analysis")
                } != nil)
            #expect(filesUnder(folder.root) == before)

            // Members are matched without regard to case.
            let saved = try folder.store.saveModule(module, author: "ana petrović", message: "Title", time: Fixtures.time(41))
            #expect(saved.id.seq == 2)
        }
    }

    @Test("a writer with no name is refused even in an open folder")
    func emptyUser() throws {
        try withFixtureFolder { folder throws in
            let module = Fixtures.module("border-risk-analysis")
            #expect(
                expectStoreError(.refused) { try folder.store.saveModule(module, author: "", message: "x") }?.message
                    == "no user name is known: give --user NAME or set WORKBENCH_USER")
        }
    }

    @Test("a module folder that is a symbolic link to outside the folder is refused for writing")
    func symlinkedModuleFolder() throws {
        try withFixtureFolder { folder throws in
            // Move the module's folder outside and leave a symbolic link in its place.
            let outside = folder.scratch + "/outside-module"
            let moduleFolder = folder.moduleFolder("border-risk-analysis")
            try FileManager.default.moveItem(atPath: moduleFolder, toPath: outside)
            try FileManager.default.createSymbolicLink(atPath: moduleFolder, withDestinationPath: outside)
            let outsideBefore = filesUnder(outside)

            var store = try folder.reopened()
            var module = try #require(try store.requireModule("border-risk-analysis").module)
            module.title = "Written through a link"
            let error = expectStoreError(.refused) {
                try store.saveModule(module, author: Fixtures.author, message: "x", time: Fixtures.time(50))
            }
            #expect(
                error?.message
                    == "topics/07-migration-and-security/modules/border-risk-analysis/revisions leads outside the folder (a symbolic link to \(outside)/revisions); the workbench does not write through it"
            )
            let head = try #require(try store.requireModule("border-risk-analysis").record.head)
            let event = ReviewEvent(revision: head, reviewer: Fixtures.reviewer, time: Fixtures.time(51), verdict: .submit)
            #expect(
                expectStoreError(.refused) {
                    try store.appendReview(event, topic: Fixtures.securityTopic, module: "border-risk-analysis")
                } != nil)
            #expect(filesUnder(outside) == outsideBefore)
            #expect(!FileManager.default.fileExists(atPath: outside + "/reviews"))
        }
    }

    @Test("a modules folder linked outside refuses new modules, and nothing is created outside")
    func symlinkedModulesFolder() throws {
        try withFixtureFolder(modules: []) { folder throws in
            let outside = folder.scratch + "/elsewhere"
            try AtomicWriter.makeDirectories(outside)
            try FileManager.default.createSymbolicLink(
                atPath: folder.layout.modulesFolder(Fixtures.securityTopic), withDestinationPath: outside)
            var store = try folder.reopened()
            let error = expectStoreError(.refused) {
                try store.createModule(Fixtures.module("sneaky"), author: Fixtures.author)
            }
            #expect(error?.message.hasPrefix("topics/07-migration-and-security/modules leads outside the folder") == true)
            #expect(filesUnder(outside).isEmpty)
            #expect((try? FileManager.default.contentsOfDirectory(atPath: outside)) == [])
        }
    }

    @Test("a symbolic link that stays inside the folder is written through")
    func symlinkInside() throws {
        try withFixtureFolder { folder throws in
            let moduleFolder = folder.moduleFolder("border-risk-analysis")
            let inside = folder.root + "/topics/07-migration-and-security/archive"
            try FileManager.default.moveItem(atPath: moduleFolder, toPath: inside)
            try FileManager.default.createSymbolicLink(atPath: moduleFolder, withDestinationPath: inside)
            var store = try folder.reopened()
            var module = try #require(try store.requireModule("border-risk-analysis").module)
            module.title = "Through an inside link"
            let result = try store.saveModule(module, author: Fixtures.author, message: "x", time: Fixtures.time(50))
            #expect(FileManager.default.fileExists(atPath: inside + "/revisions/" + result.id.fileName))
        }
    }

    @Test("saveTopic keeps the teaching order it is given and increments the topic's seq")
    func saveTopic() throws {
        try withFixtureFolder { folder throws in
            var topic = try #require(folder.store.topic(named: Fixtures.securityTopic)?.topic)
            let seq = try #require(folder.store.topic(named: Fixtures.securityTopic)?.record.current?.id.seq)
            topic.modules.reverse()
            topic.aim = "New aim."
            let result = try folder.store.saveTopic(topic, author: Fixtures.author, message: "Reorder", time: Fixtures.time(60))
            #expect(result.id.seq == seq + 1)
            #expect(folder.store.topic(named: Fixtures.securityTopic)?.modules.map(\.id) == ["interview-techniques", "border-risk-analysis"])
            let unknown = Topic(id: "99-nowhere", number: 99, title: "x")
            #expect(
                expectStoreError(.notFound) { try folder.store.saveTopic(unknown, author: Fixtures.author, message: "x") }?.message
                    == "there is no topic \"99-nowhere\"")
        }
    }
}
