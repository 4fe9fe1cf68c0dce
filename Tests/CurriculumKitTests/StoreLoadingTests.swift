import Foundation
import Testing

@testable import CurriculumKit

@Suite("Store loading")
struct StoreLoadingTests {
    @Test("opening a folder lists topics in catalog order and modules in teaching order")
    func opensInOrder() throws {
        // The catalog's order is not the folders' alphabetical order, nor is the teaching order.
        let catalog = Fixtures.catalog(topics: [Fixtures.localTopic, Fixtures.securityTopic, Fixtures.asylumTopic])
        let modules = [
            Fixtures.module("zeta-module"), Fixtures.module("alpha-module"), Fixtures.module("mid-module"),
            Fixtures.module("local-action-plans", topic: Fixtures.localTopic),
        ]
        try withFixtureFolder(catalog: catalog, modules: modules) { folder throws in
            let store = try folder.reopened()
            #expect(store.topics.map(\.id) == [Fixtures.localTopic, Fixtures.securityTopic, Fixtures.asylumTopic])
            let security = try #require(store.topic(named: Fixtures.securityTopic))
            #expect(security.modules.map(\.id) == ["zeta-module", "alpha-module", "mid-module"])
            #expect(security.topic?.modules == ["zeta-module", "alpha-module", "mid-module"])
            #expect(store.allModules.map(\.id) == ["local-action-plans", "zeta-module", "alpha-module", "mid-module"])
            #expect(store.loadProblems.isEmpty)
            #expect(store.catalog == catalog)
        }
    }

    @Test("a module folder that the teaching order does not name comes after the named ones")
    func unnamedModuleFolder() throws {
        try withFixtureFolder { folder throws in
            var topic = try #require(folder.store.topic(named: Fixtures.securityTopic)?.topic)
            #expect(topic.modules == ["border-risk-analysis", "interview-techniques"])
            topic.modules = ["interview-techniques"]
            try folder.store.saveTopic(topic, author: Fixtures.author, message: "Reorder", time: Fixtures.time(30))
            let store = try folder.reopened()
            #expect(store.topic(named: Fixtures.securityTopic)?.modules.map(\.id) == ["interview-techniques", "border-risk-analysis"])
        }
    }

    @Test("modules carry their documents, heads and draft status")
    func moduleEntries() throws {
        try withFixtureFolder { folder throws in
            let store = try folder.reopened()
            let entry = try store.requireModule("border-risk-analysis")
            #expect(entry.module == Fixtures.module("border-risk-analysis"))
            #expect(entry.topic == Fixtures.securityTopic)
            #expect(entry.status == .draft)
            #expect(entry.record.heads.count == 1)
            #expect(entry.record.folder == "topics/07-migration-and-security/modules/border-risk-analysis")
            #expect(entry.record.current?.info.author == Fixtures.author)
            #expect(entry.record.current?.info.message == "Module created")
            #expect(entry.record.current?.info.time == Fixtures.time(1))
            #expect(!entry.record.hasErrors)
            #expect(entry.reviews.isEmpty)
        }
    }

    @Test("a store focused on one module reads only it; the others are known by id and topic")
    func focusedOnOneModule() throws {
        try withFixtureFolder { folder throws in
            // Spoil another module's only revision: a focused store never reads it.
            let other = folder.revisionsFolder("interview-techniques")
            let file = try #require(folder.revisionFiles("interview-techniques").first)
            try folder.write(utf8("{ not json"), to: other + "/" + file)

            var store = try CurriculumStore.open(folder.root, only: "border-risk-analysis")
            #expect(store.loadProblems.isEmpty)
            let entry = try store.requireModule("border-risk-analysis")
            #expect(entry.isLoaded)
            #expect(entry.module == Fixtures.module("border-risk-analysis"))
            let skipped = try #require(store.allModules.first { $0.id == "interview-techniques" })
            #expect(!skipped.isLoaded)
            #expect(skipped.topic == Fixtures.securityTopic)
            #expect(skipped.module == nil)

            // Saving through it writes a child of the current head, as a full store does.
            var module = Fixtures.module("border-risk-analysis")
            module.aim = "Focused."
            let saved = try store.saveModule(module, author: Fixtures.author, message: "focused", time: Fixtures.time(30))
            #expect(saved.heads == [saved.id])
            #expect(saved.id.seq == 2)
            #expect(try CurriculumStore.open(folder.root).requireModule("border-risk-analysis").module?.aim == "Focused.")
        }
    }

    @Test("topics are found by id and by number")
    func topicByNumber() throws {
        try withFixtureFolder { folder throws in
            let store = folder.store
            #expect(store.topic(named: "7")?.id == Fixtures.securityTopic)
            #expect(store.topic(named: "07")?.id == Fixtures.securityTopic)
            #expect(store.topic(named: "15")?.id == Fixtures.localTopic)
            #expect(store.topic(named: "16") == nil)
            #expect(store.topic(named: "migration") == nil)
        }
    }

