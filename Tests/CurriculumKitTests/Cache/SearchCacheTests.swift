import Foundation
import Testing

@testable import CurriculumKit

@Suite("Search cache")
struct SearchCacheTests {
    static let queries = ["framework", "module", "quiz schengen", "case", "a", "border-risk", "zebrafish", "LO1"]

    @Test("searching from the cache finds exactly what searching the documents finds")
    func sameResults() throws {
        try withFixtureFolder { folder in
            try folder.warmCache()
            let files = SearchIndex(modules: try folder.reopened().allModules)
            let cold = SearchIndex(store: try folder.openCached())
            #expect(FileManager.default.fileExists(atPath: folder.cacheFile("search")))
            let warmStore = try folder.openCached()
            let warm = SearchIndex(store: warmStore)
            #expect(documentsRead(warmStore) == 0, "the search read no document")
            for query in Self.queries {
                Self.expectSame(cold.search(query), files.search(query), query)
                Self.expectSame(warm.search(query), files.search(query), query)
            }
        }
    }

    @Test("the shipped folder searches the same with and without the cache")
    func shippedFolder() throws {
        try withScratchDirectory { scratch in
            let shipped = Fixtures.packageRoot.appendingPathComponent("Curricula").path
            let cache = CacheLocation.directory(scratch, settlingTime: 0.05)
            let files = SearchIndex(modules: try CurriculumStore.open(shipped).allModules)
            _ = SearchIndex(store: try CurriculumStore.open(shipped, cache: cache))
            let warm = SearchIndex(store: try CurriculumStore.open(shipped, cache: cache))
            for query in ["diaspora", "migration plan", "реадмисија", "lo", "local action", "азил", "plandiste", "e"] {
                Self.expectSame(warm.search(query), files.search(query), query)
            }
        }
    }

    @Test("text saved by another process is found, the old text no longer")
    func staleText() throws {
        try withFixtureFolder { folder in
            try folder.warmCache()
            _ = SearchIndex(store: try folder.openCached())
            var other = try folder.reopened()
            var module = try #require(try other.requireModule("interview-techniques").module)
            module.keywords = ["zebrafish"]
            module.title = "Interviews"
            try other.saveModule(module, author: Fixtures.author, message: "Keywords")
            let index = SearchIndex(store: try folder.openCached())
            #expect(index.search("zebrafish").map(\.module) == ["interview-techniques"])
            #expect(index.search("module").map(\.module).sorted() == ["border-risk-analysis", "local-action-plans"])
        }
    }

    @Test("a damaged search cache is ignored", arguments: SummaryCacheDamageTests.Damage.allCases)
    func damaged(_ damage: SummaryCacheDamageTests.Damage) throws {
        try withFixtureFolder { folder in
            try folder.warmCache()
            _ = SearchIndex(store: try folder.openCached())
            try SummaryCacheDamageTests.apply(damage, to: folder.cacheFile("search"), folder: folder)
            try Self.expectSameAsFiles(SearchIndex(store: try folder.openCached()), folder)
        }
    }

    @Test("modules put in another teaching order still find their own cached records")
    func reordered() throws {
        try withFixtureFolder { folder in
            try folder.warmCache()
            _ = SearchIndex(store: try folder.openCached())
            var other = try folder.reopened()
            var topic = try #require(other.topics.first { $0.modules.count > 1 }?.topic)
            let before = topic.modules
            topic.modules.reverse()
            try other.saveTopic(topic, author: Fixtures.author, message: "Taught the other way round")
            try folder.warmCache()
            let store = try folder.openCached()
            let index = SearchIndex(store: store)
            #expect(index.entries.filter { before.contains($0.module) }.map(\.module) == before.reversed())
            #expect(documentsRead(store) == 0, "every record came from the cache")
            #expect(index.segments.count == 1, "the cached postings were used")
            let written = SearchCache.read(path: folder.cacheFile("search"), root: store.layout.root).entries.map(\.key)
            #expect(written == index.entries.map { "\($0.topic)/\($0.module)" }, "the cache was written again in the new order")
            try Self.expectSameAsFiles(index, folder)
        }
    }

