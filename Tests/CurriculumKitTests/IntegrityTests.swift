import Foundation
import Testing

@testable import CurriculumKit

private let damaged = "border-risk-analysis"
private let untouched = [("interview-techniques", Fixtures.securityTopic), ("local-action-plans", Fixtures.localTopic)]

/// The only revision file of the damaged module, as a path.
private func onlyRevisionPath(_ folder: FixtureFolder) throws -> String {
    let files = folder.revisionFiles(damaged)
    try #require(files.count == 1)
    return folder.revisionsFolder(damaged) + "/" + files[0]
}

/// Replaces the damaged module's only revision with `bytes`, named by their own hash (so only the content is wrong).
@discardableResult
private func replaceOnlyRevision(_ folder: FixtureFolder, with bytes: [UInt8], seq: Int = 1) throws -> String {
    try FileManager.default.removeItem(atPath: try onlyRevisionPath(folder))
    let id = try folder.writeRawRevision(bytes, seq: seq, module: damaged)
    return folder.layout.relative(folder.revisionsFolder(damaged) + "/" + id.fileName)
}

/// Checks that the store's only problem is `expected`, that the damaged module has no document,
/// and that every other module still loads.
private func expectOnlyDamagedModule(
    _ store: CurriculumStore, problem expected: Diagnostic, sourceLocation: SourceLocation = #_sourceLocation
) throws {
    #expect(store.loadProblems == [expected], sourceLocation: sourceLocation)
    let entry = try store.requireModule(damaged, sourceLocation: sourceLocation)
    #expect(entry.module == nil, sourceLocation: sourceLocation)
    #expect(entry.record.hasErrors, sourceLocation: sourceLocation)
    for (id, topic) in untouched {
        let other = try store.requireModule(id, topic: topic, sourceLocation: sourceLocation)
        #expect(other.module?.id == id, sourceLocation: sourceLocation)
        #expect(other.record.problems.isEmpty, sourceLocation: sourceLocation)
    }
}

/// Returns `bytes` with the first occurrence of `old` replaced by `new`.
private func replacing(_ old: String, with new: [UInt8], in bytes: [UInt8]) throws -> [UInt8] {
    let pattern = utf8(old)
    let start = try #require(
        (0...(bytes.count - pattern.count)).first { bytes[$0..<($0 + pattern.count)].elementsEqual(pattern) },
        "\(old) is not in the file")
    return Array(bytes[..<start]) + new + Array(bytes[(start + pattern.count)...])
}

@Suite("Integrity")
struct IntegrityTests {
    @Test("a revision file edited after it was written is reported and not used")
    func editedAfterWriting() throws {
        try withFixtureFolder { folder throws in
            let path = try onlyRevisionPath(folder)
            let original = try folder.read(path)
            let edited = try replacing("\"title\": \"Module border-risk-analysis\"", with: utf8("\"title\": \"Quietly changed\""), in: original)
            try folder.write(edited, to: path)
            let name = (path as NSString).lastPathComponent
            let expected = Diagnostic(
                .error, file: folder.layout.relative(path),
                "the file was changed after it was written (its content hash is \(ReferenceSHA256.short(edited)), its name says \(ReferenceSHA256.short(original))); it is not used"
            )
            #expect(name.contains(ReferenceSHA256.short(original)))
            try expectOnlyDamagedModule(try folder.reopened(), problem: expected)
        }
    }

    @Test("an edited head is not replaced by its parent: the document shows nothing rather than old content")
    func editedHeadWithHistory() throws {
        try withFixtureFolder { folder throws in
            var module = Fixtures.module(damaged)
            module.title = "Second"
            let second = try folder.store.saveModule(module, author: Fixtures.author, message: "2", time: Fixtures.time(20))
            let path = folder.root + "/" + second.file
            var bytes = try folder.read(path)
            bytes = try replacing("\"Second\"", with: utf8("\"Sneaky\""), in: bytes)
            try folder.write(bytes, to: path)
            let entry = try folder.reopened().requireModule(damaged)
            #expect(entry.record.heads == [second.id])
            #expect(entry.record.current == nil)
            #expect(entry.record.problems.count == 1)
            #expect(entry.record.problems.first?.file == second.file)
            #expect(entry.record.problems.first?.message.hasPrefix("the file was changed after it was written") == true)
        }
    }

    @Test("an empty revision file is reported as empty")
    func emptyFile() throws {
        try withFixtureFolder { folder throws in
            let file = try replaceOnlyRevision(folder, with: [])
            #expect(file.hasSuffix("/000001-e3b0c44298fc.json"))
            try expectOnlyDamagedModule(try folder.reopened(), problem: Diagnostic(.error, file: file, "not valid JSON: the file is empty"))
        }
    }

