import ArgumentParser
import CurriculumKit

/// `workbench show MODULE`: one module, as text or as its revision file's JSON.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        _superCommandName: Workbench.name,
        abstract: "Show one module: its current revision, or the one given with --revision.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("TOPIC/MODULE or a module id.", valueName: "module"))
    var module: String

    @Option(help: ArgumentHelp("A revision id, seq or hash prefix (see `workbench history`).", valueName: "id"))
    var revision: String?

    @Flag(help: "Print JSON: the revision header, the document and the module's status.")
    var json = false

    func run() throws {
        // Only the module shown is read: its status needs its own reviews and the catalog, nothing else.
        let store = try global.openStore(focusedOn: module)
        let entry: ModuleEntry
        let stored: StoredRevision<Module>
        do {
            entry = try store.module(named: module)
            if let revision {
                stored = try store.moduleRevision(entry, id: store.revisionID(revision, in: entry.record))
            } else if let current = entry.record.current {
                stored = current
            } else {
                let reason = entry.record.problems.first.map { "\($0.place): \($0.message)" } ?? "it has no revisions"
                throw StoreError(.invalid, "the module \(entry.topic)/\(entry.id) cannot be read: \(reason)")
            }
        } catch let error as StoreError {
            throw CommandFailure(error)
        }
        if json {
            let output = ShownRevision(
                id: stored.id.description, file: stored.file, status: entry.status.rawValue,
                heads: entry.record.heads.map(\.description), revision: stored.info, document: stored.document)
            Console.writeOutput(output.bytes)
        } else {
            print(ModuleText(module: stored.document, revision: stored, entry: entry).text, terminator: "")
        }
        if entry.record.isDiverged {
            Console.warning(
                "\(entry.topic)/\(entry.id) is diverged: \(Plural.count(entry.record.heads.count, "head", "heads")); \(entry.record.heads.first!) is shown")
        }
    }
}

/// What `show --json` prints: the revision header, the document as on disk, and where it stands.
private struct ShownRevision {
    var id: String
    var file: String
    var status: String
    var heads: [String]
    var revision: RevisionInfo
    var document: Module

    var bytes: [UInt8] {
        let document = (try? JSONParser.parse(DocumentCoding.encodeDocument(document))) ?? .null
        return CanonicalJSON.bytes(
            .object([
                "id": .string(id), "file": .string(file), "status": .string(status),
                "heads": .array(heads.map(JSONValue.string)), "revision": DocumentCoding.tree(of: revision),
                "document": document,
            ]))
    }
}
