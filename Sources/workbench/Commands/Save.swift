import ArgumentParser
import CurriculumKit

/// `workbench save MODULE --from FILE -m MSG [--base REV]`: a new revision from a document file.
struct Save: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "save",
        _superCommandName: Workbench.name,
        abstract: "Save a module document from a file as a new revision.",
        discussion: """
            The parent of the new revision is --base, the revision the edit started from, else the \
            current head. If someone saved from the same base in between, both versions are kept and \
            the module shows as diverged until they are merged. FILE may be a module document or the \
            output of `workbench show --json`.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("TOPIC/MODULE or a module id.", valueName: "module"))
    var module: String

    @Option(help: ArgumentHelp("The module document to save (`-` reads stdin).", valueName: "file"),
        completion: .file(extensions: ["json"]))
    var from: String

    @Option(name: [.customShort("m"), .long], help: ArgumentHelp("What changed, in one line.", valueName: "text"))
    var message: String

    @Option(help: ArgumentHelp("The revision the edit started from (default: the current head).", valueName: "revision"))
    var base: String?

    func validate() throws {
        if message.isBlank {
            throw ValidationError("the revision message (-m) is empty; say in one line what changed")
        }
    }

    func run() throws {
        // Only the module being saved is read: a save must not cost a read of the whole folder.
        var store = try global.openStore(focusedOn: module)
        let document = try DocumentInput.readModule(from)
        do {
            let entry = try store.module(named: module)
            guard document.id == entry.id else {
                throw StoreError(.refused, "\(from) holds the module \"\(document.id)\", not \"\(entry.id)\"; nothing was written")
            }
            guard document.topic == entry.topic else {
                throw StoreError(.refused, "\(from) says topic \"\(document.topic)\", but \(entry.id) is in \(entry.topic); nothing was written")
            }
            try DocumentInput.refuseErrors(in: document, store: store, shownAs: from)
            let baseID = try base.map { text throws(StoreError) in try store.revisionID(text, in: entry.record) }
            let result = try store.saveModule(document, base: baseID, author: global.userName, message: message)
            print("Saved \(entry.topic)/\(entry.id) as revision \(result.id): \(result.file)")
            if result.isDiverged {
                print(
                    "Someone else saved from the same revision: the module now has \(Plural.count(result.heads.count, "version", "versions")) (heads \(result.heads.map(\.description).joined(separator: ", "))). Both are kept; merge them when you are ready."
                )
            }
        } catch let error as StoreError {
            throw CommandFailure(error)
        }
    }
}
