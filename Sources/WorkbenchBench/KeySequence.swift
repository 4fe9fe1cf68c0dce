import TerminalKit

/// A deterministic "recorded session": what a reader of the folder types, generated from a
/// seed by following the workbench's key maps, so that every key lands on the screen it was
/// meant for (browser, reader, search box, help).
struct KeySequence {
    enum Kind {
        case navigation
        /// `/`: opens the search box (the first one builds the search index).
        case openSearch
        /// A character or Backspace typed into the search box: an incremental search.
        case searchTyping
    }

    private(set) var keys: [(key: KeyEvent, kind: Kind)] = []
    private var random: SplitMix64

    /// Words typed into the search box: in every script of the corpus, two words, and one
    /// that matches nothing.
    static let searchWords = [
        "municipality", "reintegracija", "opština", "миграција", "граница", "ѕвезда", "plan mjera",
        "asylum", "dijaspora", "xyzzy", "trafficking", "заштита", "obuka", "community integration",
    ]
    static let browserKeys: [KeyEvent] = [
        .character("j"), .character("j"), .character("j"), .character("k"), .down, .up, .tab, .backTab,
        .pageDown, .pageUp, .character("G"), .character("g"), .character("l"), .character("h"),
    ]
    static let readerKeys: [KeyEvent] = [
        .character("j"), .character("j"), .character("k"), .character(" "), .character("b"), .tab,
        .character("]"), .character("["), .character("G"), .character("g"), .character("z"),
        .character("-"), .character("+"), .down, .pageDown, .pageUp,
    ]

    init(count: Int, seed: UInt64) {
        random = SplitMix64(seed: seed)
        // Every segment starts and ends in the browser with no overlay.
        while keys.count < count {
            switch random.below(20) {
            case 0..<8: browse()
            case 8..<13: read()
            case 13..<18: search()
            case 18: jumpToHits()
            default: help()
            }
        }
        keys.removeLast(keys.count - count)
    }

    private mutating func add(_ key: KeyEvent, _ kind: Kind = .navigation) { keys.append((key, kind)) }

    private mutating func pick(_ choices: [KeyEvent]) -> KeyEvent { choices[random.below(choices.count)] }

    private mutating func browse() {
        for _ in 0..<(5 + random.below(26)) { add(pick(Self.browserKeys)) }
    }

    /// Enter twice reaches the reader from any pane (topics: first Enter moves to the modules;
    /// modules or preview: the first opens the reader and the second folds a section).
    private mutating func read() {
        add(.enter)
        add(.enter)
        for _ in 0..<(5 + random.below(36)) { add(pick(Self.readerKeys)) }
        add(.escape)
    }

    private mutating func search() {
        add(.character("/"), .openSearch)
        let word = Self.searchWords[random.below(Self.searchWords.count)]
        type(word)
        if random.below(2) == 0 {
            // Correct a typo: delete a few characters and type them again.
            let back = 1 + random.below(min(4, word.count))
            for _ in 0..<back { add(.backspace, .searchTyping) }
            type(String(word.suffix(back)))
        }
        for _ in 0..<random.below(6) { add(random.below(3) == 0 ? .up : .down) }
        if random.below(2) == 0 {
            // Open the result (the reader, or the browser with a message when nothing matched),
            // step through a few more results, and go back.
            add(.enter)
            for _ in 0..<random.below(4) { add(random.below(3) == 0 ? .character("N") : .character("n")) }
            add(.escape)
        } else {
            add(.escape)
        }
    }

    private mutating func type(_ text: String) {
        for character in text { add(.character(character), .searchTyping) }
    }

    /// n and N in the browser open the next or previous result of the last search in the reader.
    private mutating func jumpToHits() {
        for _ in 0..<(1 + random.below(4)) { add(random.below(2) == 0 ? .character("n") : .character("N")) }
        add(.escape)
    }

    private mutating func help() {
        add(.character("?"))
        for _ in 0..<random.below(6) { add(pick([.character("j"), .character("k")])) }
        add(.escape)
    }
}

/// A small, fast, seedable generator (SplitMix64), so the sequence is the same on every run.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
