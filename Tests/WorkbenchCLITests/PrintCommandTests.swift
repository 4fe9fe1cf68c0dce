import Foundation
import Testing

/// `workbench print`: outlines to standard output or a file, and clear refusals.
@Suite("print writes outlines of modules and topics")
struct PrintCommandTests {
    /// The example module's document with a new title, as `save --from -` takes it.
    private func retitled(_ folder: TestFolder, _ title: String) throws -> String {
        let shown = try folder.run("show", "local-action-plans", "--json")
        var object = try #require(try JSONSerialization.jsonObject(with: Data(shown.output.utf8)) as? [String: Any])
        var document = try #require(object["document"] as? [String: Any])
        document["title"] = title
        object["document"] = document
        return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    /// Names in a directory, hidden ones included.
    private func entries(_ path: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }

    @Test func moduleToStandardOutput() throws {
        let folder = try TestFolder()
        let result = try folder.run("print", "15/local-action-plans")
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.isEmpty)
        #expect(result.output.hasPrefix("Local Action Plans for Improving the Position of Different Categories of\nMigrants\n===="))
        #expect(result.output.contains("\nHandout · English · face-to-face · EQF level 5 · 6 h (360 min) in 4 sessions\n"))
        #expect(result.output.contains("\nSession plan\n------------\n"))
        #expect(!result.output.contains("Trainer edition"))
        #expect(!result.output.contains("\u{0C}"))
    }

