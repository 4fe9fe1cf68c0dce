import Foundation
import Testing

@Suite("nothing is lost: concurrent saves and killed saves")
struct NothingLostTests {
    /// The example module's document with its title replaced, as `save --from -` takes it.
    private func edited(_ folder: TestFolder, title: String) throws -> String {
        let shown = try folder.run("show", "local-action-plans", "--json")
        var object = try #require(try JSONSerialization.jsonObject(with: Data(shown.output.utf8)) as? [String: Any])
        var document = try #require(object["document"] as? [String: Any])
        document["title"] = title
        object["document"] = document
        return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    private func titles(_ folder: TestFolder) throws -> Set<String> {
        var titles = Set<String>()
        for name in try folder.revisions(TestFolder.exampleFolder) {
            let data = try folder.read(TestFolder.exampleFolder + "/revisions/" + name)
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            if let title = (object?["document"] as? [String: Any])?["title"] as? String { titles.insert(title) }
        }
        return titles
    }

    @Test func twoSavesFromTheSameBaseDiverge() throws {
        let folder = try TestFolder()
        let head = String(try #require(try folder.revisions(TestFolder.exampleFolder).first).dropLast(5))
        let first = try edited(folder, title: "Version of Ana")
        let second = try edited(folder, title: "Version of Marko")
        let arguments = ["save", "local-action-plans", "--from", "-", "-m", "Edit", "--base", head, "--folder", folder.path]
        let ana = try Workbench.start(arguments + ["--user", "Ana"], stdin: first)
        let marko = try Workbench.start(arguments + ["--user", "Marko"], stdin: second)
        let results = [try ana.wait(), try marko.wait()]
        #expect(results.map(\.status) == [0, 0], "\(results.map(\.error))")
        #expect(try titles(folder).isSuperset(of: ["Version of Ana", "Version of Marko"]))
        let list = try folder.run("list", "15", "--json")
        let modules = try #require(try JSONSerialization.jsonObject(with: Data(list.output.utf8)) as? [[String: Any]])
        #expect(modules[0]["status"] as? String == "diverged")
        #expect((modules[0]["heads"] as? [String])?.count == 2)
        #expect(results.contains { $0.output.contains("the module now has 2 versions") })
        let history = try folder.run("history", "local-action-plans")
        #expect(history.output.hasPrefix("15-local-migration-governance/local-action-plans (diverged: 2 heads)"))
    }

    @Test func racingSavesWithoutBaseKeepBothTexts() throws {
        let folder = try TestFolder()
        for round in 0..<3 {
            let first = try edited(folder, title: "Round \(round) A")
            let second = try edited(folder, title: "Round \(round) B")
            let arguments = ["save", "local-action-plans", "--from", "-", "-m", "Race", "--folder", folder.path]
            let a = try Workbench.start(arguments, stdin: first)
            let b = try Workbench.start(arguments, stdin: second)
            #expect(try a.wait().status == 0)
            #expect(try b.wait().status == 0)
            #expect(try titles(folder).isSuperset(of: ["Round \(round) A", "Round \(round) B"]))
        }
        #expect(try folder.run("list", "15").status == 0)
    }

    @Test func aSaveKilledAtAnyPointLeavesTheFolderLoadable() throws {
        let folder = try TestFolder()
        let original = try folder.revisions(TestFolder.exampleFolder)
        for attempt in 0..<12 {
            let document = try edited(folder, title: "Killed \(attempt)")
            let running = try Workbench.start(
                ["save", "local-action-plans", "--from", "-", "-m", "Killed", "--folder", folder.path], stdin: document)
            usleep(useconds_t(attempt * 2_500))
            kill(running.process.processIdentifier, SIGKILL)
            _ = try running.wait()
            let list = try folder.run("list", "15", "--json")
            #expect(list.status == 0, "attempt \(attempt): \(list.error)")
            let modules = try JSONSerialization.jsonObject(with: Data(list.output.utf8)) as? [[String: Any]]
            #expect(modules?.first?["title"] != nil, "attempt \(attempt)")
            let validate = try folder.run("validate", "local-action-plans")
            #expect(validate.status == 0, "attempt \(attempt): \(validate.output)")
        }
        #expect(try folder.revisions(TestFolder.exampleFolder).starts(with: original))
    }

    @Test func writersCleanOldStrayTemporaryFiles() throws {
        let folder = try TestFolder()
        let stray = TestFolder.exampleFolder + "/revisions/.tmp-left-by-a-crash.json"
        try folder.write(stray, "{\"revision\": ")
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: folder.url(stray).path)
        let fresh = TestFolder.exampleFolder + "/revisions/.tmp-being-written.json"
        try folder.write(fresh, "{")
        let document = try edited(folder, title: "After a crash")
        let result = try folder.run("save", "local-action-plans", "--from", "-", "-m", "Clean", stdin: document)
        #expect(result.status == 0)
        #expect(!FileManager.default.fileExists(atPath: folder.url(stray).path), "an hour-old temporary file is removed")
        #expect(FileManager.default.fileExists(atPath: folder.url(fresh).path), "another writer's fresh file is left alone")
    }
}
