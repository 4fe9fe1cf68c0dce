import Foundation
import Testing

@testable import CurriculumKit

#if canImport(Glibc)
    import Glibc
#endif

@Suite("Summary cache: never hides a change on disk")
struct SummaryCacheTests {
    @Test("a second open reads no document and shows what the files show")
    func warmOpen() throws {
        try withFixtureFolder { folder in
            waitUntilSettled()
            let cold = try folder.openCached()
            #expect(documentsRead(cold) == 3)
            #expect(FileManager.default.fileExists(atPath: folder.cacheFile("summary")))
            let warm = try folder.openCached()
            #expect(documentsRead(warm) == 0)
            // A module's document is read when asked for, and only that one.
            #expect(try warm.requireModule("border-risk-analysis").module?.title == "Module border-risk-analysis")
            #expect(documentsRead(warm) == 1)
            expectSameAsFiles(warm, try folder.reopened())
        }
    }

    @Test("a revision saved by another process shows at once")
    func newRevision() throws {
        try withFixtureFolder { folder in
            try folder.warmCache()
            var other = try folder.reopened()
            var module = try #require(try other.requireModule("border-risk-analysis").module)
            module.title = "Risk analysis at the border"
            let saved = try other.saveModule(module, author: Fixtures.author, message: "Retitled")
            let reopened = try folder.openCached()
            #expect(try reopened.requireModule("border-risk-analysis").facts.title == "Risk analysis at the border")
            #expect(try reopened.requireModule("border-risk-analysis").facts.head == saved.id)
            expectSameAsFiles(reopened, try folder.reopened())
            // Once settled it is cached with the new facts.
            try folder.warmCache()
            let warm = try folder.openCached()
            #expect(documentsRead(warm) == 0)
            expectSameAsFiles(warm, try folder.reopened())
        }
    }

    @Test("a revision file changed in place, same size and modification time, is reported")
    func fileChangedInPlace() throws {
        try withFixtureFolder { folder in
            try folder.warmCache()
            let head = try #require(try folder.store.requireModule("border-risk-analysis").record.head)
            let path = folder.revisionsFolder("border-risk-analysis") + "/" + head.fileName
            var status = stat()
            #expect(stat(path, &status) == 0)
            var bytes = try folder.read(path)
            let title = Array("\"Module border-risk-analysis\"".utf8)
            let at = try #require(bytes.firstRange(of: title))
            bytes[at.lowerBound + 1] = UInt8(ascii: "N")
            // Rewritten in place (same inode, same size), and the modification time set back.
            let handle = try #require(FileHandle(forWritingAtPath: path))
            try handle.write(contentsOf: Data(bytes))
            try handle.close()
            var times = [status.st_atim, status.st_mtim]
            #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)

            let reopened = try folder.openCached()
            let entry = try reopened.requireModule("border-risk-analysis")
            #expect(entry.facts.title == nil)
            #expect(entry.problems.first?.message.hasPrefix("the file was changed after it was written") == true)
            expectSameAsFiles(reopened, try folder.reopened())
        }
    }

    @Test("a review added by another process changes the status")
    func reviewAdded() throws {
        try withFixtureFolder { folder in
            try folder.warmCache()
            var other = try folder.reopened()
            let head = try #require(try other.requireModule("border-risk-analysis").record.head)
            try other.appendReview(
                ReviewEvent(revision: head, reviewer: Fixtures.reviewer, time: Fixtures.time(30), verdict: .submit),
                topic: Fixtures.securityTopic, module: "border-risk-analysis")
            let reopened = try folder.openCached()
            #expect(try reopened.requireModule("border-risk-analysis").status == .inReview)
            expectSameAsFiles(reopened, try folder.reopened())
        }
    }

    @Test("module folders added and removed, and a new teaching order, show at once")
    func foldersAndOrder() throws {
        try withFixtureFolder { folder in
            try folder.warmCache()
            var other = try folder.reopened()
            try other.createModule(Fixtures.module("crisis-decisions"), author: Fixtures.author, time: Fixtures.time(40))
            var reopened = try folder.openCached()
            #expect(reopened.topic(named: Fixtures.securityTopic)?.modules.map(\.id) == [
                "border-risk-analysis", "interview-techniques", "crisis-decisions",
            ])
            expectSameAsFiles(reopened, try folder.reopened())

