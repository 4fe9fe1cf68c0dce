import ArgumentParser
import CurriculumKit

/// `workbench init PATH`: a new folder with the catalog, the 16 topics and the schemas.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        _superCommandName: Workbench.name,
        abstract: "Create a new curricula folder with the catalog, the 16 priority topics and the JSON schemas.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Where to create the folder; it must not exist or be empty.", valueName: "path"),
        completion: .directory)
    var path: String

    func run() throws {
        let store: CurriculumStore
        do {
            store = try FolderInitializer.initialize(at: path, author: global.userName)
        } catch {
            throw CommandFailure(error)
        }
        print("Created \(path) with \(Plural.count(store.topics.count, "topic", "topics")). Open it with: workbench --folder \(path)")
    }
}
