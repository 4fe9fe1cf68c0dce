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
}
