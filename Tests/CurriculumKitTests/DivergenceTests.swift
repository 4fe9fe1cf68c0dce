import Foundation
import Testing

@testable import CurriculumKit

private let moduleID = "border-risk-analysis"

/// Reads one revision of the module in full, verified, as a merge would.
private func readRevision(_ id: RevisionID, in folder: FixtureFolder) throws -> StoredRevision<Module> {
    let path = folder.revisionsFolder(moduleID) + "/" + id.fileName
    return try RevisionReader.read(Module.self, id: id, path: path, relativePath: folder.layout.relative(path))
}

@Suite("Divergence")
struct DivergenceTests {
    @Test("two saves from the same base leave two heads: diverged, and nothing is lost")
    func twoSavesFromOneBase() throws {
        try withFixtureFolder { folder throws in
            let base = try #require(try folder.store.requireModule(moduleID).record.head)
            var mine = try #require(try folder.store.requireModule(moduleID).module)
            var theirs = mine
            mine.title = "Ana's title"
            theirs.aim = "Marko's aim"

            let first = try folder.store.saveModule(mine, base: base, author: Fixtures.author, message: "Title", time: Fixtures.time(20))
            #expect(!first.isDiverged)
            // The second writer started from the same base (`workbench save --base`).
            let second = try folder.store.saveModule(theirs, base: base, author: Fixtures.reviewer, message: "Aim", time: Fixtures.time(21))
            #expect(second.isDiverged)
            #expect(second.id.seq == 2)
            #expect(second.heads == [second.id, first.id])

            let entry = try folder.store.requireModule(moduleID)
            #expect(entry.record.isDiverged)
            #expect(entry.status == .diverged)
            #expect(entry.record.heads == [second.id, first.id])
            #expect(entry.record.headers[first.id]?.parents == [base])
            #expect(entry.record.headers[second.id]?.parents == [base])
            #expect(entry.record.problems.isEmpty)

            #expect(try readRevision(first.id, in: folder).document == mine)
            #expect(try readRevision(second.id, in: folder).document == theirs)
            #expect(try readRevision(base, in: folder).document == Fixtures.module(moduleID))
            #expect(folder.revisionFiles(moduleID).count == 3)
        }
    }

    @Test("a diverged module opens as diverged, showing the newest head")
    func divergedAfterReopen() throws {
        try withFixtureFolder { folder throws in
            let base = try #require(try folder.store.requireModule(moduleID).record.head)
            var module = Fixtures.module(moduleID)
            module.title = "Older head"
            let older = try folder.store.saveModule(module, base: base, author: Fixtures.author, message: "a", time: Fixtures.time(20))
            module.title = "Newer head"
            let newer = try folder.store.saveModule(module, base: base, author: Fixtures.author, message: "b", time: Fixtures.time(25))

            let entry = try folder.reopened().requireModule(moduleID)
            #expect(entry.status == .diverged)
            #expect(entry.record.heads == [newer.id, older.id])
            #expect(entry.record.head == newer.id)
            #expect(entry.module?.title == "Newer head")
            #expect(!entry.record.hasErrors)
        }
    }

    @Test("saving from an older revision than the head diverges, with seq one past that base")
    func saveFromOldRevision() throws {
        try withFixtureFolder { folder throws in
            let first = try #require(try folder.store.requireModule(moduleID).record.head)
            var module = Fixtures.module(moduleID)
            for minute in 20...22 {
                module.aim = "Aim \(minute)"
                try folder.store.saveModule(module, author: Fixtures.author, message: "Aim", time: Fixtures.time(minute))
            }
            #expect(try folder.store.requireModule(moduleID).record.head?.seq == 4)
            module.aim = "From the first revision"
            let stale = try folder.store.saveModule(module, base: first, author: Fixtures.reviewer, message: "Stale", time: Fixtures.time(30))
            #expect(stale.id.seq == 2)
            #expect(stale.isDiverged)
            #expect(stale.heads.count == 2)
            #expect(try folder.store.requireModule(moduleID).status == .diverged)
        }
    }

