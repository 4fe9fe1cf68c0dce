import Foundation
import Testing

@testable import CurriculumKit

/// Words of every script the curricula are written in, with diacritics, capitals, a combining
/// accent and words with punctuation inside.
private let vocabulary = [
    "Opština", "čačak", "Ćuprija", "šuma", "Žena", "đak", "Plandište", "reintegracija", "plan", "mjera", "migracija",
    "миграција", "граница", "Заштита", "ђак", "Љубав", "њива", "ћерка", "џеп", "реадмисија", "ѓорѓи", "Ѕвезда", "ќерка",
    "е\u{301}", "municipality", "asylum", "e-mail", "co-operation", "O’Brien", "1.2", "x+y", "border", "framework",
    "Community", "integration", "trafficking", "обука", "Skopje", "2024", "LO1", "—", "«цитат»",
]

/// A few dozen modules of random text from `vocabulary`, the same on every run.
private func generatedModules() -> [Module] {
    var random = SplitMix(seed: 7)
    func text(_ words: Int) -> String {
        (0..<words).map { _ in vocabulary[random.below(vocabulary.count)] }.joined(separator: random.below(4) == 0 ? ", " : " ")
    }
    return (0..<36).map { number in
        var module = Fixtures.module(
            "generated-\(number)", topic: [Fixtures.securityTopic, Fixtures.localTopic][number % 2], title: text(3))
        module.aim = text(8)
        module.description = text(30)
        module.keywords = (0..<random.below(3)).map { _ in text(1) }
        module.learningOutcomes[0].text = text(6)
        module.sessions[1].trainerNotes = text(12)
        module.sessions[0].materials = [text(4)]
        module.references[0].citation = text(5)
        if number == 11 { module.keywords.append("unikatna-reč") }
        if number == 20 { module.references[0].citation += " zzsolo" }
        return module
    }
}

/// Queries of every kind: parts of words, prefixes, several words, punctuation inside, none found.
private let queries = [
    "a", "š", "S", "ђ", "ц", "rac", "ста", "ор", "migr", "мигр", "plan mjera", "заштита граница", "opstina cacak",
    "PLANDIŠTE", "Čačak", "e-mail", "co-op", "o'brien", "o’brien", "1.2", "x+y", "+", "—", "«цитат»", "цитат»", "xyzzy",
    "zzsolo", "unikatna-reč", "unikatna", "\"framework,\"", "lo1", "2024 skopje", "е", "mail e", "border xyzzy",
    "ork fram", "generated", "generated-1", "ion", "module", ",", "community integration",
]

@Suite("Search postings")
struct SearchPostingsTests {
    @Test("the indexed search finds exactly what reading every field finds, in the same order")
    func sameAsPlainScan() throws {
        try withFixtureFolder(modules: generatedModules()) { folder in
            let modules = try folder.reopened().allModules
            let index = SearchIndex(modules: modules)
            for query in queries {
                SearchCacheTests.expectSame(index.search(query), plainSearch(query, modules), query)
            }
        }
    }

    @Test("typing on, and deleting, gives what a new search gives")
    func typingOn() throws {
        try withFixtureFolder(modules: generatedModules()) { folder in
            let index = SearchIndex(modules: try folder.reopened().allModules)
            for typed in ["migracija plan", "заштита ђак", "e-mail ćup", "co-operation", "ѕвезда x+y"] {
                var previous: [SearchHit] = []
                var previousQuery = ""
                for end in typed.indices + [typed.endIndex] + typed.indices.reversed() {
                    let query = String(typed[..<end])
                    let narrowed = index.search(query, narrowing: previous, of: previousQuery)
                    SearchCacheTests.expectSame(narrowed, index.search(query), "\"\(query)\" after \"\(previousQuery)\"")
                    (previous, previousQuery) = (narrowed, query)
                }
            }
        }
    }

