import Foundation
import Testing

@testable import CurriculumKit

private func canonicalText(_ value: JSONValue) -> String {
    String(decoding: CanonicalJSON.bytes(value), as: UTF8.self)
}

/// Decodes a module file and encodes it again, as every save does.
private func reencodedModule(_ bytes: [UInt8]) throws -> [UInt8] {
    let module = try DocumentCoding.decodeDocument(Module.self, from: bytes)
    return DocumentCoding.encodeDocument(module)
}

/// A module written in Serbian Cyrillic, with Latin-script diacritics and a URL among its texts.
private let serbianCyrillicModule = Module(
    id: "granicna-kontrola", topic: "12-border-security-and-management", language: "sr-Cyrl",
    title: "Гранична контрола и управљање миграцијама", aim: "Оспособити службенике за процену ризика на граници.",
    description: "Модул за Комесаријат за избеглице и миграције; латиница: čćšžđ ČĆŠŽĐ.",
    targetGroups: ["Министарство унутрашњих послова Црне Горе"], eqfLevel: 6, delivery: .blended,
    learningOutcomes: [LearningOutcome(id: "LO1", domain: .knowledge, text: "Описати поступак пријема „на граници”.")],
    sessions: [
        Session(
            id: "S1", title: "Увод", minutes: 45, method: .lecture, outcomes: ["LO1"],
            materials: ["Приручник: https://example.org/sr/приручник"], trainerNotes: "Почети с питањем:\n„Ко је мигрант?”")
    ],
    assessments: [Assessment(id: "A1", method: .oral, description: "Усмени испит.", outcomes: ["LO1"])],
    references: [
        Reference(id: "R1", kind: .nationalLaw, citation: "Закон о управљању миграцијама", url: "https://www.paragraf.rs/propisi/zakon_o_upravljanju_migracijama.html")
    ],
    crossCutting: [.vulnerability], keywords: ["граница", "ризик"])

