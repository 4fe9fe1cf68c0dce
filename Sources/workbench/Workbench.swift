import ArgumentParser
import CurriculumKit
import Foundation

/// The `workbench` command: the terminal UI and the commands scripts and CI use.
struct Workbench: ParsableCommand {
    static let name = "workbench"

    static let configuration = CommandConfiguration(
        commandName: name,
        abstract: "Draft, review and print training curricula kept in a versioned folder of JSON files.",
        discussion: """
            A module is named TOPIC/MODULE (topic number or id, e.g. 15/local-action-plans) or by \
            its bare id when that is unique. The folder is --folder, else $WORKBENCH_FOLDER, else \
            ./Curricula; the user is --user, else $WORKBENCH_USER, else git's user.name, else $USER.

            Exit status: 0 success, 1 validation errors or a refused action, 2 usage errors.
            """,
        subcommands: [
            Open.self, List.self, Show.self, New.self, Save.self, Validate.self, History.self, Diff.self, Review.self,
            Restore.self, Merge.self, Search.self, Init.self, Print.self,
        ],
        defaultSubcommand: Open.self
    )

    /// The global options as the root's, for help and shell completion before a command
    /// (`workbench --folder <Tab>`); the command line gives them to the command it runs
    /// (`GlobalArguments.reordered`).
    @OptionGroup var global: GlobalOptions
}

extension Workbench {
    /// The command a command line names. A line that starts with a subcommand's name is first
    /// parsed by that subcommand alone (each names `workbench` as its super command, as
    /// ArgumentParser provides for commands run under another): parsing the whole tree, with
    /// its check for a completion-script request, was a sixth of a `save`. Whatever that parse
    /// does not accept (help, a mistake, a completion request) is parsed again through the
    /// whole tree, so help and errors read exactly as before.
    static func command(for arguments: [String]) throws -> any ParsableCommand {
        if let name = arguments.first,
            let subcommand = configuration.subcommands.first(where: { $0.configuration.commandName == name }),
            let command = try? subcommand.parseAsRoot(Array(arguments.dropFirst()))
        {
            return command
        }
        return try parseAsRoot(arguments)
    }
}
