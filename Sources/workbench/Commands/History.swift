import ArgumentParser
import CurriculumKit
import TerminalKit

/// `workbench history MODULE`: the revisions of a module (or a topic), newest first.
struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        _superCommandName: Workbench.name,
        abstract: "List the revisions of a module or a topic, newest first, with the heads marked.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("TOPIC/MODULE, a module id, or a topic number or id.", valueName: "document"))
    var document: String

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        let store = try global.openStore()
        let entries: [HistoryEntry]
        let name: String
        let problems: [Diagnostic]
        if let topic = store.topic(named: document), !store.allModules.contains(where: { $0.id == document }) {
            let record = store.withHistory(topic.record)
            (entries, name, problems) = (record.history, topic.id, record.problems)
        } else {
            do {
                let module = try store.module(named: document)
                let record = store.withHistory(module.record)
                (entries, name, problems) = (record.history, "\(module.topic)/\(module.id)", record.problems)
            } catch {
                throw CommandFailure(error)
            }
        }
        if json {
            Console.writeOutput(JSONOutput.bytes(entries))
        } else {
            var table = TextTable("REVISION", "", "TIME", "AUTHOR", "MESSAGE")
            for entry in entries {
                let mark = entry.isCurrent ? "current" : entry.isHead ? "head" : ""
                table.add(entry.id, mark, entry.time, entry.author, entry.message)
            }
            let heads = entries.filter(\.isHead).count
            let state = heads > 1 ? "diverged: \(Plural.count(heads, "head", "heads"))" : Plural.count(entries.count, "revision", "revisions")
            print("\(name) (\(state))\n")
            print(table.text, terminator: "")
        }
        try LoadProblems.report(problems)
    }
}