    @Test("a truncated revision file is reported with the line and column where it ends")
    func truncatedFile() throws {
        try withFixtureFolder { folder throws in
            let original = try folder.read(try onlyRevisionPath(folder))
            let truncated = Array(original.prefix(original.count / 2))
            let file = try replaceOnlyRevision(folder, with: truncated)
            var expectedError: JSONSyntaxError?
            do throws(JSONSyntaxError) { _ = try JSONParser.parse(truncated) } catch { expectedError = error }
            let syntax = try #require(expectedError)
            #expect(syntax.reason.hasPrefix("the document ends inside"))
            #expect(syntax.line == String(decoding: truncated, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).count)
            try expectOnlyDamagedModule(
                try folder.reopened(),
                problem: Diagnostic(.error, file: file, "not valid JSON: \(syntax.reason) at line \(syntax.line), column \(syntax.column)"))
        }
    }

    @Test("a revision file that is not UTF-8 is reported with the position of the bad byte")
    func notUTF8() throws {
        try withFixtureFolder { folder throws in
            let original = try folder.read(try onlyRevisionPath(folder))
            // Latin-1 "é" (one byte, 0xE9) in the document's aim; the header at the end stays readable.
            let bytes = try replacing("\"aim\": \"Aim", with: utf8("\"aim\": \"") + [0xE9] + utf8("Aim"), in: original)
            let file = try replaceOnlyRevision(folder, with: bytes)
            let lines = String(decoding: original, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let line = try #require(lines.firstIndex { $0.hasPrefix("    \"aim\": ") }) + 1
            try expectOnlyDamagedModule(
                try folder.reopened(),
                problem: Diagnostic(.error, file: file, "not valid JSON: the file is not UTF-8 text at line \(line), column 13"))
        }
    }

    @Test("a revision file with a wrong type is reported at the JSON pointer inside the file")
    func wrongType() throws {
        try withFixtureFolder { folder throws in
            let original = try folder.read(try onlyRevisionPath(folder))
            let bytes = try replacing("\"minutes\": 60", with: utf8("\"minutes\": \"sixty\""), in: original)
            let file = try replaceOnlyRevision(folder, with: bytes)
            try expectOnlyDamagedModule(
                try folder.reopened(),
                problem: Diagnostic(
                    .error, file: file, pointer: "/document/sessions/0/minutes", "expected a whole number, found something else"))
        }
    }

    @Test("a revision holding another kind of document is refused by its format")
    func wrongFormat() throws {
        try withFixtureFolder { folder throws in
            let original = try folder.read(try onlyRevisionPath(folder))
            let bytes = try replacing(Module.format, with: utf8(Topic.format), in: original)
            let file = try replaceOnlyRevision(folder, with: bytes)
            try expectOnlyDamagedModule(
                try folder.reopened(),
                problem: Diagnostic(
                    .error, file: file, pointer: "/document/format",
                    "unknown format \"curriculum-workbench/topic@1\" (expected \"curriculum-workbench/module@1\")"))
        }
    }

    @Test("a revision whose seq disagrees with its file name is refused")
    func seqMismatch() throws {
        try withFixtureFolder { folder throws in
            let original = try folder.read(try onlyRevisionPath(folder))
            let bytes = try replacing("\"seq\": 1", with: utf8("\"seq\": 5"), in: original)
            let file = try replaceOnlyRevision(folder, with: bytes)
            try expectOnlyDamagedModule(
                try folder.reopened(),
                problem: Diagnostic(
                    .error, file: file, pointer: "/revision/seq", "the revision says seq 5 but its file name says 1"))
        }
    }

    @Test("loading reads only the header of an old revision: damage to its body does not stop the head loading")
    func oldRevisionBodyNotRead() throws {
        try withFixtureFolder { folder throws in
            let first = try #require(try folder.store.requireModule(damaged).record.head)
            var module = Fixtures.module(damaged)
            module.title = "Second"
            let second = try folder.store.saveModule(module, author: Fixtures.author, message: "2", time: Fixtures.time(20))

            // Wreck the old revision's document (not even JSON any more) but keep its header intact.
            let oldPath = folder.revisionsFolder(damaged) + "/" + first.fileName
            let original = try folder.read(oldPath)
            let wrecked = try replacing("\"document\": {", with: [0xFF, 0xFE] + utf8("garbage {"), in: original)
            try folder.write(wrecked, to: oldPath)

            let store = try folder.reopened()
            let entry = try store.requireModule(damaged)
            #expect(entry.record.problems.isEmpty)
            #expect(entry.record.head == second.id)
            #expect(entry.module == module)
            let history = store.withHistory(entry.record)
            #expect(history.problems.isEmpty)
            #expect(history.headers[first]?.seq == 1)
            #expect(history.headers[second.id]?.parents == [first])

            // Reading the old revision in full does find the damage.
            do throws(DocumentReadError) {
                _ = try RevisionReader.read(Module.self, id: first, path: oldPath, relativePath: first.fileName)
                Issue.record("the wrecked revision was read")
            } catch {
                #expect(error.message.hasPrefix("the file was changed after it was written"))
            }
        }
    }

    @Test("a large old revision is read from its tail only")
    func largeOldRevisionTailOnly() throws {
        try withFixtureFolder { folder throws in
            let first = try #require(try folder.store.requireModule(damaged).record.head)
            var module = Fixtures.module(damaged)
            module.description = String(repeating: "Opis modula. ", count: 2000)
            let big = try folder.store.saveModule(module, author: Fixtures.author, message: "big", time: Fixtures.time(20))
            module.description = "Short again."
            let third = try folder.store.saveModule(module, author: Fixtures.author, message: "3", time: Fixtures.time(21))

            let bigPath = folder.root + "/" + big.file
            var bytes = try folder.read(bigPath)
            #expect(bytes.count > 20_000)
            bytes.replaceSubrange(0..<16, with: [UInt8](repeating: 0, count: 16))
            try folder.write(bytes, to: bigPath)

            let store = try folder.reopened()
            let entry = store.withHistory(try store.requireModule(damaged).record)
            #expect(entry.problems.isEmpty)
            #expect(entry.head == third.id)
            #expect(entry.headers[big.id]?.parents == [first])
            #expect(entry.headers[third.id]?.parents == [big.id])
        }
    }

    @Test("a damaged header of an old revision is reported with the history; the head still loads")
    func oldRevisionHeaderDamaged() throws {
        try withFixtureFolder { folder throws in
            let first = try #require(try folder.store.requireModule(damaged).record.head)
            var module = Fixtures.module(damaged)
            module.title = "Second"
            let second = try folder.store.saveModule(module, author: Fixtures.author, message: "2", time: Fixtures.time(20))
            let oldPath = folder.revisionsFolder(damaged) + "/" + first.fileName
            try folder.write(try replacing("\"seq\": 1", with: utf8("\"seq\": \"one\""), in: try folder.read(oldPath)), to: oldPath)

            let store = try folder.reopened()
            let loaded = try store.requireModule(damaged)
            #expect(loaded.record.problems.isEmpty, "a linear history is not read at load")
            #expect(!loaded.record.isHistoryLoaded)
            let history = store.withHistory(loaded.record)
            #expect(
                history.problems == [
                    Diagnostic(
                        .error, file: folder.layout.relative(oldPath), pointer: "/revision/seq",
                        "expected a whole number, found something else")
                ])
            #expect(history.head == second.id)
            #expect(loaded.module == module)
        }
    }