    @Test func outputFileHoldsWhatStandardOutputWould() throws {
        let folder = try TestFolder()
        let scratch = folder.root.deletingLastPathComponent().path
        let path = scratch + "/outline.md"
        let written = try folder.run("print", "local-action-plans", "--format", "markdown", "-o", path)
        #expect(written.status == 0, "\(written.error)")
        #expect(written.output == "Wrote \(path)\n")
        let shown = try folder.run("print", "local-action-plans", "--format", "markdown")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == shown.output)
        #expect(shown.output.hasPrefix("# Local Action Plans"))
        // No temporary file is left beside it.
        #expect(try entries(scratch) == ["Curricula", "outline.md"])
    }

    @Test func anExistingFileIsReplacedWhole() throws {
        let folder = try TestFolder()
        let scratch = folder.root.deletingLastPathComponent().path
        let path = scratch + "/outline.html"
        try String(repeating: "old text that is longer than nothing\n", count: 2000).write(toFile: path, atomically: false, encoding: .utf8)
        let result = try folder.run("print", "15", "--format", "html", "--output", path)
        #expect(result.status == 0, "\(result.error)")
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.hasSuffix("</html>\n"))
        #expect(!html.contains("old text"))
        #expect(try entries(scratch) == ["Curricula", "outline.html"])
    }

    @Test func outputIntoAFolderThatDoesNotExist() throws {
        let folder = try TestFolder()
        let missing = folder.root.deletingLastPathComponent().path + "/no-such-folder"
        let result = try folder.run("print", "15/local-action-plans", "-o", missing + "/outline.txt")
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(result.error.split(separator: "\n").count == 1, "\(result.error)")
        #expect(result.errorSentence == "the folder \(missing) does not exist; nothing was written")
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test func outputOntoAFolder() throws {
        let folder = try TestFolder()
        let scratch = folder.root.deletingLastPathComponent().path
        let result = try folder.run("print", "15/local-action-plans", "-o", scratch)
        #expect(result.status == 1)
        #expect(result.errorSentence == "\(scratch) is a folder; give a file name; nothing was written")
        #expect(try entries(scratch) == ["Curricula"])
    }

    @Test(arguments: [
        ("nope", "there is no topic or module \"nope\""),
        ("17", "there is no topic or module \"17\""),
        ("15/nope", "topic 15-local-migration-governance has no module \"nope\""),
    ])
    func unknownTarget(target: String, message: String) throws {
        let folder = try TestFolder()
        let result = try folder.run("print", target)
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(result.errorSentence.hasPrefix(message), "\(result.error)")
    }

    @Test(arguments: [
        (["--start", "25:00"], "--start must be a time of day as HH:MM (00:00 to 23:59), not \"25:00\""),
        (["--width", "5"], "--width must be between 40 and 1000 columns, not 5"),
        (["--format", "pdf"], "--format must be text, markdown or html, not \"pdf\""),
        (["--edition", "teacher"], "--edition must be handout or trainer, not \"teacher\""),
        (["--script", "greek"], "--script must be latin or cyrillic, not \"greek\""),
        (["--day-hours", "0"], "--day-hours must be more than 0 and at most 24"),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        let folder = try TestFolder()
        let result = try Workbench.run(["print", "15/local-action-plans"] + arguments + ["--folder", folder.path])
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(result.error.hasPrefix("workbench: error: \(message)"), "\(result.error)")
    }

    @Test func serbianCyrillicTopicInLatin() throws {
        let folder = try TestFolder()
        let result = try folder.run("print", "13", "--script", "latin")
        #expect(result.status == 0, "\(result.error)")
        #expect(!result.output.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) })
        #expect(result.output.contains("Script: Serbian and Macedonian modules printed in Latin"))
        #expect(result.output.contains("\u{0C}Readmisija i reintegracija povratnika\n"))
        #expect(result.output.contains("\nScript: Serbian Cyrillic → Latin\n"))
        #expect(result.output.contains("Službenici Komesarijata za izbeglice i migracije Republike Srbije"))
    }

    @Test func divergedModule() throws {
        let folder = try TestFolder()
        let base = String(try #require(try folder.revisions(TestFolder.exampleFolder).first).dropLast(5))
        for (user, title) in [("Ana", "Version of Ana"), ("Marko", "Version of Marko")] {
            let saved = try folder.run(
                "save", "local-action-plans", "--from", "-", "-m", "Edit", "--base", base, stdin: try retitled(folder, title),
                user: user)
            #expect(saved.status == 0, "\(saved.error)")
        }
        let result = try folder.run("print", "local-action-plans", "--edition", "trainer")
        #expect(result.status == 0, "\(result.error)")
        // The most recent head is printed: the one `show` presents as current (both saves may
        // share a second, so which one that is is not assumed here).
        let current = try #require(try folder.run("show", "local-action-plans").output.split(separator: "\n").first)
        #expect(["Version of Ana", "Version of Marko"].contains(String(current)))
        #expect(result.output.hasPrefix(current + "\n"))
        #expect(result.output.contains("! Diverged: this module has 2 versions saved from the same base"))
        #expect(result.output.contains("status: diverged"))
        #expect(result.error.contains("15-local-migration-governance/local-action-plans is diverged: 2 heads"), "\(result.error)")
    }

    @Test func topicTrainerEditionWithAgenda() throws {
        let folder = try TestFolder()
        let result = try Workbench.run(
            ["print", "15", "--edition", "trainer", "--start", "09:00", "--folder", folder.path],
            environment: ["SOURCE_DATE_EPOCH": "1795593600"])
        #expect(result.status == 0, "\(result.error)")
        let pages = result.output.components(separatedBy: "\u{0C}")
        #expect(pages.count == 2)
        #expect(pages[0].hasPrefix("Topic 15: Local Migration Governance and Action Planning\n"))
        #expect(pages[0].contains("Trainer edition · 1 module · 6 h (360 min) of teaching · printed on 2026-11-25\nRevision 000002-"))
        #expect(pages[1].contains("\nDay 1 · 09:00–16:30 · 6 h of teaching\n"))
        #expect(pages[1].contains("\n13:30–14:30      Lunch break "))
        #expect(pages[1].contains("\nTrainer edition · status: draft · printed on 2026-11-25\n"))
        #expect(pages[1].contains("\nRevision 000001-4ab6471a9108, saved 2026-11-23 by MIRCO curriculum working group\n"))
        #expect(pages[1].contains("\nSession notes for trainers\n"))
        #expect(pages[1].hasSuffix("None: the revision passes every check.\n"))
    }
}
