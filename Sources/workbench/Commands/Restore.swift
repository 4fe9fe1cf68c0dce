import ArgumentParser
import CurriculumKit

/// `workbench restore MODULE REVISION`: an old revision's content as a new revision.
struct Restore: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        _superCommandName: Workbench.name,
        abstract: "Write an old revision's content as a new revision on the current version.",
        discussion: """
            Nothing is lost: the revisions in between stay in the history, and the restore is a \
            revision like any other (see `workbench diff`). A diverged module is merged first.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("TOPIC/MODULE or a module id.", valueName: "module"))
    var module: String

    @Argument(help: ArgumentHelp("The revision to restore: an id, seq or hash prefix.", valueName: "revision"))
    var revision: String

    @Option(name: [.customShort("m"), .long], help: ArgumentHelp("The revision message (default: \"Restore revision ID\").", valueName: "text"))
    var message: String?

    func run() throws {
        var store = try global.openStore(onlyModule: module)
        do {
            let entry = try store.module(named: module)
            let id = try store.revisionID(revision, in: entry.record)
            let result = try store.restoreModule(
                topic: entry.topic, module: entry.id, revision: id, author: global.userName, message: message)
            print("Restored revision \(id) of \(entry.topic)/\(entry.id) as revision \(result.id): \(result.file)")
        } catch {
            throw CommandFailure(error)
        }
    }
}