    @Test("a hand-written revision that is not in canonical form is still read in full")
    func nonCanonicalRevision() throws {
        try withFixtureFolder { folder throws in
            let module = Fixtures.module(damaged)
            var tree = try JSONParser.parse(
                FixtureFolder.revisionBytes(
                    module, info: RevisionInfo(seq: 1, parents: [], author: "git", time: Fixtures.time(0), message: "by hand")))
            tree = .object(tree.objectValue!)
            let compact = try JSONEncoder().encode(JSONCodableValue(tree))
            let file = try replaceOnlyRevision(folder, with: [UInt8](compact))
            let entry = try folder.reopened().requireModule(damaged)
            #expect(entry.record.problems.isEmpty)
            #expect(entry.module == module)
            #expect(entry.record.current?.file == file)
            #expect(entry.record.current?.info.author == "git")
        }
    }

    @Test("when the newest head is damaged, an older head is shown and that is reported")
    func olderHeadShown() throws {
        try withFixtureFolder { folder throws in
            let base = try #require(try folder.store.requireModule(damaged).record.head)
            var module = Fixtures.module(damaged)
            module.title = "Older head"
            let older = try folder.store.saveModule(module, base: base, author: Fixtures.author, message: "a", time: Fixtures.time(20))
            module.title = "Newer head"
            let newer = try folder.store.saveModule(module, base: base, author: Fixtures.author, message: "b", time: Fixtures.time(21))
            let newerPath = folder.root + "/" + newer.file
            try folder.write(try replacing("\"Newer head\"", with: utf8("\"Altered\""), in: try folder.read(newerPath)), to: newerPath)

            let entry = try folder.reopened().requireModule(damaged)
            #expect(entry.record.heads == [newer.id, older.id])
            #expect(entry.record.current?.id == older.id)
            #expect(entry.module?.title == "Older head")
            #expect(entry.status == .diverged)
            #expect(entry.record.problems.count == 2)
            #expect(entry.record.problems.last == Diagnostic(.error, file: older.file, "the newest revision cannot be used, so an older head is shown"))
        }
    }
}

/// Encodes a `JSONValue` with `JSONEncoder`, to produce compact, non-canonical JSON.
private struct JSONCodableValue: Encodable {
    let value: JSONValue
    init(_ value: JSONValue) { self.value = value }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch value {
        case .null: try container.encodeNil()
        case .bool(let flag): try container.encode(flag)
        case .integer(let integer): try container.encode(integer)
        case .number(let number): try container.encode(number)
        case .string(let text): try container.encode(text)
        case .array(let elements): try container.encode(elements.map(JSONCodableValue.init))
        case .object(let members): try container.encode(members.mapValues(JSONCodableValue.init))
        }
    }
}
