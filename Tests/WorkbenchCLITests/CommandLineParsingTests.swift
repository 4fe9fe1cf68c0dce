import Foundation
import Testing

/// A command line that names a subcommand is parsed by that subcommand first; help, mistakes
/// and completion requests go through the whole command tree, so they read as they always did.
@Suite("Parsing the command line")
struct CommandLineParsingTests {
    @Test("a mistake names `workbench save` in its usage and its pointer to help")
    func mistakeNamesTheWorkbench() throws {
        let result = try Workbench.run(["save", "15/local-action-plans", "--from", "x.json"])
        #expect(result.status == 2)
        #expect(result.error.hasPrefix("workbench: error: Missing expected argument '--message <text>'"), "\(result.error)")
        #expect(result.error.contains("Usage: workbench save "), "\(result.error)")
        #expect(result.error.contains("See 'workbench save --help' for more information."), "\(result.error)")
    }

    @Test("help for a subcommand, and `help SUBCOMMAND`, give the same page, under `workbench`")
    func helpPages() throws {
        let flag = try Workbench.run(["list", "--help"])
        let command = try Workbench.run(["help", "list"])
        #expect(flag.status == 0)
        #expect(flag.output.contains("USAGE: workbench list "), "\(flag.output)")
        #expect(flag.output == command.output)
    }

    @Test("global options before the subcommand, an unknown subcommand and a completion request")
    func otherLines() throws {
        let folder = try TestFolder()
        let before = try Workbench.run(["--folder", folder.path, "list", "15"])
        let after = try Workbench.run(["list", "15", "--folder", folder.path])
        #expect(before.status == 0)
        #expect(before.output == after.output)
        #expect(before.output.contains("local-action-plans"))
        let unknown = try Workbench.run(["bogus", "--folder", folder.path])
        #expect(unknown.status == 2)
        let completion = try Workbench.run(["list", "--generate-completion-script", "bash"])
        #expect(completion.status == 0)
        #expect(completion.output.contains("_workbench"), "\(completion.output.prefix(200))")
    }
}
