import ArgumentParser
import CurriculumKit
import TerminalKit

/// `workbench search QUERY`: modules whose current text holds every word of the query.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        _superCommandName: Workbench.name,
        abstract: "Search every module's current text (titles, aims, outcomes, sessions, notes, references, keywords).",
        discussion: "Case and diacritics are ignored (plandiste finds Plandište); every word must occur in the module.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The words to find.", valueName: "query"))
    var query: [String]

    @Flag(help: "Print JSON.")
    var json = false

    func validate() throws {
        if query.joined().isBlank {
            throw ValidationError("give at least one word to search for")
        }
    }

    func run() throws {
        // The search cache is read on another core while the folder is opened and checked.
        let prefetched = SearchIndex.prefetchCache(folder: global.folderPath, in: .standard())
        let store = try global.openStore()
        let hits = SearchIndex(store: store, prefetched: prefetched).search(query.joined(separator: " "))
        if json {
            Console.writeOutput(JSONOutput.bytes(hits))
            return
        }
        // Cutting the snippets is most of a search's time: slices of the hits are written in parallel.
        let slices = stride(from: 0, to: hits.count, by: 64).map { hits[$0..<min($0 + 64, hits.count)] }
        Console.writeOutput(ParallelMap.map(slices) { slice in slice.map(Self.lines(of:)).joined() }.joined())
        let phrase = query.joined(separator: " ")
        print(hits.isEmpty ? "No module matches \"\(phrase)\"." : "\(Plural.count(hits.count, "module matches", "modules match")) \"\(phrase)\".")
    }

    /// A hit as printed: the module and its title, then up to three fields with the text around the match.
    private static func lines(of hit: SearchHit) -> String {
        var lines = "\(hit.topic)/\(hit.module)  \(SafeText.sanitize(hit.title))\n"
        for match in hit.matches(first: 3) {
            lines += "    \(match.field): \(SafeText.sanitize(match.snippet))\n"
        }
        return lines
    }
}
