import Foundation
import Testing

/// What new users of the command line tripped over: guessed languages, a title beside a file,
/// pipes, typos, help, shell completion, error prefixes and counts.
@Suite("Command-line usability")
struct CommandLineUsabilityTests {
    @Test(
        "new guesses the language from the title as the terminal UI does",
        arguments: [("Тест наслов", "sr-Cyrl"), ("Тест ѕвезда", "mk"), ("Vodič za opštine", "sr-Latn"), ("A guide", "en")])
    func languageGuessed(title: String, language: String) throws {
        let folder = try TestFolder()
        let created = try folder.run("new", "16", "guessed", "--title", title)
        #expect(created.status == 0, "\(created.error)")
        let shown = try folder.run("show", "16/guessed", "--json")
        #expect(shown.output.contains("\"language\": \"\(language)\""), "\(shown.output)")
    }

    @Test("--language still decides when given")
    func languageGiven() throws {
        let folder = try TestFolder()
        try folder.run("new", "16", "given", "--title", "Тест наслов", "--language", "bs")
        #expect(try folder.run("show", "16/given", "--json").output.contains("\"language\": \"bs\""))
    }

    @Test("new --from FILE with a different --title (or --language) is refused, not silently applied")
    func titleBesideAFile() throws {
        let folder = try TestFolder()
        let file = try moduleFile(folder, id: "copied")
        let before = try folder.snapshot()
        let title = try folder.run("new", "15", "copied", "--from", file, "--title", "Another title")
        #expect(title.status == 2)
        #expect(title.errorSentence.hasPrefix("\(file) gives the title \"Local Action Plans"), "\(title.error)")
        #expect(title.errorSentence.hasSuffix("--title says \"Another title\": leave out --title to keep the file's, or change the title in the file; nothing was written"))
        let language = try folder.run("new", "15", "copied", "--from", file, "--language", "mk")
        #expect(language.status == 2)
        #expect(language.errorSentence.hasPrefix("\(file) gives the language \"en\" and --language says \"mk\""), "\(language.error)")
        #expect(try folder.snapshot() == before)
        let same = try folder.run(
            "new", "15", "copied", "--from", file, "--title", "Local Action Plans for Improving the Position of Different Categories of Migrants")
        #expect(same.status == 0, "the same title is no conflict: \(same.error)")
    }

    @Test("--from reads a pipe and a process substitution like the standard input")
    func fromAPipe() throws {
        let folder = try TestFolder()
        let file = try moduleFile(folder, id: "piped")
        let script = "\"$1\" new 15 piped --from <(cat \(shellQuoted(file))) --folder \(shellQuoted(folder.path))"
        let result = try runBash(script)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.hasPrefix("Created 15-local-migration-governance/piped: "), "\(result.output)")
        #expect(!result.error.contains("permission denied"))

        let fifo = folder.root.deletingLastPathComponent().appendingPathComponent("module.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let fifoFile = try moduleFile(folder, id: "from-fifo")
        let writer = "cat \(shellQuoted(fifoFile)) > \(shellQuoted(fifo)) & \"$1\" new 15 from-fifo --from \(shellQuoted(fifo)) --folder \(shellQuoted(folder.path)); wait"
        let named = try runBash(writer)
        #expect(named.status == 0, "\(named.error)")
    }

    @Test("a mistyped command is answered with the nearest one, not as an argument of open")
    func typo() throws {
        let folder = try TestFolder()
        let result = try Workbench.run(["prnt", "7", "--folder", folder.path])
        #expect(result.status == 2)
        #expect(result.error == "workbench: error: \"prnt\" is not a workbench command; did you mean \"print\"? (see 'workbench --help')\n")
        let before = try Workbench.run(["--folder", folder.path, "serch", "x"])
        #expect(before.error.contains("did you mean \"search\"?"), "\(before.error)")
        let help = try Workbench.run(["help", "prnt"])
        #expect(help.status == 2)
        #expect(help.errorSentence.hasPrefix("\"prnt\" is not a workbench command; did you mean \"print\"?"))
        let unknown = try Workbench.run(["frobnicate"])
        #expect(unknown.errorSentence.hasPrefix("\"frobnicate\" is not a workbench command; the commands are open, list, show"))
        #expect(!unknown.error.contains("open [--"), "no usage of open")
    }

