import Foundation
import Testing

/// bash completes the values of the printing options and file and folder names, running the
/// script `--generate-completion-script bash` prints as bash would.
@Suite("Shell completion")
struct ShellCompletionTests {
    @Test(
        "bash completes option values and names",
        arguments: [
            (["print", "x", "--format", ""], ["text", "markdown", "html"]),
            (["print", "x", "--edition", "t"], ["trainer"]),
            (["print", "x", "--script", ""], ["latin", "cyrillic"]),
            (["print", "x", "-o", "a"], ["afile.txt"]),
            (["print", "x", "--output", ""], ["afile.txt", "module.json", "sub"]),
            (["list", "--folder", ""], ["sub"]),
            (["--folder", "s"], ["sub"]),
            (["--folder", "sub", "pr"], ["print"]),
            (["new", "1", "x", "--language", "sr"], ["sr-Latn", "sr-Cyrl"]),
            (["save", "x", "--from", ""], ["module.json", "sub"]),
        ])
    func completes(words: [String], expected: [String]) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("wb-completion-\(UUID().uuidString)")
        let place = scratch.appendingPathComponent("here")
        try FileManager.default.createDirectory(at: place.appendingPathComponent("sub"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        for name in ["afile.txt", "module.json"] {
            FileManager.default.createFile(atPath: place.appendingPathComponent(name).path, contents: Data())
        }
        let script = try Workbench.run(["--generate-completion-script", "bash"])
        let scriptFile = scratch.appendingPathComponent("completion.bash")
        try script.output.write(to: scriptFile, atomically: true, encoding: .utf8)
        let line = (["workbench"] + words).map(shellQuoted).joined(separator: " ")
        let driver = """
            cd \(shellQuoted(place.path)) && source \(shellQuoted(scriptFile.path))
            COMP_WORDS=(\(line)); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
            COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}; COMPREPLY=()
            _workbench workbench "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let result = try runBash(driver)
        let offered = result.output.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        #expect(Set(offered) == Set(expected), "\(words): \(offered) \(result.error)")
    }
}