    @Test("a later save without a base continues the newest head and the module stays diverged")
    func saveWhileDiverged() throws {
        try withFixtureFolder { folder throws in
            let base = try #require(try folder.store.requireModule(moduleID).record.head)
            var module = Fixtures.module(moduleID)
            module.title = "A"
            let a = try folder.store.saveModule(module, base: base, author: Fixtures.author, message: "a", time: Fixtures.time(20))
            module.title = "B"
            let b = try folder.store.saveModule(module, base: base, author: Fixtures.author, message: "b", time: Fixtures.time(21))
            module.title = "C"
            let c = try folder.store.saveModule(module, author: Fixtures.author, message: "c", time: Fixtures.time(22))
            #expect(try folder.store.requireModule(moduleID).record.headers[c.id]?.parents == [b.id])
            #expect(c.id.seq == 3)
            #expect(c.heads == [c.id, a.id])
            #expect(c.isDiverged)
        }
    }

    @Test("two sites that saved from the same base diverge once their files meet")
    func twoSitesSynced() throws {
        try withFixtureFolder { folder throws in
            // Site B is a copy of the folder, as a git clone would be.
            let siteB = folder.scratch + "/SiteB"
            try FileManager.default.copyItem(atPath: folder.root, toPath: siteB)
            var storeB = try CurriculumStore.open(siteB)

            var module = Fixtures.module(moduleID)
            module.title = "Site A"
            let a = try folder.store.saveModule(module, author: Fixtures.author, message: "A", time: Fixtures.time(20))
            module.title = "Site B"
            let b = try storeB.saveModule(module, author: Fixtures.reviewer, message: "B", time: Fixtures.time(21))
            #expect(!a.isDiverged)
            #expect(!b.isDiverged)
            #expect(a.id.seq == 2 && b.id.seq == 2)
            #expect(a.id != b.id)

            // Syncing adds site B's new file; no file collides.
            let fileB = siteB + "/" + b.file
            #expect(!FileManager.default.fileExists(atPath: folder.root + "/" + b.file))
            try FileManager.default.copyItem(atPath: fileB, toPath: folder.root + "/" + b.file)
            let entry = try folder.reopened().requireModule(moduleID)
            #expect(entry.status == .diverged)
            #expect(Set(entry.record.heads) == [a.id, b.id])
            #expect(entry.record.heads.first == b.id)
        }
    }

    @Test("a merge revision naming both heads as parents ends the divergence")
    func mergeRevision() throws {
        try withFixtureFolder { folder throws in
            let base = try #require(try folder.store.requireModule(moduleID).record.head)
            var module = Fixtures.module(moduleID)
            module.title = "A"
            let a = try folder.store.saveModule(module, base: base, author: Fixtures.author, message: "a", time: Fixtures.time(20))
            module.aim = "B aim"
            let b = try folder.store.saveModule(module, base: base, author: Fixtures.author, message: "b", time: Fixtures.time(21))
            #expect(b.isDiverged)

            let info = RevisionInfo(seq: 3, parents: [b.id, a.id], author: Fixtures.author, time: Fixtures.time(22), message: "Merge")
            let merged = try folder.writeRawRevision(FixtureFolder.revisionBytes(module, info: info), seq: 3, module: moduleID)
            let entry = try folder.reopened().requireModule(moduleID)
            #expect(entry.record.heads == [merged])
            #expect(!entry.record.isDiverged)
            #expect(entry.status == .draft)
            #expect(entry.module == module)
            #expect(entry.record.problems.isEmpty)
        }
    }

    @Test("heads are the revisions nobody names as parent, newest time first, then highest id")
    func headOrdering() {
        let r1 = RevisionID(seq: 1, hash: "aaaaaaaaaaaa")
        let r2a = RevisionID(seq: 2, hash: "bbbbbbbbbbbb")
        let r2b = RevisionID(seq: 2, hash: "cccccccccccc")
        let r3 = RevisionID(seq: 3, hash: "dddddddddddd")
        func info(_ parents: [RevisionID], _ minute: Int) -> RevisionInfo {
            RevisionInfo(seq: 0, parents: parents, author: "a", time: Fixtures.time(minute), message: "")
        }
        #expect(DocumentLoader.heads(of: [r1: info([], 0)]) == [r1])
        #expect(DocumentLoader.heads(of: [r1: info([], 0), r2a: info([r1], 5), r2b: info([r1], 3)]) == [r2a, r2b])
        #expect(DocumentLoader.heads(of: [r1: info([], 0), r2a: info([r1], 5), r2b: info([r1], 5)]) == [r2b, r2a])
        #expect(DocumentLoader.heads(of: [r1: info([], 0), r2a: info([r1], 5), r2b: info([r1], 3), r3: info([r2a, r2b], 9)]) == [r3])
        #expect(DocumentLoader.heads(of: [:]).isEmpty)
    }
}