    @Test("modules are found as TOPIC/MODULE or by a unique bare id, with clear messages otherwise")
    func moduleByName() throws {
        try withFixtureFolder { folder throws in
            let store = folder.store
            #expect(try store.module(named: "7/border-risk-analysis").id == "border-risk-analysis")
            #expect(try store.module(named: "07-migration-and-security/interview-techniques").id == "interview-techniques")
            #expect(try store.module(named: "local-action-plans").topic == Fixtures.localTopic)
            #expect(
                expectStoreError(.notFound) { try store.module(named: "99/x") }?.message
                    == "there is no topic \"99\" (give a number 1–3 or a topic id)")
            #expect(
                expectStoreError(.notFound) { try store.module(named: "7/nope") }?.message
                    == "topic 07-migration-and-security has no module \"nope\"")
            #expect(
                expectStoreError(.notFound) { try store.module(named: "nope") }?.message
                    == "there is no module \"nope\" in any topic")
            #expect(
                expectStoreError(.notFound) { try store.module(named: "a/b/c") }?.message
                    == "\"a/b/c\" is not a module name (write TOPIC/MODULE or a module id)")
        }
    }

    @Test("opening a missing folder fails, naming it")
    func missingFolder() throws {
        try withScratchDirectory { scratch throws in
            let error = expectStoreError(.notFound) { try CurriculumStore.open(scratch + "/Curricula") }
            #expect(error?.message == "the folder \(scratch)/Curricula does not exist")
            try Data("x".utf8).write(to: URL(fileURLWithPath: scratch + "/file"))
            #expect(expectStoreError(.notFound) { try CurriculumStore.open(scratch + "/file") }?.message == "\(scratch)/file is not a folder")
        }
    }

    @Test("opening a folder without catalog.json says it is not a curricula folder")
    func missingCatalog() throws {
        try withScratchDirectory { scratch throws in
            let error = expectStoreError(.notFound) { try CurriculumStore.open(scratch) }
            #expect(
                error?.message
                    == "\(scratch)/catalog.json is missing: \(scratch) is not a curricula folder (create one with `workbench init`)")
        }
    }

    @Test("a corrupt catalog is refused with the file, the line and the column")
    func corruptCatalog() throws {
        try withScratchDirectory { scratch throws in
            try Data("{\n  \"format\": \"curriculum-workbench/catalog@1\",\n  \"topics\": [\"a\",]\n}\n".utf8)
                .write(to: URL(fileURLWithPath: scratch + "/catalog.json"))
            let error = expectStoreError(.invalid) { try CurriculumStore.open(scratch) }
            #expect(
                error?.message == "\(scratch)/catalog.json cannot be used: not valid JSON: trailing comma before ] at line 3, column 18")
        }
    }

    @Test("a catalog of the wrong format or with wrong types is refused")
    func wrongCatalog() throws {
        try withScratchDirectory { scratch throws in
            let path = URL(fileURLWithPath: scratch + "/catalog.json")
            try Data(#"{"format": "curriculum-workbench/module@1", "topics": []}"#.utf8).write(to: path)
            #expect(
                expectStoreError(.invalid) { try CurriculumStore.open(scratch) }?.message
                    == "\(scratch)/catalog.json cannot be used: unknown format \"curriculum-workbench/module@1\" (expected \"curriculum-workbench/catalog@1\") at /format"
            )
            try Data(#"{"format": "curriculum-workbench/catalog@1", "topics": "all"}"#.utf8).write(to: path)
            #expect(
                expectStoreError(.invalid) { try CurriculumStore.open(scratch) }?.message
                    == "\(scratch)/catalog.json cannot be used: expected a list, found something else at /topics")
            try Data().write(to: path)
            #expect(
                expectStoreError(.invalid) { try CurriculumStore.open(scratch) }?.message
                    == "\(scratch)/catalog.json cannot be used: not valid JSON: the file is empty")
        }
    }

    @Test("an empty folder with only a catalog opens with no topics")
    func catalogOnly() throws {
        try withScratchDirectory { scratch throws in
            let store = try makeCurriculaFolder(at: scratch, catalog: Fixtures.catalog(topics: []), topics: [], modules: [])
            #expect(store.topics.isEmpty)
            #expect(store.loadProblems.isEmpty)
        }
    }

    @Test("a catalog topic without a folder is an error; a folder not in the catalog a warning")
    func catalogAndFoldersDisagree() throws {
        try withFixtureFolder { folder throws in
            try FileManager.default.removeItem(atPath: folder.layout.topicFolder(Fixtures.asylumTopic))
            try AtomicWriter.makeDirectories(folder.layout.topicFolder("99-extra-topic"))
            let store = try folder.reopened()
            #expect(store.topics.map(\.id) == [Fixtures.securityTopic, Fixtures.localTopic, "99-extra-topic"])
            #expect(
                store.folderProblems == [
                    Diagnostic(.warning, file: "topics/99-extra-topic", "this topic folder is not in catalog.json's topic list"),
                    Diagnostic(
                        .error, file: "catalog.json", pointer: "/topics/1",
                        "the topic 11-asylum-procedures has no folder under topics/"),
                ])
            let extra = try #require(store.topic(named: "99-extra-topic"))
            #expect(extra.topic == nil)
            #expect(extra.record.problems == [Diagnostic(.error, file: "topics/99-extra-topic", "the document has no revisions")])
        }
    }

    @Test("a catalog topic id that is not a slug is reported and never used as a path")
    func catalogTopicNotASlug() throws {
        try withScratchDirectory { scratch throws in
            let catalog = Fixtures.catalog(topics: ["../outside", Fixtures.securityTopic])
            let store = try makeCurriculaFolder(
                at: scratch + "/Curricula", catalog: catalog, topics: [Fixtures.topics[0]], modules: [])
            #expect(store.topics.map(\.id) == [Fixtures.securityTopic])
            #expect(
                store.folderProblems == [
                    Diagnostic(
                        .error, file: "catalog.json", pointer: "/topics/0",
                        "topic id \"../outside\": an id cannot hold \"/\" or \"..\": it names a folder, not a path")
                ])
        }
    }

    @Test("stray temporary and hidden files are ignored by readers")
    func temporaryFilesIgnored() throws {
        try withFixtureFolder { folder throws in
            let revisions = folder.revisionsFolder("border-risk-analysis")
            try folder.write(utf8("{ torn"), to: revisions + "/.tmp-0b6f7c2e-1d2a.json")
            try folder.write(utf8(""), to: revisions + "/.000009-aaaaaaaaaaaa.json")
            try folder.write(utf8("{"), to: folder.layout.modulesFolder(Fixtures.securityTopic) + "/.tmp-x.json")
            try folder.write(utf8("{"), to: folder.layout.topicsFolder + "/.tmp-y.json")
            try AtomicWriter.makeDirectories(folder.layout.topicsFolder + "/.git")
            let store = try folder.reopened()
            #expect(store.loadProblems.isEmpty)
            #expect(store.topics.count == 3)
            let entry = try store.requireModule("border-risk-analysis")
            #expect(entry.record.headers.count == 1)
            #expect(entry.module == Fixtures.module("border-risk-analysis"))
        }
    }

    @Test("a file in revisions/ whose name is not a revision id is warned about and ignored")
    func foreignFileInRevisions() throws {
        try withFixtureFolder { folder throws in
            let revisions = folder.revisionsFolder("border-risk-analysis")
            try folder.write(utf8("notes"), to: revisions + "/notes.txt")
            let store = try folder.reopened()
            let entry = try store.requireModule("border-risk-analysis")
            #expect(
                entry.record.problems == [
                    Diagnostic(
                        .warning, file: "topics/07-migration-and-security/modules/border-risk-analysis/revisions/notes.txt",
                        "not a revision file name (000001-0123456789ab.json); ignored")
                ])
            #expect(entry.module != nil)
            #expect(!entry.record.hasErrors)
        }
    }

    @Test("a module folder without revisions is an error for that module only")
    func moduleWithoutRevisions() throws {
        try withFixtureFolder { folder throws in
            try AtomicWriter.makeDirectories(folder.moduleFolder("empty-module"))
            let store = try folder.reopened()
            let entry = try store.requireModule("empty-module")
            #expect(entry.module == nil)
            #expect(
                entry.record.problems == [
                    Diagnostic(.error, file: "topics/07-migration-and-security/modules/empty-module", "the document has no revisions")
                ])
            #expect(try store.requireModule("border-risk-analysis").module != nil)
        }
    }

    @Test("a relative folder path is opened from the current directory")
    func relativePath() throws {
        let absolute = CurriculumStore.absolutePath("Curricula")
        #expect(absolute == FileManager.default.currentDirectoryPath + "/Curricula")
        #expect(CurriculumStore.absolutePath("/a/b/../c/") == "/a/c")
        #expect(FolderLayout(root: "/x/Curricula/").root == "/x/Curricula")
        #expect(FolderLayout(root: "/x").relative("/x/topics/a") == "topics/a")
        #expect(FolderLayout(root: "/x").relative("/x") == ".")
        #expect(FolderLayout(root: "/x").relative("/xy/a") == "/xy/a")
    }
}