@Suite("Canonical JSON")
struct CanonicalJSONTests {
    @Test("keys are sorted by their UTF-8 bytes, at every level")
    func sortedKeys() {
        let value = JSONValue.object([
            "b": .integer(1), "a": .object(["z": .null, "y": .bool(true)]), "B": .integer(2), "é": .integer(3),
            "aa": .integer(4),
        ])
        #expect(
            canonicalText(value) == """
                {
                  "B": 2,
                  "a": {
                    "y": true,
                    "z": null
                  },
                  "aa": 4,
                  "b": 1,
                  "é": 3
                }

                """)
    }

    @Test("two-space indentation, \"key\": value, one element per line, empty containers inline")
    func layout() {
        let value = JSONValue.object([
            "list": .array([.integer(1), .array([.string("x")]), .object(["k": .number(1.5)])]),
            "empty": .array([]), "none": .object([:]),
        ])
        #expect(
            canonicalText(value) == """
                {
                  "empty": [],
                  "list": [
                    1,
                    [
                      "x"
                    ],
                    {
                      "k": 1.5
                    }
                  ],
                  "none": {}
                }

                """)
        #expect(!canonicalText(value).contains("\" :"))
    }

    @Test("the output ends with exactly one newline, also for a bare value")
    func trailingNewline() {
        #expect(CanonicalJSON.bytes(.object([:])) == utf8("{}\n"))
        #expect(CanonicalJSON.bytes(.string("x")) == utf8("\"x\"\n"))
        let text = canonicalText(.object(["a": .integer(1)]))
        #expect(text.hasSuffix("}\n"))
        #expect(!text.hasSuffix("\n\n"))
    }

    @Test("slashes are not escaped; quotes, backslashes and control characters are")
    func escaping() {
        let value = JSONValue.string("https://eur-lex.europa.eu/eli/dir/2011/36/oj \"q\" \\ \n\r\t \u{01}\u{1F}\u{7F}")
        #expect(
            canonicalText(value)
                == #""https://eur-lex.europa.eu/eli/dir/2011/36/oj \"q\" \\ \n\r\t \u0001\u001f\u007f""# + "\n")
    }

    @Test("non-ASCII text is written as UTF-8, not as \\u escapes")
    func nonASCII() {
        let text = "čćšžđ ČĆŠŽĐ Ђорђе Вајферт 移民 😀"
        let bytes = CanonicalJSON.bytes(.object(["title": .string(text)]))
        #expect(bytes == utf8("{\n  \"title\": \"\(text)\"\n}\n"))
        #expect(!String(decoding: bytes, as: UTF8.self).contains("\\u"))
        // č is C4 8D in UTF-8.
        #expect(CanonicalJSON.bytes(.string("č")) == [0x22, 0xC4, 0x8D, 0x22, 0x0A])
    }

    @Test("numbers: integers plain, whole doubles with .0, non-finite as null")
    func numbers() throws {
        #expect(canonicalText(.array([.integer(-3), .integer(0), .integer(Int.max)])) == "[\n  -3,\n  0,\n  9223372036854775807\n]\n")
        #expect(canonicalText(.number(1.5)) == "1.5\n")
        #expect(canonicalText(.number(2)) == "2.0\n")
        #expect(canonicalText(.number(-0.25)) == "-0.25\n")
        #expect(canonicalText(.number(.infinity)) == "null\n")
        #expect(canonicalText(.number(.nan)) == "null\n")
        // What is written parses back to the same value.
        for number in [1.5, 2.0, -0.25, 1e20, 1.0e-7, 123_456.789] {
            #expect(try JSONParser.parse(CanonicalJSON.bytes(.number(number))) == .number(number))
        }
    }

    @Test("canonical bytes are a fixed point: parsing and writing again changes nothing")
    func fixedPoint() throws {
        let messy = utf8(#"{"z":[1,2,{"b":"/","a":"\u010d"}],"a":{},"m":"x\/y","n":-1.25e2}"#)
        let once = CanonicalJSON.bytes(try JSONParser.parse(messy))
        let twice = CanonicalJSON.bytes(try JSONParser.parse(once))
        #expect(once == twice)
        #expect(
            String(decoding: once, as: UTF8.self) == """
                {
                  "a": {},
                  "m": "x/y",
                  "n": -125.0,
                  "z": [
                    1,
                    2,
                    {
                      "a": "č",
                      "b": "/"
                    }
                  ]
                }

                """)
    }

    @Test("decoding and encoding the shipped example module gives back the identical bytes")
    func exampleModuleRoundTrip() throws {
        let bytes = try Fixtures.seedBytes(Fixtures.localActionPlansStem)
        let module = try DocumentCoding.decodeDocument(Module.self, from: bytes)
        #expect(module.id == "local-action-plans")
        #expect(module.unknownFields.isEmpty)
        let again = DocumentCoding.encodeDocument(module)
        #expect(again == bytes)
        if again != bytes {
            let offset = zip(again, bytes).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            Issue.record("first difference at byte \(offset ?? min(again.count, bytes.count))")
        }
    }

    @Test("every shipped seed module round-trips byte for byte", arguments: try Fixtures.seedStems())
    func seedModulesRoundTrip(stem: String) throws {
        let bytes = try Fixtures.seedBytes(stem)
        #expect(try reencodedModule(bytes) == bytes)
    }

    @Test("the Serbian Cyrillic seed module keeps its Cyrillic text as UTF-8")
    func serbianCyrillicSeed() throws {
        let bytes = try Fixtures.seedBytes(Fixtures.serbianCyrillicStem)
        let module = try DocumentCoding.decodeDocument(Module.self, from: bytes)
        #expect(module.language == "sr-Cyrl")
        #expect(module.title.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) })
        let again = DocumentCoding.encodeDocument(module)
        #expect(again == bytes)
        #expect(String(decoding: again, as: UTF8.self).contains(module.title))
    }

    @Test("a module in Serbian Cyrillic round-trips byte for byte and keeps its text unescaped")
    func serbianCyrillicRoundTrip() throws {
        let bytes = DocumentCoding.encodeDocument(serbianCyrillicModule)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"title\": \"Гранична контрола и управљање миграцијама\""))
        #expect(text.contains("čćšžđ ČĆŠŽĐ"))
        #expect(text.contains("https://www.paragraf.rs/propisi/zakon_o_upravljanju_migracijama.html"))
        #expect(text.contains(#""trainerNotes": "Почети с питањем:\n„Ко је мигрант?”""#))
        #expect(text.hasPrefix("{\n  \"aim\": "))
        #expect(text.hasSuffix("}\n"))
        let decoded = try DocumentCoding.decodeDocument(Module.self, from: bytes)
        #expect(decoded == serbianCyrillicModule)
        #expect(DocumentCoding.encodeDocument(decoded) == bytes)
    }

    @Test("text in decomposed form (c + combining caron) keeps its exact bytes")
    func decomposedText() throws {
        var module = Fixtures.module("decomposed")
        module.title = "Migrac\u{0306}ije i c\u{030C}ovjek"
        let bytes = DocumentCoding.encodeDocument(module)
        #expect(String(decoding: bytes, as: UTF8.self).contains("c\u{030C}ovjek"))
        let decoded = try DocumentCoding.decodeDocument(Module.self, from: bytes)
        #expect(Array(decoded.title.utf8) == Array(module.title.utf8))
        #expect(DocumentCoding.encodeDocument(decoded) == bytes)
    }

    @Test("an optional field left out is not written; a missing list is written as []")
    func optionalFields() throws {
        let module = Module(id: "bare", topic: "07-migration-and-security", title: "Bare")
        let text = String(decoding: DocumentCoding.encodeDocument(module), as: UTF8.self)
        #expect(!text.contains("eqfLevel"))
        #expect(!text.contains("translationOf"))
        #expect(text.contains("\"sessions\": []"))
        #expect(text.contains("\"format\": \"curriculum-workbench/module@1\""))
    }
}