            try folder.warmCache()
            try FileManager.default.removeItem(atPath: folder.moduleFolder("interview-techniques"))
            reopened = try folder.openCached()
            #expect(reopened.topic(named: Fixtures.securityTopic)?.modules.map(\.id) == ["border-risk-analysis", "crisis-decisions"])
            expectSameAsFiles(reopened, try folder.reopened())

            try folder.warmCache()
            other = try folder.reopened()
            var topic = try #require(other.topic(named: Fixtures.securityTopic)?.topic)
            topic.modules.reverse()
            try other.saveTopic(topic, author: Fixtures.author, message: "New order", time: Fixtures.time(50))
            reopened = try folder.openCached()
            #expect(reopened.topic(named: Fixtures.securityTopic)?.modules.map(\.id) == ["crisis-decisions", "border-risk-analysis"])
            expectSameAsFiles(reopened, try folder.reopened())
        }
    }

    @Test("a changed catalog derives every status again")
    func catalogChanged() throws {
        let members = [
            Member(name: Fixtures.author, institution: "MoI", country: "ME", roles: [.author]),
            Member(name: Fixtures.reviewer, institution: "MoI", country: "ME", roles: [.reviewer]),
        ]
        try withFixtureFolder(catalog: Fixtures.catalog(members: members)) { folder in
            let head = try #require(try folder.store.requireModule("border-risk-analysis").record.head)
            try folder.store.appendReview(
                ReviewEvent(revision: head, reviewer: Fixtures.reviewer, time: Fixtures.time(30), verdict: .approve),
                topic: Fixtures.securityTopic, module: "border-risk-analysis")
            try folder.warmCache()
            #expect(try folder.openCached().requireModule("border-risk-analysis").status == .approved)
            let catalog = Fixtures.catalog(members: members, approvalsRequired: 2)
            try AtomicWriter.write(DocumentCoding.encodeDocument(catalog), to: folder.root, name: "catalog.json", mode: .replace)
            let reopened = try folder.openCached()
            #expect(try reopened.requireModule("border-risk-analysis").status == .inReview)
            expectSameAsFiles(reopened, try folder.reopened())
        }
    }
}

@Suite("Summary cache: never survives damage")
struct SummaryCacheDamageTests {
    enum Damage: String, CaseIterable {
        case truncated, garbage, empty, wrongVersion, flippedByte, otherFolder, directory
    }

    @Test("a damaged cache is ignored, the files shown and the cache written again", arguments: Damage.allCases)
    func damaged(_ damage: Damage) throws {
        try withFixtureFolder { folder in
            try folder.warmCache()
            try Self.apply(damage, to: folder.cacheFile("summary"), folder: folder)
            let reopened = try folder.openCached()
            #expect(documentsRead(reopened) == 3)
            expectSameAsFiles(reopened, try folder.reopened())
            if damage != .directory {
                #expect(documentsRead(try folder.openCached()) == 0, "the cache was written again")
            }
        }
    }

    static func apply(_ damage: Damage, to path: String, folder: FixtureFolder) throws {
        var bytes = try folder.read(path)
        switch damage {
        case .truncated: bytes.removeLast(bytes.count / 2)
        case .garbage:
            var generator = SystemRandomNumberGenerator()
            bytes = bytes.map { _ in UInt8.random(in: 0...255, using: &generator) }
        case .empty: bytes = []
        case .wrongVersion: bytes[12] &+= 1
        case .flippedByte: bytes[bytes.count / 2] ^= 0x20
        case .otherFolder:
            // A whole, valid cache, but made for another folder holding other facts.
            try withFixtureFolder(modules: [Fixtures.module("border-risk-analysis", title: "Elsewhere")]) { other in
                try other.warmCache()
                _ = SearchIndex(store: try other.openCached())
                bytes = try other.read(other.cacheFile(path.hasSuffix(".search") ? "search" : "summary"))
            }
        case .directory:
            try FileManager.default.removeItem(atPath: path)
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
            return
        }
        try folder.write(bytes, to: path)
    }
}
