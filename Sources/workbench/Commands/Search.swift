import ArgumentParser
import CurriculumKit
import TerminalKit

/// `workbench search QUERY`: modules whose current text holds every word of the query.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search every module's current text (titles, aims, outcomes, sessions, notes, references, keywords).",
        discussion: "Case and diacritics are ignored (plandiste finds Plandište); every word must occur in the module.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The words to find.", valueName: "query"))
    var query: [String]

    @Flag(help: "Print JSON.")
    var json = false

    func validate() throws {
        if query.joined().trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("give at least one word to search for")
        }
    }

    func run() throws {
        let store = try global.openStore()
        let hits = SearchIndex(store: store).search(query.joined(separator: " "))
        if json {
            Console.writeOutput(JSONOutput.bytes(hits))
            return
        }
        for hit in hits {
            print("\(hit.topic)/\(hit.module)  \(SafeText.sanitize(hit.title))")
            for match in hit.matches.prefix(3) {
                print("    \(match.field): \(SafeText.sanitize(match.snippet))")
            }
        }
        let phrase = query.joined(separator: " ")
        print(hits.isEmpty ? "No module matches \"\(phrase)\"." : "\(hits.count) module\(hits.count == 1 ? "" : "s") match \"\(phrase)\".")
    }
}
