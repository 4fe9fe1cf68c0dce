import Foundation
import Testing

@Suite("new and save write revisions")
struct NewAndSaveTests {
    @Test func newWritesAFirstRevisionWhoseNameIsItsHash() throws {
        let folder = try TestFolder()
        let result = try folder.run("new", "7", "granicna-kontrola", "--title", "Гранична контрола и процена ризика", "--language", "sr-Cyrl")
        #expect(result.status == 0, "\(result.error)")
        let documentFolder = "topics/07-migration-and-security/modules/granicna-kontrola"
        let names = try folder.revisions(documentFolder)
        #expect(names.count == 1)
        let name = try #require(names.first)
        #expect(name.hasPrefix("000001-"))
        let bytes = try folder.read(documentFolder + "/revisions/" + name)
        #expect(name == "000001-" + shortHash(bytes) + ".json")
        let shown = try folder.run("list", "7", "--json")
        #expect(shown.output.contains("\"id\": \"granicna-kontrola\""))
        // The topic's teaching order gained the module, as a new topic revision.
        #expect(try folder.revisions("topics/07-migration-and-security").count == 3)
    }

    @Test func saveFromShowJSONMakesTheNextRevision() throws {
        let folder = try TestFolder()
        let shown = try folder.run("show", "15/local-action-plans", "--json")
        let edited = shown.output.replacingOccurrences(of: "\"eqfLevel\": 5", with: "\"eqfLevel\": 6")
        let file = folder.root.deletingLastPathComponent().appendingPathComponent("edited.json")
        try edited.write(to: file, atomically: false, encoding: .utf8)
        let result = try folder.run("save", "15/local-action-plans", "--from", file.path, "-m", "Raise the EQF level")
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.hasPrefix("Saved 15-local-migration-governance/local-action-plans as revision 000002-"))
        let names = try folder.revisions(TestFolder.exampleFolder)
        #expect(names.count == 2)
        let second = try folder.read(TestFolder.exampleFolder + "/revisions/" + names[1])
        #expect(names[1] == "000002-\(shortHash(second)).json")
        let revision = try #require(try JSONSerialization.jsonObject(with: second) as? [String: Any])
        #expect((revision["revision"] as? [String: Any])?["parents"] as? [String] == [String(names[0].dropLast(5))])
        #expect((revision["revision"] as? [String: Any])?["message"] as? String == "Raise the EQF level")
        #expect((revision["document"] as? [String: Any])?["eqfLevel"] as? Int == 6)
        let history = try folder.run("history", "local-action-plans")
        #expect(history.output.contains("Raise the EQF level"))
    }

    @Test func saveReadsStandardInput() throws {
        let folder = try TestFolder()
        let shown = try folder.run("show", "border-risk-analysis", "--json")
        let document = shown.output.replacingOccurrences(of: "Risk Analysis for Border", with: "Risk Analysis at the Border")
        let result = try folder.run("save", "border-risk-analysis", "--from", "-", "-m", "Title", stdin: document)
        #expect(result.status == 0, "\(result.error)")
        let text = try folder.run("show", "border-risk-analysis")
        #expect(text.output.hasPrefix("Risk Analysis at the Border"))
    }

    @Test func unknownFieldsSurviveASave() throws {
        let folder = try TestFolder()
        let shown = try folder.run("show", "local-action-plans", "--json")
        var object = try #require(try JSONSerialization.jsonObject(with: Data(shown.output.utf8)) as? [String: Any])
        var document = try #require(object["document"] as? [String: Any])
        document["fundingSource"] = "IPA 2024"
        object["document"] = document
        let file = folder.root.deletingLastPathComponent().appendingPathComponent("newer.json")
        try JSONSerialization.data(withJSONObject: object).write(to: file)
        let result = try folder.run("save", "local-action-plans", "--from", file.path, "-m", "From a newer version")
        #expect(result.status == 0)
        #expect(result.error.contains("/fundingSource"))
        let again = try folder.run("show", "local-action-plans", "--json")
        #expect(again.output.contains("\"fundingSource\": \"IPA 2024\""))
        let validate = try folder.run("validate", "local-action-plans")
        #expect(validate.status == 0)
        #expect(validate.output.contains("warning:"))
        #expect(validate.output.contains("at /fundingSource: unknown field"))
    }

    @Test func saveRefusesAWrongModuleTopicDocumentOrBaseAndWritesNothing() throws {
        let folder = try TestFolder()
        let edited = try editedDocument(folder, "15/local-action-plans") { _ in }
        let before = try folder.snapshot()
        let cases: [(name: String, arguments: [String], document: [String: Any], says: String)] = [
            ("wrong id", ["15/local-action-plans"], edited.with { $0["id"] = "other-module" }, "holds the module \"other-module\""),
            ("wrong topic", ["local-action-plans"], edited.with { $0["topic"] = "07-migration-and-security" }, "says topic"),
            (
                "invalid", ["15-local-migration-governance/local-action-plans"],
                edited.with { $0["sessions"] = [["id": "S1", "title": "T", "minutes": -5, "method": "lecture", "outcomes": []]] },
                "nothing was written"
            ),
            ("unknown base", ["15/local-action-plans", "--base", "000009-0123456789ab"], edited, "has no revision \"000009-0123456789ab\""),
            ("unknown base prefix", ["local-action-plans", "--base", "ffffff"], edited, "has no revision"),
            ("unknown module", ["15/no-such-module"], edited.with { $0["id"] = "no-such-module" }, "has no module"),
        ]
        for item in cases {
            let file = try writeInput(folder, item.document, name: "refused.json")
            let result = try run(folder, ["save"] + item.arguments + ["--from", file, "-m", "x"])
            #expect(result.status == 1, "\(item.name): \(result.error)")
            #expect(result.errorSentence.contains(item.says), "\(item.name): \(result.error)")
            #expect(try folder.snapshot() == before, "\(item.name) wrote something")
        }
    }

    @Test func saveFromAnOlderBaseDivergesAndKeepsBoth() throws {
        let folder = try TestFolder()
        let first = try #require(try folder.revisions(TestFolder.exampleFolder).first).dropLast(5)
        let mine = try writeInput(folder, try editedDocument(folder, "local-action-plans") { $0["aim"] = "Mine." }, name: "mine.json")
        let theirs = try writeInput(folder, try editedDocument(folder, "local-action-plans") { $0["aim"] = "Theirs." }, name: "theirs.json")
        let saved = try folder.run("save", "15/local-action-plans", "--from", mine, "-m", "Mine", "--base", String(first))
        #expect(saved.status == 0, "\(saved.error)")
        #expect(!saved.output.contains("Someone else saved"))
        let diverged = try folder.run("save", "local-action-plans", "--from", theirs, "-m", "Theirs", "--base", String(first))
        #expect(diverged.status == 0, "\(diverged.error)")
        #expect(diverged.output.contains("Someone else saved from the same revision: the module now has 2 versions"))
        #expect(try folder.revisions(TestFolder.exampleFolder).count == 3)
        let shown = try folder.run("show", "15/local-action-plans", "--json")
        #expect(shown.output.contains("\"status\": \"diverged\""))
        #expect(shown.error.contains("is diverged: 2 heads"))
    }

    @Test func saveWorksWhenOtherModulesAndTheTopicDocumentAreDamaged() throws {
        let folder = try TestFolder()
        let topic = "topics/15-local-migration-governance"
        try folder.write(topic + "/modules/broken-sibling/revisions/000001-0123456789ab.json", "{ not json")
        try folder.write(topic + "/modules/.hidden-sibling/revisions/000001-0123456789ab.json", "{")
        try folder.write(topic + "/modules/empty-sibling/reviews/nothing.json", "[")
        for name in try folder.revisions(topic) {
            try folder.write(topic + "/revisions/" + name, "{")
        }
        try folder.write("topics/07-migration-and-security/modules/border-risk-analysis/revisions/000001-0123456789ab.json", "{")
        let file = try writeInput(folder, try editedDocument(folder, "15/local-action-plans") { $0["aim"] = "Saved anyway." }, name: "a.json")
        let result = try folder.run("save", "15-local-migration-governance/local-action-plans", "--from", file, "-m", "Aim")
        #expect(result.status == 0, "\(result.error)")
        #expect(try folder.revisions(TestFolder.exampleFolder).count == 2)
        #expect(try folder.run("show", "local-action-plans").output.contains("Saved anyway."))
    }

    @Test func savedPrerequisitesAreCheckedAgainstEveryTopic() throws {
        let folder = try TestFolder()
        let document = try editedDocument(folder, "local-action-plans") {
            $0["prerequisites"] = ["border-risk-analysis", "no-such-module"]
        }
        let file = try writeInput(folder, document, name: "prerequisites.json")
        let result = try folder.run("save", "15/local-action-plans", "--from", file, "-m", "Prerequisites")
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.contains("the prerequisite \"no-such-module\" is not a module in this folder"))
        #expect(!result.error.contains("\"border-risk-analysis\" is not a module"))
    }

    @Test func showOfOneModuleGivesTheStatusListGives() throws {
        let folder = try TestFolder()
        let submitted = try folder.run("review", "local-action-plans", "submit")
        #expect(submitted.status == 0, "\(submitted.error)")
        let shown = try folder.run("show", "15/local-action-plans", "--json")
        #expect(shown.output.contains("\"status\": \"in-review\""))
        let text = try folder.run("show", "local-action-plans")
        #expect(text.output.contains("·  in-review"))
        let listed = try folder.run("list", "15", "--json")
        #expect(listed.output.contains("\"status\": \"in-review\""))
        let missing = try folder.run("show", "15/no-such-module")
        #expect(missing.status == 1)
        #expect(missing.errorSentence == "topic 15-local-migration-governance has no module \"no-such-module\"")
    }
}

/// The document `show --json` prints for `module`, changed by `change`.
private func editedDocument(_ folder: TestFolder, _ module: String, _ change: (inout [String: Any]) -> Void) throws -> [String: Any] {
    let shown = try folder.run("show", module, "--json")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(shown.output.utf8)) as? [String: Any])
    var document = try #require(object["document"] as? [String: Any])
    change(&document)
    return document
}

/// Writes a document beside the folder and returns its path.
private func writeInput(_ folder: TestFolder, _ document: [String: Any], name: String) throws -> String {
    let file = folder.root.deletingLastPathComponent().appendingPathComponent(name)
    try JSONSerialization.data(withJSONObject: document).write(to: file)
    return file.path
}

private func run(_ folder: TestFolder, _ arguments: [String]) throws -> RunResult {
    try Workbench.run(arguments + ["--folder", folder.path, "--user", "Test Author"])
}

extension Dictionary where Key == String, Value == Any {
    fileprivate func with(_ change: (inout [String: Any]) -> Void) -> [String: Any] {
        var copy = self
        change(&copy)
        return copy
    }
}