    @Test("a search cache read while the folder opens gives the same hits; one read for another folder is not used")
    func prefetched() throws {
        try withFixtureFolder { folder in
            try folder.warmCache()
            _ = SearchIndex(store: try folder.openCached())
            let prefetch = try #require(SearchIndex.prefetchCache(folder: folder.root, in: cacheLocation(folder)))
            let store = try folder.openCached()
            try Self.expectSameAsFiles(SearchIndex(store: store, prefetched: prefetch), folder)
            #expect(documentsRead(store) == 0)
            try withFixtureFolder { elsewhere in
                let foreign = SearchIndex.prefetchCache(folder: elsewhere.root, in: cacheLocation(folder))
                try Self.expectSameAsFiles(SearchIndex(store: try folder.openCached(), prefetched: foreign), folder)
            }
            #expect(SearchIndex.prefetchCache(folder: folder.root, in: .disabled) == nil)
        }
    }

    @Test("the first matches of a hit are the first of all its matches")
    func firstMatches() throws {
        try withFixtureFolder { folder in
            let index = SearchIndex(modules: try folder.reopened().allModules)
            for query in Self.queries {
                for hit in index.search(query) {
                    for count in 0...3 {
                        #expect(hit.matches(first: count) == Array(hit.matches.prefix(count)), "\(query) \(hit.module)")
                    }
                }
            }
        }
    }

    /// Every query finds in `index` what it finds in an index of the folder's files.
    static func expectSameAsFiles(_ index: SearchIndex, _ folder: FixtureFolder, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let files = SearchIndex(modules: try folder.reopened().allModules)
        for query in queries {
            expectSame(index.search(query), files.search(query), query, sourceLocation: sourceLocation)
        }
    }

    /// Hits compared in full, snippets included, through their JSON form.
    static func expectSame(_ lhs: [SearchHit], _ rhs: [SearchHit], _ query: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(lhs == rhs, "\(query)", sourceLocation: sourceLocation)
        #expect((try? encoder.encode(lhs)) == (try? encoder.encode(rhs)), "\(query)", sourceLocation: sourceLocation)
    }
}

@Suite("Search snippets")
struct SnippetTests {
    @Test("cutting a snippet without folding the whole text gives what folding it all gave")
    func sameAsWholeFolding() {
        var random = SystemRandomNumberGenerator()
        // Half the texts hold only scalars that are characters on their own (cut scalar by scalar),
        // half also accents, CR LF, emoji and CJK (cut character by character).
        let simple = ["a", "B", "š", "Ž", "л", "Љ", "ѓ", " ", "\n", "ß", "-", "đ", "\u{0}", "’", "«", "»"]
        let pieces = simple + ["e\u{301}", "🙂", "中", "\r\n", "\r", "\u{200D}"]
        for round in 0..<3000 {
            let count = Int.random(in: 0...140, using: &random)
            let alphabet = round % 2 == 0 ? simple : pieces
            let text = (0..<count).map { _ in alphabet.randomElement(using: &random)! }.joined()
            let folded = TextFolding.fold(text).count
            let offset = Int.random(in: 0...(folded + 3), using: &random)
            let length = Int.random(in: 0...8, using: &random)
            #expect(
                Snippet.around(byteOffset: offset, length: length, in: text) == wholeFoldingSnippet(offset, length, text),
                "\(text.debugDescription) at \(offset) length \(length)")
        }
    }

    /// The snippet as it was cut before: folding the whole text first.
    private func wholeFoldingSnippet(_ byteOffset: Int, _ length: Int, _ text: String) -> String {
        let radius = Snippet.radius
        let (_, origins) = TextFolding.foldWithOrigins(text)
        let characters = Array(text)
        func oneLine(_ text: String) -> String { text.split(whereSeparator: \.isNewline).joined(separator: " ") }
        guard byteOffset < origins.count else { return oneLine(String(characters.prefix(2 * radius))) }
        let start = origins[byteOffset]
        let end = origins[min(origins.count - 1, byteOffset + max(length, 1) - 1)] + 1
        let from = max(0, start - radius)
        let to = min(characters.count, end + radius)
        var snippet = oneLine(String(characters[from..<to]))
        if from > 0 { snippet = "…" + snippet }
        if to < characters.count { snippet += "…" }
        return snippet
    }
}
