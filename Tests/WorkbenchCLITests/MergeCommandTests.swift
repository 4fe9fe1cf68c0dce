import CurriculumKit
import Foundation
import Testing

/// The example module's document as `save --from -` takes it, changed by `edit`.
private func edited(_ folder: TestFolder, _ edit: (inout [String: Any]) -> Void) throws -> String {
    let shown = try folder.run("show", "local-action-plans", "--json")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(shown.output.utf8)) as? [String: Any])
    var document = try #require(object["document"] as? [String: Any])
    edit(&document)
    return String(decoding: try JSONSerialization.data(withJSONObject: document), as: UTF8.self)
}

private func session(_ id: String, _ title: String) -> [String: Any] {
    ["id": id, "title": title, "minutes": 30, "method": "discussion"]
}

private func historyJSON(_ folder: TestFolder) throws -> [[String: Any]] {
    let history = try folder.run("history", "local-action-plans", "--json")
    return try #require(try JSONSerialization.jsonObject(with: Data(history.output.utf8)) as? [[String: Any]])
}

/// Two real `save` processes from the same base, as two people on a shared drive.
private func diverge(_ folder: TestFolder, ana: String, marko: String) throws -> String {
    let base = String(try #require(try folder.revisions(TestFolder.exampleFolder).first).dropLast(5))
    let arguments = ["save", "local-action-plans", "--from", "-", "-m", "Edit", "--base", base, "--folder", folder.path]
    let first = try Workbench.start(arguments + ["--user", "Ana"], stdin: ana)
    let second = try Workbench.start(arguments + ["--user", "Marko"], stdin: marko)
    let results = [try first.wait(), try second.wait()]
    #expect(results.map(\.status) == [0, 0], "\(results.map(\.error))")
    return base
}

@Suite("merge, diff and restore commands")
struct MergeCommandTests {
    @Test func mergeJoinsTwoSavesThatDiverged() throws {
        let folder = try TestFolder()
        let ana = try edited(folder) { document in
            document["title"] = "Local Action Plans (Ana)"
            document["sessions"] = (document["sessions"] as? [Any] ?? []) + [session("S-ana", "Ana's exercise")]
        }
        let marko = try edited(folder) { document in
            document["keywords"] = (document["keywords"] as? [Any] ?? []) + ["Marko's keyword"]
            document["sessions"] = (document["sessions"] as? [Any] ?? []) + [session("S-marko", "Marko's visit")]
        }
        _ = try diverge(folder, ana: ana, marko: marko)
        let heads = try historyJSON(folder).filter { $0["isHead"] as? Bool == true }.compactMap { $0["id"] as? String }
        #expect(heads.count == 2)

        let result = try folder.run("merge", "local-action-plans", user: "Ana")
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.hasPrefix("Merged 15-local-migration-governance/local-action-plans as revision 000003-"))

        let history = try historyJSON(folder)
        let newHeads = history.filter { $0["isHead"] as? Bool == true }
        #expect(newHeads.count == 1)
        #expect(Set(newHeads.first?["parents"] as? [String] ?? []) == Set(heads))
        let text = try folder.run("history", "local-action-plans")
        #expect(text.output.hasPrefix("15-local-migration-governance/local-action-plans (4 revisions)"))

        let shown = try folder.run("show", "local-action-plans", "--json")
        #expect(shown.output.contains("Local Action Plans (Ana)"))
        #expect(shown.output.contains("Marko's keyword"))
        #expect(shown.output.contains("\"S-ana\"") && shown.output.contains("\"S-marko\""))

        let again = try folder.run("merge", "local-action-plans")
        #expect(again.status == 1)
        #expect(again.errorSentence.hasSuffix("there is nothing to merge"))
    }

    @Test func conflictsAreListedAndNothingIsWrittenWithoutTake() throws {
        let folder = try TestFolder()
        let ana = try edited(folder) { $0["title"] = "Ana's title" }
        let marko = try edited(folder) { $0["title"] = "Marko's title" }
        _ = try diverge(folder, ana: ana, marko: marko)
        let before = try folder.snapshot()
        let refused = try folder.run("merge", "local-action-plans", user: "Ana")
        #expect(refused.status == 1)
        #expect(
            refused.errorSentence
                == "1 field of 15-local-migration-governance/local-action-plans changed differently in different versions; nothing was written. Choose a version with --take ours|theirs|REVISION:")
        #expect(refused.error.contains("  Title at /title\n"))
        #expect(refused.error.contains("): Ana's title\n") && refused.error.contains("): Marko's title\n"))
        #expect(refused.error.contains("    ours 000002-"))
        #expect(try folder.snapshot() == before)

        let bad = try folder.run("merge", "local-action-plans", "--take", "000001")
        #expect(bad.status == 2)

        let taken = try folder.run("merge", "local-action-plans", "--take", "theirs", "-m", "Keep Marko's title", user: "Ana")
        #expect(taken.status == 0, "\(taken.error)")
        #expect(taken.output.contains("(1 conflict resolved with theirs)"))
        let shown = try folder.run("show", "local-action-plans")
        #expect(shown.output.hasPrefix("Marko's title"))
        let diff = try folder.run("diff", "local-action-plans")
        #expect(diff.output.contains("~ Title: Ana's title → Marko's title"))
    }

    @Test func mergeJoinsATopicThatDiverged() throws {
        let folder = try TestFolder()
        var store = try CurriculumStore.open(folder.path)
        let topic = try #require(store.topic(named: "15"))
        let start = try #require(topic.record.head)
        var document = try #require(topic.topic)
        let order = document.modules
        document.modules = order + ["one"]
        try store.saveTopic(document, base: start, author: "Ana", message: "One", time: "2026-11-22T10:00:00Z")
        document.modules = order + ["two"]
        try store.saveTopic(document, base: start, author: "Marko", message: "Two", time: "2026-11-22T10:01:00Z")

        let result = try folder.run("merge", "15")
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.hasPrefix("Merged 15-local-migration-governance as revision "))
        let merged = try #require(try CurriculumStore.open(folder.path).topic(named: "15"))
        #expect(merged.record.heads.count == 1)
        #expect(merged.topic?.modules == order + ["two", "one"])  // the newest version is "ours"
    }

    @Test func diffShowsFieldsItemsAndWords() throws {
        let folder = try TestFolder()
        let changed = try edited(folder) { document in
            var outcomes = document["learningOutcomes"] as? [[String: Any]] ?? []
            let text = outcomes[0]["text"] as? String ?? ""
            outcomes[0]["text"] = text.replacingOccurrences(of: " the ", with: " the whole ", options: [], range: text.range(of: " the "))
            document["learningOutcomes"] = outcomes
            document["sessions"] = (document["sessions"] as? [Any] ?? []) + [session("S-new", "New session")]
        }
        let saved = try folder.run("save", "local-action-plans", "--from", "-", "-m", "Edit", stdin: changed)
        #expect(saved.status == 0, "\(saved.error)")
        let diff = try folder.run("diff", "local-action-plans")
        #expect(diff.status == 0)
        let lines = diff.output.split(separator: "\n").map(String.init)
        #expect(lines[0] == "15-local-migration-governance/local-action-plans")
        #expect(lines[1].hasPrefix("  from 000001-"))
        #expect(lines[2].hasPrefix("  to   000002-") && lines[2].hasSuffix(": Edit"))
        #expect(lines.contains { $0.hasPrefix("~ Learning outcome ") && $0.contains("{+whole +}") })
        #expect(lines.last == "+ Session S-new added: S-new New session")

        let json = try folder.run("diff", "local-action-plans", "1", "2", "--json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let changes = try #require(object["changes"] as? [[String: Any]])
        #expect(changes.map { $0["kind"] as? String } == ["changed", "added"])
        #expect((changes[0]["pointer"] as? String)?.hasPrefix("/learningOutcomes/0/text") == true)
        #expect((changes[0]["words"] as? [[String: Any]])?.contains { $0["kind"] as? String == "inserted" } == true)

        let none = try folder.run("diff", "local-action-plans", "2")
        #expect(none.output.hasSuffix("No changes.\n"))
        let unknown = try folder.run("diff", "local-action-plans", "9")
        #expect(unknown.status == 1)
        #expect(unknown.errorSentence.contains("has no revision \"9\""))
    }

    @Test func restoreWritesTheOldContentAsANewRevision() throws {
        let folder = try TestFolder()
        let changed = try edited(folder) { $0["title"] = "A title to undo" }
        #expect(try folder.run("save", "local-action-plans", "--from", "-", "-m", "Oops", stdin: changed).status == 0)
        let restored = try folder.run("restore", "local-action-plans", "1")
        #expect(restored.status == 0, "\(restored.error)")
        #expect(restored.output.hasPrefix("Restored revision 000001-"))
        let history = try historyJSON(folder)
        #expect(history.count == 3)
        #expect((history[0]["message"] as? String)?.hasPrefix("Restore revision 000001-") == true)
        let diff = try folder.run("diff", "local-action-plans", "1")
        #expect(diff.output.hasSuffix("No changes.\n"))
        let again = try folder.run("restore", "local-action-plans", "1")
        #expect(again.status == 1)
    }
}
