import Foundation
import Testing

@testable import CurriculumKit

/// The error decoding `text` as a document of `type` throws, or an issue when it decodes.
func requireDocumentError<T: PreservingUnknownFields>(
    _ type: T.Type, _ text: String, sourceLocation: SourceLocation = #_sourceLocation
) throws -> DocumentError {
    let value: T
    do throws(DocumentError) {
        value = try DocumentCoding.decodeDocument(type, from: utf8(text))
    } catch {
        return error
    }
    Issue.record("expected a decoding error, decoded \(value)", sourceLocation: sourceLocation)
    throw ExpectedFailure()
}

/// A minimal module document with `extra` members added at the top level.
private func moduleText(_ extra: String = "", id: String? = "m1", format: String = Module.format) -> String {
    var members = ["\"format\": \"\(format)\"", "\"topic\": \"07-migration-and-security\""]
    if let id { members.append("\"id\": \"\(id)\"") }
    if !extra.isEmpty { members.append(extra) }
    return "{" + members.joined(separator: ", ") + "}"
}

@Suite("Module coding")
struct ModuleCodingTests {
    @Test("a minimal module decodes with defaults for the fields a draft may leave out")
    func defaults() throws {
        let module = try DocumentCoding.decodeDocument(Module.self, from: utf8(moduleText()))
        #expect(module == Module(id: "m1", topic: "07-migration-and-security", title: ""))
        #expect(module.language == "en")
        #expect(module.delivery == .faceToFace)
        #expect(module.eqfLevel == nil)
        #expect(module.sessions.isEmpty)
        #expect(module.unknownFields.isEmpty)
    }

    @Test("a full module survives encoding and decoding unchanged")
    func fullModule() throws {
        var module = Fixtures.module("border-risk-analysis")
        module.translationOf = "risk-analysis"
        module.prerequisites = ["human-rights-basics"]
        module.references.append(Reference(id: "R2", kind: .web, citation: "Frontex", url: "https://frontex.europa.eu/"))
        let bytes = DocumentCoding.encodeDocument(module)
        #expect(try DocumentCoding.decodeDocument(Module.self, from: bytes) == module)
        #expect(String(decoding: bytes, as: UTF8.self).contains("\"url\": \"https://frontex.europa.eu/\""))
    }

    @Test("a wrong type names the field's JSON pointer")
    func wrongTypeTopLevel() throws {
        let error = try requireDocumentError(Module.self, moduleText("\"eqfLevel\": \"five\""))
        #expect(error == .content(pointer: "/eqfLevel", reason: "expected a whole number, found something else"))
        #expect(error.pointer == "/eqfLevel")
        #expect(error.description == "expected a whole number, found something else at /eqfLevel")
    }

