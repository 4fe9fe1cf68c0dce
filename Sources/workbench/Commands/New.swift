import ArgumentParser
import CurriculumKit

/// `workbench new TOPIC ID --title T`: a new module's first revision, appended to the topic's order.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        _superCommandName: Workbench.name,
        abstract: "Create a module (its first revision) in a topic and append it to the topic's teaching order.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("A topic number or id.", valueName: "topic"))
    var topic: String

    @Argument(help: ArgumentHelp("The module id: lower-case letters, digits and single dashes, at most 64 characters.", valueName: "id"))
    var id: String

    @Option(help: ArgumentHelp("The module's title.", valueName: "text"))
    var title: String?

    @Option(
        help: ArgumentHelp(
            "The language of the text, a BCP 47 tag (en, sr-Latn, sr-Cyrl, mk…); default: guessed from the title.",
            valueName: "tag"),
        completion: .list(StandardCatalog.languages))
    var language: String?

    @Option(
        help: ArgumentHelp("Start from a module document in this file (`-` reads stdin).", valueName: "file"),
        completion: .file(extensions: ["json"]))
    var from: String?

    @Option(name: [.customShort("m"), .long], help: ArgumentHelp("The revision message.", valueName: "text"))
    var message: String?

    func validate() throws {
        if let problem = Slug.problem(with: id) {
            throw ValidationError("the module id \"\(id)\" cannot be used: \(problem)")
        }
        if from == nil && (title ?? "").isBlank {
            throw ValidationError("give the module a title with --title \"…\" (or a document with --from FILE)")
        }
    }

    func run() throws {
        var store = try global.openStore()
        guard let topicEntry = store.topic(named: topic) else {
            throw CommandFailure.refused(
                "there is no topic \"\(topic)\" in \(global.folderPath) (give a number 1–\(store.topics.count) or a topic id)")
        }
        var module: Module
        if let from {
            module = try DocumentInput.readModule(from)
            guard module.id == id else {
                throw CommandFailure.refused("\(from) holds the module \"\(module.id)\", not \"\(id)\"; nothing was written")
            }
            guard module.topic == topicEntry.id else {
                throw CommandFailure.refused(
                    "\(from) says topic \"\(module.topic)\", not \(topicEntry.id); nothing was written")
            }
            try refuseConflicts(with: module, from: from)
        } else {
            let title = title ?? ""
            module = Module(id: id, topic: topicEntry.id, language: language ?? LanguageGuess.tag(of: title), title: title)
        }
        if let from {
            // A new empty module is incomplete by nature; a document brought in is checked.
            try DocumentInput.refuseErrors(in: module, store: store, shownAs: from)
        }
        let result: SaveResult
        do {
            result = try store.createModule(module, author: global.userName, message: message)
        } catch {
            throw CommandFailure(error)
        }
        print("Created \(topicEntry.id)/\(id): \(result.file)")
    }

    /// A title or language given beside a document that says otherwise: which one was meant
    /// cannot be known, so nothing is replaced silently.
    private func refuseConflicts(with module: Module, from file: String) throws(CommandFailure) {
        if let title, title != module.title {
            throw .usage(
                "\(file) gives the title \"\(module.title)\" and --title says \"\(title)\": "
                    + "leave out --title to keep the file's, or change the title in the file; nothing was written")
        }
        if let language, language != module.language {
            throw .usage(
                "\(file) gives the language \"\(module.language)\" and --language says \"\(language)\": "
                    + "leave out --language to keep the file's, or change it in the file; nothing was written")
        }
    }
}
