import Foundation
import Testing

@testable import CurriculumKit

private let file = "topics/07-migration-and-security/modules/m/revisions/000001-0123456789ab.json"

/// The findings about `module`, each as "severity pointer: message".
private func findings(_ module: Module, _ validator: ModuleValidator = ModuleValidator()) -> [String] {
    validator.diagnose(module, file: file).map { "\($0.severity.rawValue) \($0.pointer): \($0.message)" }
}

/// A complete module with one change applied.
private func module(_ change: (inout Module) -> Void) -> Module {
    var module = Fixtures.module("m")
    change(&module)
    return module
}

@Suite("Module validator")
struct ModuleValidatorTests {
    @Test("a complete module has no findings")
    func complete() {
        #expect(findings(Fixtures.module("m")).isEmpty)
        #expect(findings(Fixtures.module("m"), ModuleValidator(knownModules: ["m"], expectedTopic: Fixtures.securityTopic, expectedID: "m")).isEmpty)
    }

    @Test("every shipped seed module validates without errors or warnings", arguments: try Fixtures.seedStems())
    func seedModules(stem: String) throws {
        let module = try DocumentCoding.decodeDocument(Module.self, from: try Fixtures.seedBytes(stem))
        let validator = ModuleValidator(expectedTopic: String(stem.split(separator: "_").first ?? ""), expectedID: module.id)
        #expect(validator.diagnose(module, file: stem).isEmpty)
    }

