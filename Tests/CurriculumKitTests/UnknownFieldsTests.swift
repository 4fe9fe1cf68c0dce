import Foundation
import Testing

@testable import CurriculumKit

/// A canonical module document with fields a newer version of the format might write.
private let moduleWithUnknownFields = """
    {
      "aim": "Aim.",
      "assessments": [],
      "crossCutting": [],
      "delivery": "face-to-face",
      "description": "",
      "entryRequirements": "",
      "format": "curriculum-workbench/module@1",
      "id": "border-risk-analysis",
      "keywords": [],
      "language": "en",
      "learningOutcomes": [
        {
          "domain": "knowledge",
          "id": "LO1",
          "text": "Describe risk analysis."
        }
      ],
      "prerequisites": [],
      "references": [],
      "sessions": [
        {
          "id": "S1",
          "materials": [],
          "method": "lecture",
          "minutes": 60,
          "outcomes": [
            "LO1"
          ],
          "title": "Risk",
          "trainerNotes": ""
        },
        {
          "id": "S2",
          "materials": [],
          "method": "workshop",
          "minutes": 90,
          "outcomes": [
            "LO1"
          ],
          "room": {
            "building": "Training centre",
            "seats": 24
          },
          "title": "Practice",
          "trainerNotes": ""
        }
      ],
      "targetGroups": [],
      "title": "Border risk analysis",
      "topic": "07-migration-and-security",
      "x-accreditation": {
        "body": "Ministry of Education",
        "points": 3
      }
    }

    """

@Suite("Unknown fields")
struct UnknownFieldsTests {
    @Test("unknown fields at the top level and inside a session are kept when the module is encoded again")
    func keptOnReencode() throws {
        let bytes = utf8(moduleWithUnknownFields)
        let module = try DocumentCoding.decodeDocument(Module.self, from: bytes)
        #expect(!module.unknownFields.isEmpty)
        #expect(DocumentCoding.encodeDocument(module) == bytes)
    }

    @Test("unknown fields are reported with JSON pointers to them")
    func reportedPointers() throws {
        let module = try DocumentCoding.decodeDocument(Module.self, from: utf8(moduleWithUnknownFields))
        let tree = DocumentCoding.tree(of: module)
        #expect(module.unknownFields.pointers(in: tree) == ["/sessions/1/room", "/x-accreditation"])
    }

