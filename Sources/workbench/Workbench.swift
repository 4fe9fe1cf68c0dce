import ArgumentParser
import CurriculumKit
import Foundation

/// The `workbench` command: the terminal UI and the commands scripts and CI use.
struct Workbench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workbench",
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
}
