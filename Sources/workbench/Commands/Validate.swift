import ArgumentParser
import CurriculumKit

/// `workbench validate [TARGET]`: every error and warning, exit 1 on errors.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        _superCommandName: Workbench.name,
        abstract: "Check the folder, a topic or a module: errors make a file unusable, warnings mark an incomplete draft.",
        discussion: "Every revision file is read and its hash verified. Exit status 1 when there is any error.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("A topic (number or id) or a module (TOPIC/MODULE or id); default: the whole folder.", valueName: "target"))
    var target: String?

    @Flag(help: "Print the findings as JSON.")
    var json = false

    func run() throws {
        let store = try global.openStore()
        let validator = FolderValidator(store: store)
        let findings: [Diagnostic]
        do {
            findings = try target.map { name throws(StoreError) in try validator.diagnose(target: name) } ?? validator.diagnose()
        } catch {
            throw CommandFailure(error)
        }
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.count - errors
        if json {
            Console.writeOutput(JSONOutput.bytes(Report(errors: errors, warnings: warnings, findings: findings)))
        } else {
            for finding in findings {
                print(finding.description)
            }
            let scope = target ?? global.folderPath
            print("\(scope): \(Plural.count(errors, "error", "errors")), \(Plural.count(warnings, "warning", "warnings"))")
        }
        if errors > 0 { throw ExitCode(1) }
    }

    private struct Report: Encodable {
        var errors: Int
        var warnings: Int
        var findings: [Diagnostic]
    }
}