    @Test("the validator warns about each unknown field, naming its pointer")
    func validatorWarns() throws {
        let module = try DocumentCoding.decodeDocument(Module.self, from: utf8(moduleWithUnknownFields))
        let findings = ModuleValidator().diagnose(module, file: "m.json")
            .filter { $0.message.hasPrefix("unknown field") }
        #expect(
            findings == [
                Diagnostic(
                    .warning, file: "m.json", pointer: "/sessions/1/room",
                    "unknown field: kept as it is, but this version of the workbench does not use it"),
                Diagnostic(
                    .warning, file: "m.json", pointer: "/x-accreditation",
                    "unknown field: kept as it is, but this version of the workbench does not use it"),
            ])
    }

    @Test("an edit keeps the unknown fields, and a moved session takes its unknown field along")
    func editsKeepUnknownFields() throws {
        var module = try DocumentCoding.decodeDocument(Module.self, from: utf8(moduleWithUnknownFields))
        module.title = "Border risk analysis (revised)"
        module.sessions.reverse()
        let text = String(decoding: DocumentCoding.encodeDocument(module), as: UTF8.self)
        #expect(text.contains("\"title\": \"Border risk analysis (revised)\""))
        #expect(text.contains("\"x-accreditation\": {\n    \"body\": \"Ministry of Education\",\n    \"points\": 3\n  }"))
        let reread = try DocumentCoding.decodeDocument(Module.self, from: utf8(text))
        #expect(reread.sessions.map(\.id) == ["S2", "S1"])
        #expect(reread.unknownFields.pointers(in: DocumentCoding.tree(of: reread)) == ["/sessions/0/room", "/x-accreditation"])
        let tree = try JSONParser.parse(utf8(text))
        #expect(tree["sessions"]?.arrayValue?[0]["room"]?["seats"] == .integer(24))
        #expect(tree["sessions"]?.arrayValue?[1]["room"] == nil)
    }

    @Test("a session removed in an edit drops its unknown field; a new module has none")
    func removedSession() throws {
        var module = try DocumentCoding.decodeDocument(Module.self, from: utf8(moduleWithUnknownFields))
        module.sessions.removeLast()
        let text = String(decoding: DocumentCoding.encodeDocument(module), as: UTF8.self)
        #expect(!text.contains("\"room\""))
        #expect(text.contains("\"x-accreditation\""))
        #expect(Fixtures.module("fresh").unknownFields.isEmpty)
    }

    @Test("unknown fields survive a save through the store and a reload")
    func survivesStore() throws {
        try withFixtureFolder(modules: []) { folder throws in
            let module = try DocumentCoding.decodeDocument(Module.self, from: utf8(moduleWithUnknownFields))
            try folder.store.createModule(module, author: Fixtures.author, time: Fixtures.time(5))
            var edited = try #require(try folder.store.requireModule("border-risk-analysis").module)
            #expect(edited.unknownFields == module.unknownFields)
            edited.aim = "A sharper aim."
            try folder.store.saveModule(edited, author: Fixtures.author, message: "Sharper aim", time: Fixtures.time(6))

            let store = try folder.reopened()
            let reloaded = try #require(try store.requireModule("border-risk-analysis").module)
            #expect(reloaded.aim == "A sharper aim.")
            #expect(reloaded.unknownFields == module.unknownFields)
            let head = try #require(try store.requireModule("border-risk-analysis").record.head)
            let fileText = String(
                decoding: try folder.read(folder.revisionsFolder("border-risk-analysis") + "/" + head.fileName), as: UTF8.self)
            #expect(fileText.contains("\"x-accreditation\": {"))
            #expect(fileText.contains("\"room\": {"))
        }
    }

    @Test("topics and the catalog keep their unknown fields too")
    func topicAndCatalog() throws {
        let topicText = utf8(
            "{\n  \"aim\": \"\",\n  \"description\": \"\",\n  \"format\": \"curriculum-workbench/topic@1\",\n  \"id\": \"07-migration-and-security\",\n  \"modules\": [],\n  \"number\": 7,\n  \"owner\": \"MUP\",\n  \"targetGroups\": [],\n  \"title\": \"Migration and Security\"\n}\n"
        )
        let topic = try DocumentCoding.decodeDocument(Topic.self, from: topicText)
        #expect(topic.unknownFields.pointers() == ["/owner"])
        #expect(DocumentCoding.encodeDocument(topic) == topicText)
        let findings = TopicValidator().diagnose(topic, file: "t.json")
        #expect(findings.map(\.pointer) == ["/owner"])

        let catalogText = utf8(#"{"format": "curriculum-workbench/catalog@1", "topics": [], "site": "Podgorica"}"#)
        let catalog = try DocumentCoding.decodeDocument(Catalog.self, from: catalogText)
        #expect(catalog.unknownFields.pointers() == ["/site"])
        #expect(String(decoding: DocumentCoding.encodeDocument(catalog), as: UTF8.self).contains("\"site\": \"Podgorica\""))
    }

    @Test("elements without an id are matched by position")
    func elementsWithoutID() {
        let raw = JSONValue.object(["list": .array([.object(["a": .integer(1), "x": .bool(true)]), .object(["a": .integer(2)])])])
        let known = JSONValue.object(["list": .array([.object(["a": .integer(1)]), .object(["a": .integer(2)])])])
        let unknown = UnknownFields.difference(raw: raw, known: known)
        #expect(unknown.pointers() == ["/list/0/x"])
        #expect(unknown.applied(to: known) == raw)
    }

    @Test("a known field is never overwritten by an unknown one, and keys are escaped in pointers")
    func appliedDoesNotOverwrite() {
        let raw = JSONValue.object(["a/b": .integer(1), "t~": .integer(2)])
        let unknown = UnknownFields.difference(raw: raw, known: .object([:]))
        #expect(unknown.pointers() == ["/a~1b", "/t~0"])
        #expect(unknown.applied(to: .object(["a/b": .integer(9)])) == .object(["a/b": .integer(9), "t~": .integer(2)]))
    }

    @Test("decoding notes whether every member was read: only then are unknown fields looked for")
    func unreadMembersNoted() throws {
        let known = utf8(#"{"format": "curriculum-workbench/catalog@1", "title": "T", "topics": []}"#)
        #expect(try DocumentCoding.decodeNoting(Catalog.self, from: known).leftUnread == false)
        let nested = utf8(#"{"format": "curriculum-workbench/catalog@1", "topics": [], "members": [{"name": "Ana", "institution": "MUP", "country": "RS", "roles": [], "phone": "1"}]}"#)
        #expect(try DocumentCoding.decodeNoting(Catalog.self, from: nested).leftUnread == true)
        // A field written as null is read (as absent), so it is not an unknown field.
        let null = utf8(#"{"format": "curriculum-workbench/catalog@1", "title": null, "topics": []}"#)
        #expect(try DocumentCoding.decodeDocument(Catalog.self, from: null).unknownFields.isEmpty)
    }
}
