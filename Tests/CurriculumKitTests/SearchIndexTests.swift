import Foundation
import Testing

@testable import CurriculumKit

/// The shipped folder, which has modules in English, Macedonian and Serbian Cyrillic.
private func shippedIndex() throws -> SearchIndex {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return SearchIndex(store: try CurriculumStore.open(root.appendingPathComponent("Curricula").path))
}

@Suite("Search index")
struct SearchIndexTests {
    @Test("typing on narrows the previous results to exactly what a new search finds")
    func narrowingMatchesFullSearch() throws {
        let index = try shippedIndex()
        for typed in ["diaspora", "migration plan", "реадмисија", "lo", "local action", "азил"] {
            var previous: [SearchHit] = []
            var previousQuery = ""
            for end in typed.indices + [typed.endIndex] {
                let query = String(typed[..<end])
                let narrowed = index.search(query, narrowing: previous, of: previousQuery)
                #expect(narrowed == index.search(query), "\"\(query)\" after \"\(previousQuery)\"")
                (previous, previousQuery) = (narrowed, query)
            }
        }
    }

    @Test("a query that does not extend the previous one searches everything again")
    func backspaceSearchesAgain() throws {
        let index = try shippedIndex()
        let narrow = index.search("diaspora")
        #expect(narrow.count == 1)
        #expect(index.search("migration", narrowing: narrow, of: "diaspora") == index.search("migration"))
        #expect(index.search("diaspor", narrowing: narrow, of: "diaspora") == index.search("diaspor"))
    }

    @Test("accents and capitals do not matter, in Latin and Cyrillic")
    func folding() throws {
        #expect(TextFolding.fold("Plandište ČAČAK đak") == Array("plandiste cacak dak".utf8))
        #expect(TextFolding.fold("Пра́во") == TextFolding.fold("право"))
        #expect(TextFolding.fold("ЉУБАВ Ѓорѓи") == TextFolding.fold("љубав ѓорѓи"))
        let (bytes, origins) = TextFolding.foldWithOrigins("Še\u{301}f")
        #expect(bytes == Array("sef".utf8))
        #expect(origins == [0, 1, 2])
    }
}
