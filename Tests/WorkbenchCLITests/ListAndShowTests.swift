import Foundation
import Testing

@Suite("list, show, history, search on the shipped folder")
struct ListAndShowTests {
    @Test func listShowsTheSixteenTopicsInOrder() throws {
        let folder = try TestFolder()
        let result = try folder.run("list")
        #expect(result.status == 0)
        #expect(result.error.isEmpty)
        let rows = result.output.split(separator: "\n").filter { $0.contains("-") && $0.first?.isWhitespace ?? false || $0.first?.isNumber ?? false }
        #expect(rows.count == 16)
        #expect(rows.first?.contains("01-global-and-regional-migration-governance") == true)
        #expect(rows.last?.contains("16-children-and-youth-in-migration") == true)
        #expect(result.output.contains("15-local-migration-governance                           1  1 draft"))
    }

    @Test func listJSONIsParseable() throws {
        let folder = try TestFolder()
        let result = try folder.run("list", "--json")
        let topics = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        #expect(topics.count == 16)
        #expect(topics.map { $0["number"] as? Int } == (1...16).map { $0 })
        #expect(topics[14]["modules"] as? Int == 1)
    }

    @Test func listOfATopicAlignsCyrillicTitles() throws {
        let folder = try TestFolder()
        let result = try folder.run("list", "13")
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").map(String.init)
        let header = try #require(lines.first { $0.hasPrefix("MODULE") })
        let row = try #require(lines.first { $0.hasPrefix("readmisija") })
        // The TITLE column starts at the same character position in the header and the row.
        let titleColumn = try #require(header.range(of: "TITLE")).lowerBound.utf16Offset(in: header)
        #expect(Array(row)[titleColumn...].starts(with: Array("Реадмисија")))
        #expect(row.contains("sr-Cyrl"))
    }

    @Test func listOfAMissingTopicFails() throws {
        let folder = try TestFolder()
        let result = try folder.run("list", "99")
        #expect(result.status == 1)
        #expect(result.errorSentence.contains("there is no topic \"99\""))
    }

    @Test func listOfModulesAsJSON() throws {
        let folder = try TestFolder()
        let result = try folder.run("list", "15", "--json")
        let modules = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        #expect(modules.count == 1)
        #expect(modules[0]["id"] as? String == "local-action-plans")
        #expect(modules[0]["status"] as? String == "draft")
        #expect(modules[0]["minutes"] as? Int == 360)
    }

    @Test func showPrintsTheModuleAsText() throws {
        let folder = try TestFolder()
        let result = try folder.run("show", "15/local-action-plans")
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("Local Action Plans for Improving the Position of Different Categories of\nMigrants\n=========="))
        #expect(result.output.contains("\nLearning outcomes\n-----------------\n- LO1 (knowledge)"))
        #expect(result.output.contains("360 min in 4 sessions"))
        #expect(result.output.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test func showByBareIdAndTopicNumber() throws {
        let folder = try TestFolder()
        let bare = try folder.run("show", "local-action-plans")
        let byNumber = try folder.run("show", "15/local-action-plans")
        let byID = try folder.run("show", "15-local-migration-governance/local-action-plans")
        #expect(bare.output == byNumber.output)
        #expect(byID.output == byNumber.output)
    }

    @Test func showJSONHoldsTheRevisionAndDocument() throws {
        let folder = try TestFolder()
        let result = try folder.run("show", "postapka-za-azil-prv-kontakt", "--json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let document = try #require(object["document"] as? [String: Any])
        #expect(document["language"] as? String == "mk")
        #expect((document["title"] as? String)?.hasPrefix("Постапка за азил") == true)
        #expect((object["revision"] as? [String: Any])?["seq"] as? Int == 1)
        #expect(object["status"] as? String == "draft")
    }

    @Test func showOfAMissingModuleFails() throws {
        let folder = try TestFolder()
        let result = try folder.run("show", "15/no-such-module")
        #expect(result.status == 1)
        #expect(result.errorSentence == "topic 15-local-migration-governance has no module \"no-such-module\"")
        #expect(result.output.isEmpty)
    }

    @Test func historyListsRevisionsNewestFirst() throws {
        let folder = try TestFolder()
        let result = try folder.run("history", "7")
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n")
        #expect(lines[0] == "07-migration-and-security (2 revisions)")
        #expect(lines[2].hasPrefix("000002-"))
        #expect(lines[2].contains("current"))
        #expect(lines[3].hasPrefix("000001-"))
    }

    @Test func searchIgnoresCaseAndDiacritics() throws {
        let folder = try TestFolder()
        let plain = try folder.run("search", "AZIL")
        let cyrillic = try folder.run("search", "азил")
        #expect(cyrillic.output.contains("11-asylum-procedures/postapka-za-azil-prv-kontakt"))
        #expect(cyrillic.output.hasSuffix("2 modules match \"азил\".\n"))
        #expect(plain.output.contains("postapka-za-azil-prv-kontakt"))
    }

    @Test func searchNeedsEveryWord() throws {
        let folder = try TestFolder()
        let both = try folder.run("search", "migration", "council", "--json")
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(both.output.utf8)) as? [[String: Any]])
        #expect(hits.map { $0["module"] as? String }.contains("local-action-plans"))
        let none = try folder.run("search", "migration", "zzzqqq")
        #expect(none.output == "No module matches \"migration zzzqqq\".\n")
        #expect(none.status == 0)
    }

    @Test func validateAcceptsTheShippedFolder() throws {
        let folder = try TestFolder()
        let result = try folder.run("validate")
        #expect(result.status == 0)
        #expect(result.output.hasSuffix(": 0 errors, 0 warnings\n"))
    }

    @Test func everyCommandHasHelp() throws {
        for command in ["list", "show", "new", "save", "validate", "history", "search", "init"] {
            let result = try Workbench.run([command, "--help"])
            #expect(result.status == 0, "\(command) --help")
            #expect(result.output.contains("USAGE: workbench \(command)"), "\(command) --help")
            #expect(result.output.contains("--folder"), "\(command) --help")
        }
    }

    @Test func unknownOptionIsAUsageError() throws {
        let result = try Workbench.run(["list", "--no-such-option"])
        #expect(result.status == 2)
        #expect(result.error.contains("--no-such-option"))
    }

    @Test func globalOptionsMayComeBeforeTheCommand() throws {
        let folder = try TestFolder()
        let result = try Workbench.run(["--folder", folder.path, "list", "15"])
        #expect(result.status == 0)
        #expect(result.output.contains("local-action-plans"))
    }

    @Test func folderFromTheEnvironment() throws {
        let folder = try TestFolder()
        let result = try Workbench.run(["list", "11"], environment: ["WORKBENCH_FOLDER": folder.path])
        #expect(result.output.contains("postapka-za-azil-prv-kontakt"))
    }
}