    @Test("the cached postings are not used for a module changed, added or removed since")
    func changedModules() throws {
        try withFixtureFolder(modules: generatedModules()) { folder in
            try folder.warmCache()
            _ = SearchIndex(store: try folder.openCached())
            var other = try folder.reopened()
            var changed = try #require(try other.requireModule("generated-3", topic: Fixtures.localTopic).module)
            changed.title = "Zebrafish"
            changed.aim = "Nothing else."
            changed.description = "Ништа друго."
            try other.saveModule(changed, author: Fixtures.author, message: "Retitled")
            _ = try other.createModule(
                Fixtures.module("added-module", topic: Fixtures.localTopic, title: "Zebrafish čačak"), author: Fixtures.author)
            try FileManager.default.removeItem(atPath: folder.root + "/topics/\(Fixtures.securityTopic)/modules/generated-4")
            for round in 0..<2 {
                // Once before the changes settle (read apart from the cached postings), once after.
                if round == 1 { try folder.warmCache() }
                let store = try folder.openCached()
                let index = SearchIndex(store: store)
                let modules = try folder.reopened().allModules
                #expect(index.count == modules.count)
                if round == 0 { #expect(index.segments.count == 2, "the changed modules are indexed apart from the cached postings") }
                for query in queries + ["zebrafish", "ништа", "nothing else", "added"] {
                    SearchCacheTests.expectSame(index.search(query), plainSearch(query, modules), "\(query) (round \(round))")
                }
            }
        }
    }

    @Test("postings that do not hold together are refused")
    func damagedPostings() throws {
        try withFixtureFolder(modules: generatedModules()) { folder in
            let index = SearchIndex(modules: try folder.reopened().allModules)
            let bytes = try #require(index.segments.first?.postings.bytes)
            #expect(SearchPostings(bytes: bytes) != nil)
            #expect(SearchPostings(bytes: Array(bytes.dropLast())) == nil)
            #expect(SearchPostings(bytes: bytes + [0]) == nil)
            #expect(SearchPostings(bytes: []) == nil)
            var separatorLost = bytes
            separatorLost[bytes.count - 1] = UInt8(ascii: "a")
            #expect(SearchPostings(bytes: separatorLost) == nil)
            var startBack = bytes
            // The second token's start, moved before the first's end.
            startBack[SearchPostings.headerSize + 4] = 1
            startBack[SearchPostings.headerSize + 5] = 0
            #expect(SearchPostings(bytes: startBack) == nil)
            var hugeCount = bytes
            hugeCount[3] = 0x7F
            #expect(SearchPostings(bytes: hugeCount) == nil)
        }
    }

    @Test("a cache file whose postings are damaged is ignored, the search still right")
    func damagedCachedPostings() throws {
        try withFixtureFolder(modules: generatedModules()) { folder in
            try folder.warmCache()
            _ = SearchIndex(store: try folder.openCached())
            let path = folder.cacheFile("search")
            // A payload with a valid checksum whose postings' last token lost its separator: the
            // postings end the index part, whose length follows the header.
            var file = try folder.read(path)
            let indexLength = file[CacheFile.headerSize..<(CacheFile.headerSize + 4)].reversed().reduce(0) { $0 << 8 | Int($1) }
            #expect(file[CacheFile.headerSize + 4 + indexLength - 1] == SearchPostings.separator)
            file[CacheFile.headerSize + 4 + indexLength - 1] = UInt8(ascii: "q")
            CacheFile.write(Array(file[CacheFile.headerSize...]), to: path, magic: SearchCache.magic, version: SearchCache.version)
            #expect(SearchCache.read(path: path, root: CurriculumStore.absolutePath(folder.root)).entries.isEmpty)
            let index = SearchIndex(store: try folder.openCached())
            let modules = try folder.reopened().allModules
            for query in queries {
                SearchCacheTests.expectSame(index.search(query), plainSearch(query, modules), query)
            }
        }
    }
}

/// The search as a plain reading of every field of every module: the reference the index must match.
private func plainSearch(_ query: String, _ modules: [ModuleEntry]) -> [SearchHit] {
    let words = SearchIndex.words(of: query)
    guard !words.isEmpty else { return [] }
    var hits: [(hit: SearchHit, order: Int)] = []
    for (order, entry) in modules.enumerated() {
        guard let module = entry.module else { continue }
        let fields = SearchableFields.of(module).filter { !$0.text.isEmpty }
        let folded = fields.map { TextFolding.fold($0.text) }
        var score = 0
        var matches: [SearchMatch] = []
        var matchedFields: Set<Int> = []
        for word in words {
            var best = 0
            for (number, field) in fields.enumerated() {
                guard let offset = ByteSearch.firstIndex(of: word, in: folded[number]) else { continue }
                best = max(best, field.weight)
                if matchedFields.insert(number).inserted {
                    matches.append(
                        SearchMatch(
                            field: field.name, pointer: field.pointer,
                            snippet: Snippet.around(byteOffset: offset, length: word.count, in: field.text)))
                }
            }
            score = best == 0 ? -1 : score + best
            if best == 0 { break }
        }
        guard score > 0 else { continue }
        hits.append((SearchHit(topic: entry.topic, module: entry.id, title: module.title, score: score, matches: matches), order))
    }
    return hits.sorted { ($0.hit.score, -$0.order) > ($1.hit.score, -$1.order) }.map(\.hit)
}

/// A small seeded generator, so the generated modules are the same on every run.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func below(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}

@Suite("Search snippets from bytes")
struct SearchSnippetBytesTests {
    @Test("a snippet cut from a little before the match is the one cut from the start of the text")
    func sameAsFromTheStart() {
        var random = SplitMix(seed: 11)
        let pieces = [
            "a", "B", "š", "Ž", "e\u{301}", "л", "Љ", "ѓ", " ", "\n", "\r\n", "\r", "🙂", "👍🏽", "👩\u{200D}💻", "©\u{200D}🙂", "🇷🇸",
            "中", "ß", "-", "đ", "’", "\u{483}", "ю\u{489}", "\u{AD}", "word ", "реч ", "ॐ", "क्‍ष", "각", "a\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}", "\u{2028}", "\u{85}", "«",
        ]
        for _ in 0..<3000 {
            let text = (0..<random.below(400)).map { _ in pieces[random.below(pieces.count)] }.joined()
            let folded = TextFolding.fold(text).count
            let offset = random.below(folded + 4)
            let length = random.below(9)
            let fromBytes = Array(text.utf8).withUnsafeBytes { Snippet.around(byteOffset: offset, length: length, utf8: $0) }
            #expect(fromBytes == Snippet.around(byteOffset: offset, length: length, in: text), "\(text.debugDescription) at \(offset)")
        }
    }
}
