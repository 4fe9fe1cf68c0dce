import Foundation
import Testing

/// A way to spoil the example module's revision file, and what the error must say.
struct Spoiling: CustomTestStringConvertible, Sendable {
    var name: String
    /// Keep the file name (so the hash no longer matches) instead of renaming to the new hash.
    var keepsName: Bool
    var reason: String
    var spoil: @Sendable (Data) -> Data

    var testDescription: String { name }

    static let all: [Spoiling] = [
        Spoiling(name: "not JSON", keepsName: false, reason: "not valid JSON") { _ in Data("this is not JSON\n".utf8) },
        Spoiling(name: "truncated", keepsName: false, reason: "not valid JSON") { $0.prefix($0.count / 2) },
        Spoiling(name: "empty", keepsName: false, reason: "empty") { _ in Data() },
        Spoiling(name: "not UTF-8", keepsName: false, reason: "UTF-8") { data in
            var bytes = [UInt8](data)
            bytes.insert(0xFF, at: 40)
            return Data(bytes)
        },
        Spoiling(name: "wrong type", keepsName: false, reason: "/document/eqfLevel") { data in
            Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\"eqfLevel\": 5", with: "\"eqfLevel\": \"five\"").utf8)
        },
        Spoiling(name: "unknown format", keepsName: false, reason: "unknown format \"curriculum-workbench/module@9\"") { data in
            Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "module@1", with: "module@9").utf8)
        },
        Spoiling(name: "hash mismatch", keepsName: true, reason: "changed after it was written") { data in
            Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "Local Action Plans", with: "Local Plans").utf8)
        },
    ]
}

@Suite("a spoiled revision file is reported; the rest of the folder still loads")
struct BadRevisionFileTests {
    @Test(arguments: Spoiling.all)
    func spoiledRevision(_ spoiling: Spoiling) throws {
        let folder = try TestFolder()
        let revisions = TestFolder.exampleFolder + "/revisions/"
        let original = try #require(try folder.revisions(TestFolder.exampleFolder).first)
        let spoiled = spoiling.spoil(try folder.read(revisions + original))
        let name = spoiling.keepsName ? original : "000001-\(shortHash(spoiled)).json"
        try FileManager.default.removeItem(at: folder.url(revisions + original))
        try folder.write(revisions + name, spoiled)
        let before = try folder.snapshot()

        let list = try folder.run("list")
        #expect(list.status == 1)
        #expect(list.errorSentence.contains(revisions + name))
        #expect(list.errorSentence.contains(spoiling.reason), "\(list.error)")
        #expect(list.output.contains("16-children-and-youth-in-migration"), "the other topics still list")

        let topic = try folder.run("list", "15")
        #expect(topic.output.contains("local-action-plans"))
        #expect(topic.output.contains("(cannot be read)"))

        let other = try folder.run("show", "border-risk-analysis")
        #expect(other.status == 0, "another module is unaffected")

        let show = try folder.run("show", "local-action-plans")
        #expect(show.status == 1)
        #expect(show.errorSentence.contains(name))

        let validate = try folder.run("validate")
        #expect(validate.status == 1)
        let errors = validate.output.split(separator: "\n").filter { $0.hasPrefix("error:") }
        #expect(errors.count == 1)
        #expect(errors.first?.contains(revisions + name) == true)
        #expect(try folder.snapshot() == before, "nothing on disk changed")
    }

    @Test func alteredOldRevisionIsFoundByValidateOnly() throws {
        let folder = try TestFolder()
        let topicFolder = "topics/07-migration-and-security/revisions/"
        let old = try #require(try folder.revisions("topics/07-migration-and-security").first)
        let text = String(decoding: try folder.read(topicFolder + old), as: UTF8.self)
        try folder.write(topicFolder + old, text.replacingOccurrences(of: "Migration and Security", with: "Security"))
        #expect(try folder.run("list").status == 0, "browsing reads only what the current state needs")
        let validate = try folder.run("validate", "7")
        #expect(validate.status == 1)
        #expect(validate.output.contains("error: \(topicFolder + old): the file was changed after it was written"))
    }

    @Test func strayTemporaryFilesAreIgnored() throws {
        let folder = try TestFolder()
        try folder.write(TestFolder.exampleFolder + "/revisions/.tmp-0000.json", "{\"revision\": {")
        let list = try folder.run("list", "15")
        #expect(list.status == 0)
        #expect(try folder.run("validate").status == 0)
    }
}