    @Test("each finding names the file and a pointer, and prints as one line")
    func diagnosticShape() throws {
        let diagnostics = ModuleValidator().diagnose(module { $0.title = "" }, file: file)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic == Diagnostic(.warning, file: file, pointer: "/title", "the title is empty"))
        #expect(diagnostic.description == "warning: \(file) at /title: the title is empty")
        #expect(Diagnostic(.error, file: "a.json", "broken").description == "error: a.json: broken")
    }

    // MARK: Errors

    @Test("error: an id that is not a slug", arguments: ["", "Border", "a/b", "..", "a b", "čaj", "-a", "a--b"])
    func invalidID(id: String) {
        let result = findings(module { $0.id = id })
        #expect(result.count == 1)
        #expect(result.first == "error /id: the id \"\(id)\" cannot be used: \(Slug.problem(with: id) ?? "")")
    }

    @Test("error: an id that differs from its folder's name")
    func idDiffersFromFolder() {
        #expect(
            findings(Fixtures.module("m"), ModuleValidator(expectedID: "other"))
                == ["error /id: the id \"m\" differs from its folder's name \"other\""])
    }

    @Test("error: a topic that differs from the topic folder")
    func topicDiffers() {
        #expect(
            findings(Fixtures.module("m"), ModuleValidator(expectedTopic: "11-asylum-procedures"))
                == ["error /topic: the module says topic \"07-migration-and-security\" but is stored under 11-asylum-procedures"])
    }

    @Test("error: translationOf that is not a module id")
    func translationOfInvalid() {
        #expect(
            findings(module { $0.translationOf = "../en" })
                == ["error /translationOf: \"../en\" is not a module id: an id cannot hold \"/\" or \"..\": it names a folder, not a path"])
        #expect(findings(module { $0.translationOf = "border-risk-analysis" }).isEmpty)
    }

    @Test("error: an EQF level outside 1–8", arguments: [0, 9, -1])
    func eqfLevel(level: Int) {
        #expect(findings(module { $0.eqfLevel = level }) == ["error /eqfLevel: the EQF level must be between 1 and 8, not \(level)"])
    }

    @Test("EQF levels 1 and 8 and no level at all are fine")
    func eqfLevelBounds() {
        #expect(findings(module { $0.eqfLevel = 1 }).isEmpty)
        #expect(findings(module { $0.eqfLevel = 8 }).isEmpty)
        #expect(findings(module { $0.eqfLevel = nil }).isEmpty)
    }

    @Test("error: a session with negative minutes")
    func negativeMinutes() {
        #expect(findings(module { $0.sessions[1].minutes = -30 }) == ["error /sessions/1/minutes: a session cannot last -30 minutes"])
    }

    // MARK: Warnings

    @Test("warning: a language that is not a BCP 47 tag", arguments: ["english", "e", "sr_Latn", "sr-", "sr-Latn-x", "12"])
    func language(tag: String) {
        #expect(
            findings(module { $0.language = tag })
                == ["warning /language: \"\(tag)\" is not a BCP 47 language tag such as en, sr-Latn, sr-Cyrl or mk"])
    }

    @Test("the project's languages are plausible tags", arguments: ["en", "sr-Latn", "sr-Cyrl", "bs", "mk", "cnr", "sq", "sr-Latn-RS"])
    func knownLanguages(tag: String) {
        #expect(findings(module { $0.language = tag }).isEmpty)
    }

    @Test("warning: an empty or blank title")
    func emptyTitle() {
        #expect(findings(module { $0.title = "" }) == ["warning /title: the title is empty"])
        #expect(findings(module { $0.title = " \n\t" }) == ["warning /title: the title is empty"])
    }

    @Test("warning: no sessions (and so no outcome is taught)")
    func noSessions() {
        #expect(
            findings(module { $0.sessions = [] }) == [
                "warning /sessions: the module has no sessions",
                "warning /learningOutcomes/0: outcome LO1 is taught by no session",
                "warning /learningOutcomes/1: outcome LO2 is taught by no session",
            ])
    }

    @Test("warning: duplicate and empty ids in every list")
    func duplicateIDs() {
        let result = findings(
            module {
                $0.learningOutcomes.append(LearningOutcome(id: "LO1", domain: .skills, text: "Again."))
                $0.sessions.append(Session(id: "S1", title: "Again", minutes: 30, method: .discussion, outcomes: ["LO1"]))
                $0.assessments.append(Assessment(id: "A1", method: .oral, description: "Again.", outcomes: ["LO2"]))
                $0.references.append(Reference(id: "", kind: .web, citation: "No id"))
            })
        #expect(
            result == [
                "warning /learningOutcomes/2/id: the learning outcome id LO1 is used more than once",
                "warning /sessions/2/id: the session id S1 is used more than once",
                "warning /assessments/1/id: the assessment id A1 is used more than once",
                "warning /references/1/id: a reference has an empty id",
            ])
    }

    @Test("warning: a session without minutes or without a title")
    func sessionGaps() {
        #expect(
            findings(module { $0.sessions[0].minutes = 0; $0.sessions[1].title = "  " }) == [
                "warning /sessions/0/minutes: session S1 has no minutes",
                "warning /sessions/1/title: session S2 has no title",
            ])
    }

    @Test("warning: a prerequisite that is not a module in the folder, checked only when modules are known")
    func unknownPrerequisite() {
        let withPrerequisites = module { $0.prerequisites = ["human-rights-basics", "missing-module"] }
        #expect(
            findings(withPrerequisites, ModuleValidator(knownModules: ["m", "human-rights-basics"]))
                == ["warning /prerequisites/1: the prerequisite \"missing-module\" is not a module in this folder"])
        #expect(findings(withPrerequisites).isEmpty)
    }

    @Test("warning: a module that names itself as a prerequisite")
    func selfPrerequisite() {
        #expect(findings(module { $0.prerequisites = ["m"] }) == ["warning /prerequisites: the module names itself as a prerequisite"])
    }

    @Test("warning: a session or assessment naming an unknown outcome")
    func unknownOutcomes() {
        #expect(
            findings(module { $0.sessions[1].outcomes = ["LO2", "LO9"]; $0.assessments[0].outcomes = ["LO1", "LO2", "LO7"] }) == [
                "warning /sessions/1/outcomes/1: session S2 names an unknown outcome LO9",
                "warning /assessments/0/outcomes/2: assessment A1 names an unknown outcome LO7",
            ])
    }

    @Test("warning: an outcome without text")
    func outcomeWithoutText() {
        #expect(findings(module { $0.learningOutcomes[1].text = "" }) == ["warning /learningOutcomes/1/text: outcome LO2 has no text"])
    }

    @Test("warning: an outcome taught by no session, or assessed by no assessment")
    func outcomeCoverage() {
        #expect(
            findings(module { $0.sessions[1].outcomes = [] })
                == ["warning /learningOutcomes/1: outcome LO2 is taught by no session"])
        #expect(
            findings(module { $0.assessments[0].outcomes = ["LO2"] })
                == ["warning /learningOutcomes/0: outcome LO1 is assessed by no assessment"])
        #expect(
            findings(module { $0.assessments = [] }) == [
                "warning /learningOutcomes/0: outcome LO1 is assessed by no assessment",
                "warning /learningOutcomes/1: outcome LO2 is assessed by no assessment",
            ])
    }

    @Test("warning: an unknown field, at its pointer")
    func unknownField() throws {
        var tree = DocumentCoding.tree(of: Fixtures.module("m")).objectValue!
        tree["x-note"] = .string("kept")
        let decoded = try DocumentCoding.decodeDocument(Module.self, from: CanonicalJSON.bytes(.object(tree)))
        #expect(findings(decoded) == ["warning /x-note: unknown field: kept as it is, but this version of the workbench does not use it"])
    }

    @Test("a bare draft gets each of its findings once, in a stable order")
    func bareDraft() {
        let draft = Module(id: "Draft", topic: Fixtures.securityTopic, language: "english", title: "", eqfLevel: 12)
        #expect(
            findings(draft) == [
                "error /id: the id \"Draft\" cannot be used: an id is written in lower case",
                "error /eqfLevel: the EQF level must be between 1 and 8, not 12",
                "warning /language: \"english\" is not a BCP 47 language tag such as en, sr-Latn, sr-Cyrl or mk",
                "warning /title: the title is empty",
                "warning /sessions: the module has no sessions",
            ])
    }
}