    @Test("--help after the global options lists the commands")
    func helpAfterGlobalOptions() throws {
        let folder = try TestFolder()
        let help = try Workbench.run(["--folder", folder.path, "--help"])
        let plain = try Workbench.run(["--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("SUBCOMMANDS:"), "\(help.output)")
        #expect(help.output == plain.output)
        #expect(!help.output.contains("USAGE: workbench open"))
    }

    @Test("global options before no command still open the UI on that folder")
    func globalOptionsWithoutCommand() throws {
        let folder = try TestFolder()
        let result = try Workbench.run(["--folder", folder.path, "--no-color"])
        #expect(result.status == 1, "no terminal in a test: refused, not a usage error: \(result.error)")
        #expect(result.errorSentence.hasPrefix("the terminal UI needs a terminal"))
    }

    @Test("every error has the prefix workbench: error:, usage errors included")
    func oneErrorPrefix() throws {
        let folder = try TestFolder()
        let runs = [
            try Workbench.run(["save", "15/local-action-plans", "--from", "x.json", "--folder", folder.path]),
            try Workbench.run(["list", "--bogus", "--folder", folder.path]),
            try Workbench.run(["print", "15/local-action-plans", "--format", "pdf", "--folder", folder.path]),
            try Workbench.run(["new", "15", "Bad Id", "--title", "x", "--folder", folder.path]),
            try folder.run("show", "no-such-module"),
        ]
        for result in runs {
            #expect(result.status != 0)
            #expect(result.error.hasPrefix("workbench: error: "), "\(result.error)")
            #expect(!result.error.contains("Error: "), "\(result.error)")
        }
    }

    @Test("counts agree with their nouns")
    func counts() throws {
        let folder = try TestFolder()
        #expect(try folder.run("search", "migrants").output.hasSuffix("1 module matches \"migrants\".\n"))
        #expect(try folder.run("search", "local", "migration").output.hasSuffix("2 modules match \"local migration\".\n"))

        let shown = try folder.run("show", "15/local-action-plans", "--json")
        var object = try #require(try JSONSerialization.jsonObject(with: Data(shown.output.utf8)) as? [String: Any])
        var document = try #require(object["document"] as? [String: Any])
        document["id"] = "one-session"
        document["sessions"] = Array((document["sessions"] as? [Any] ?? []).prefix(1))
        object["document"] = document
        let data = try JSONSerialization.data(withJSONObject: object)
        let created = try folder.run("new", "15", "one-session", "--from", "-", stdin: String(decoding: data, as: UTF8.self))
        #expect(created.status == 0, "\(created.error)")
        let text = try folder.run("show", "15/one-session").output
        #expect(text.contains(" min in 1 session") && !text.contains("1 sessions"), "\(text)")
        #expect(try folder.run("history", "15/one-session").output.contains("1 revision"))
    }
}

/// The example module saved to a file as `show --json` gives it, renamed to `id`.
private func moduleFile(_ folder: TestFolder, id: String) throws -> String {
    let shown = try folder.run("show", "15/local-action-plans", "--json")
    let path = folder.root.deletingLastPathComponent().appendingPathComponent("\(id).json").path
    let renamed = shown.output.replacingOccurrences(of: "\"id\": \"local-action-plans\"", with: "\"id\": \"\(id)\"")
    try renamed.write(toFile: path, atomically: true, encoding: .utf8)
    return path
}

/// Runs `script` in bash, with the workbench binary as `$1`.
func runBash(_ script: String) throws -> RunResult {
    try Workbench.run([], prefix: ["/bin/bash", "-c", script, "bash"])
}

func shellQuoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
}
