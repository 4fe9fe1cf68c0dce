import ArgumentParser
import CurriculumKit

/// `workbench list [TOPIC]`: the topics, or one topic's modules.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        _superCommandName: Workbench.name,
        abstract: "List the topics, or a topic's modules with their status, minutes and head revision.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("A topic number or id; without it, every topic is listed.", valueName: "topic"))
    var topic: String?

    @Flag(help: "Print JSON for scripts instead of a table.")
    var json = false

    func run() throws {
        let store = try global.openStore()
        if let topic {
            guard let entry = store.topic(named: topic) else {
                throw CommandFailure.refused(
                    "there is no topic \"\(topic)\" in \(global.folderPath) (give a number 1–\(store.topics.count) or a topic id)")
            }
            json ? Console.writeOutput(JSONOutput.bytes(ModuleSummary.list(entry))) : print(modulesTable(entry), terminator: "")
            try LoadProblems.report(entry.record.problems + entry.modules.flatMap(\.problems))
        } else {
            json ? Console.writeOutput(JSONOutput.bytes(TopicSummary.list(store))) : print(topicsTable(store), terminator: "")
            try LoadProblems.report(store.loadProblems)
        }
    }

    private func topicsTable(_ store: CurriculumStore) -> String {
        var table = TextTable("#", "TOPIC", "MODULES", "STATUS", "TITLE")
        table.rightAligned = [0, 2]
        for topic in store.topics {
            let summary = TopicSummary(topic)
            table.add(summary.number.map(String.init) ?? "?", topic.id, String(topic.modules.count), summary.statusText, summary.title)
        }
        return "\(store.catalog.title)\n\n" + table.text
    }

    private func modulesTable(_ topic: TopicEntry) -> String {
        let heading = TopicSummary(topic).heading
        guard !topic.modules.isEmpty else {
            return "\(heading)\n\nNo modules yet. Create one with: workbench new \(topic.id) MODULE-ID --title \"…\"\n"
        }
        var table = TextTable("MODULE", "STATUS", "MIN", "HEAD", "LANG", "TITLE")
        table.rightAligned = [2]
        for module in ModuleSummary.list(topic) {
            table.add(
                module.id, module.status, module.minutes.map(String.init) ?? "-", module.head ?? "-", module.language ?? "-",
                module.title ?? "(cannot be read)")
        }
        return "\(heading)\n\n" + table.text
    }
}