    @Test("a wrong type inside a list names the element's index")
    func wrongTypeNested() throws {
        let error = try requireDocumentError(
            Module.self, moduleText(#""sessions": [{"id": "S1", "minutes": 60}, {"id": "S2", "minutes": "ninety"}]"#))
        #expect(error.pointer == "/sessions/1/minutes")
        #expect(error.description == "expected a whole number, found something else at /sessions/1/minutes")

        let title = try requireDocumentError(Module.self, moduleText(#""title": 42"#))
        #expect(title == .content(pointer: "/title", reason: "expected text, found something else"))

        let outcomes = try requireDocumentError(
            Module.self, moduleText(#""sessions": [{"id": "S1", "outcomes": ["LO1", 2]}]"#))
        #expect(outcomes.pointer == "/sessions/0/outcomes/1")
    }

    @Test("a list given as text is a type error at the list")
    func listAsText() throws {
        let error = try requireDocumentError(Module.self, moduleText(#""targetGroups": "Border police""#))
        #expect(error.pointer == "/targetGroups")
        #expect(error.description == "expected a list, found something else at /targetGroups")
    }

    @Test("null where a value is required says so")
    func nullValue() throws {
        let null = try requireDocumentError(Module.self, moduleText("\"id\": null", id: nil))
        #expect(null == .content(pointer: "/id", reason: "expected text, found null"))
    }

    @Test("a missing id is reported with its pointer")
    func missingID() throws {
        let error = try requireDocumentError(Module.self, moduleText(id: nil))
        #expect(error.pointer == "/id")
        #expect(error.description == "the required field \"id\" is missing at /id")
        let session = try requireDocumentError(Module.self, moduleText(#""sessions": [{"title": "No id"}]"#))
        #expect(session == .content(pointer: "/sessions/0/id", reason: "the required field \"id\" is missing"))
    }

    @Test("an unknown format is refused, naming both formats")
    func unknownFormat() throws {
        let error = try requireDocumentError(Module.self, moduleText(format: "curriculum-workbench/module@2"))
        #expect(
            error
                == .content(
                    pointer: "/format",
                    reason: "unknown format \"curriculum-workbench/module@2\" (expected \"curriculum-workbench/module@1\")"))
        let topic = try requireDocumentError(Module.self, moduleText(format: Topic.format))
        #expect(topic.pointer == "/format")
        #expect(topic.description.hasPrefix("unknown format \"curriculum-workbench/topic@1\""))
    }

    @Test("a missing format is refused")
    func missingFormat() throws {
        let error = try requireDocumentError(Module.self, #"{"id": "m1", "topic": "07-migration-and-security"}"#)
        #expect(error == .content(pointer: "/format", reason: "the required field \"format\" is missing"))
    }

    @Test("a word outside a vocabulary lists the allowed words")
    func unknownVocabularyWord() throws {
        let delivery = try requireDocumentError(Module.self, moduleText(#""delivery": "online""#))
        #expect(
            delivery
                == .content(
                    pointer: "/delivery",
                    reason: "\"online\" is not an allowed value (allowed: face-to-face, e-learning, blended, webinar, study-visit)"))
        let method = try requireDocumentError(
            Module.self, moduleText(#""sessions": [{"id": "S1", "method": "seminar"}]"#))
        #expect(method.pointer == "/sessions/0/method")
        #expect(method.description.hasPrefix("\"seminar\" is not an allowed value (allowed: lecture, discussion, workshop,"))
        let domain = try requireDocumentError(
            Module.self, moduleText(#""learningOutcomes": [{"id": "LO1", "domain": "attitudes", "text": "x"}]"#))
        #expect(domain.pointer == "/learningOutcomes/0/domain")
        #expect(
            domain.description
                == "\"attitudes\" is not an allowed value (allowed: knowledge, skills, responsibility-autonomy) at /learningOutcomes/0/domain")
    }

    @Test("a file that is not an object, or not JSON, is refused")
    func notAnObject() throws {
        let array = try requireDocumentError(Module.self, "[1, 2]")
        #expect(array == .content(pointer: "", reason: "the file holds an array, not an object"))
        #expect(array.description == "the file holds an array, not an object")
        let syntax = try requireDocumentError(Module.self, "{\"format\": ")
        #expect(syntax == .syntax(JSONSyntaxError(line: 1, column: 12, reason: "the document ends where a value was expected")))
        #expect(syntax.description == "not valid JSON: the document ends where a value was expected at line 1, column 12")
        #expect(syntax.pointer == "")
    }

    @Test("duplicate keys in a module are refused, unlike JSONDecoder")
    func duplicateKeys() throws {
        let error = try requireDocumentError(Module.self, moduleText(#""title": "A", "title": "B""#))
        guard case .syntax(let syntax) = error else {
            Issue.record("expected a syntax error, got \(error)")
            return
        }
        #expect(syntax.reason == "duplicate key \"title\"")
    }

    @Test("topics and the catalog decode and report errors the same way")
    func topicAndCatalog() throws {
        let topic = try DocumentCoding.decodeDocument(
            Topic.self, from: utf8(#"{"format": "curriculum-workbench/topic@1", "id": "07-migration-and-security", "number": 7}"#))
        #expect(topic == Topic(id: "07-migration-and-security", number: 7, title: ""))
        let number = try requireDocumentError(
            Topic.self, #"{"format": "curriculum-workbench/topic@1", "id": "t", "number": "seven"}"#)
        #expect(number == .content(pointer: "/number", reason: "expected a whole number, found something else"))

        let catalog = try DocumentCoding.decodeDocument(
            Catalog.self, from: utf8(#"{"format": "curriculum-workbench/catalog@1", "topics": ["a"]}"#))
        #expect(catalog == Catalog(title: "", languages: [], topics: ["a"]))
        #expect(catalog.approvalsRequired == 1)
        let role = try requireDocumentError(
            Catalog.self,
            #"{"format": "curriculum-workbench/catalog@1", "topics": [], "members": [{"name": "A", "institution": "I", "country": "RS", "roles": ["editor"]}]}"#
        )
        #expect(role.pointer == "/members/0/roles/0")
        #expect(role.description.hasPrefix("\"editor\" is not an allowed value (allowed: author, reviewer, trainer, admin)"))
    }

    @Test("catalog members are found without regard to case; an empty list lets anyone write")
    func catalogMembers() {
        let open = Fixtures.catalog()
        #expect(open.canWrite("anyone"))
        let closed = Fixtures.catalog(members: [
            Member(name: "Ana Petrović", institution: "MUP", country: "ME", roles: [.author])
        ])
        #expect(closed.canWrite("ana petrović"))
        #expect(closed.member(named: "ANA PETROVIĆ")?.roles == [.author])
        #expect(!closed.canWrite("Marko"))
    }

    @Test("review events encode their verdict words and decode back")
    func reviewEvents() throws {
        let event = ReviewEvent(
            revision: RevisionID(seq: 2, hash: "5be0194f7a21"), reviewer: "Marko", time: "2026-11-22T10:15:03Z",
            verdict: .requestChanges,
            comments: [ReviewComment(id: "c1", path: "/learningOutcomes/2", text: "Too vague.")])
        let bytes = DocumentCoding.encode(event)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"verdict\": \"request-changes\""))
        #expect(text.contains("\"revision\": \"000002-5be0194f7a21\""))
        #expect(text.contains("\"path\": \"/learningOutcomes/2\""))
        #expect(try DocumentCoding.decode(ReviewEvent.self, from: bytes).0 == event)
    }
}
