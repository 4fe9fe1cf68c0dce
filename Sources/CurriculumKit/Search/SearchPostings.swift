/// An inverted index of folded tokens: the distinct tokens of a set of search records, and for
/// each the records ("entries" of this set, numbered from 0) holding it, with the highest weight
/// of the fields it occurs in.
///
/// Everything lies in one run of bytes, so that it is cached and read back as it is. Layout
/// (integers are 32-bit little-endian): token count, entry count, posting count, vocabulary
/// length; the start of each token in the vocabulary and then its end; the start of each
/// token's postings and then their end; the entry of each posting; the weight of each posting
/// (one byte); the vocabulary, each token followed by a newline.
final class SearchPostings: Sendable {
    let bytes: [UInt8]
    let tokenCount: Int
    let entryCount: Int
    let postingCount: Int
    private let tokenStarts: Int
    private let postingStarts: Int
    private let postingEntries: Int
    private let postingWeights: Int
    let vocabulary: Range<Int>

    static let headerSize = 16
    static let separator: UInt8 = 0x0A

    /// Reads the postings laid out in `bytes`; `nil` when they are not consistent.
    init?(bytes: [UInt8]) {
        guard bytes.count >= Self.headerSize else { return nil }
        let header = bytes.withUnsafeBytes { raw in (0..<4).map { Int(Self.integer(raw, $0 * 4)) } }
        let (tokens, entries, postings, vocabularyLength) = (header[0], header[1], header[2], header[3])
        guard tokens <= bytes.count, postings <= bytes.count, vocabularyLength <= bytes.count else { return nil }
        tokenStarts = Self.headerSize
        postingStarts = tokenStarts + (tokens + 1) * 4
        postingEntries = postingStarts + (tokens + 1) * 4
        postingWeights = postingEntries + postings * 4
        vocabulary = (postingWeights + postings)..<(postingWeights + postings + vocabularyLength)
        guard vocabulary.upperBound == bytes.count else { return nil }
        self.bytes = bytes
        tokenCount = tokens
        entryCount = entries
        postingCount = postings
        guard isConsistent() else { return nil }
    }

    /// Token and posting starts never go back and stay within their arrays; every token ends
    /// with the separator and holds none.
    private func isConsistent() -> Bool {
        bytes.withUnsafeBytes { raw in
            guard Self.integer(raw, tokenStarts) == 0, Self.integer(raw, postingStarts) == 0 else { return false }
            var previousToken = 0
            var previousPosting = 0
            for token in stride(from: 1, through: tokenCount, by: 1) {
                let start = Int(Self.integer(raw, tokenStarts + token * 4))
                let posting = Int(Self.integer(raw, postingStarts + token * 4))
                // Each token has at least one byte and its separator.
                guard start >= previousToken + 2, posting >= previousPosting else { return false }
                (previousToken, previousPosting) = (start, posting)
            }
            guard previousToken == vocabulary.count, previousPosting == postingCount else { return false }
            var separators = 0
            for index in vocabulary where raw[index] == Self.separator { separators += 1 }
            guard separators == tokenCount else { return false }
            for token in 0..<tokenCount where raw[vocabulary.lowerBound + tokenEnd(raw, token)] != Self.separator {
                return false
            }
            return true
        }
    }

    /// The tokens containing `word` (which holds only token bytes), in vocabulary order; only
    /// among `candidates` when given.
    func tokens(containing word: [UInt8], among candidates: [Int32]? = nil) -> [Int32] {
        bytes.withUnsafeBytes { raw in
            let vocabulary = UnsafeRawBufferPointer(rebasing: raw[self.vocabulary])
            var found: [Int32] = []
            if let candidates {
                for token in candidates {
                    let range = tokenStart(raw, Int(token))..<tokenEnd(raw, Int(token))
                    if ByteSearch.firstIndex(of: word, in: UnsafeRawBufferPointer(rebasing: vocabulary[range])) != nil {
                        found.append(token)
                    }
                }
                return found
            }
            var from = 0
            while from < vocabulary.count {
                let rest = UnsafeRawBufferPointer(rebasing: vocabulary[from...])
                guard let offset = ByteSearch.firstIndex(of: word, in: rest) else { break }
                let token = self.token(at: from + offset, raw)
                found.append(Int32(token))
                from = tokenEnd(raw, token) + 1
            }
            return found
        }
    }

    /// Calls `body` with the entry and weight of every posting of `tokens`.
    @inline(__always)
    func forEachPosting(of tokens: [Int32], _ body: (Int, UInt8) -> Void) {
        bytes.withUnsafeBytes { raw in
            for token in tokens {
                let start = Int(Self.integer(raw, postingStarts + Int(token) * 4))
                let end = Int(Self.integer(raw, postingStarts + Int(token) * 4 + 4))
                for posting in start..<end {
                    body(Int(Self.integer(raw, postingEntries + posting * 4)), raw[postingWeights + posting])
                }
            }
        }
    }

    /// The token whose bytes include vocabulary offset `offset`.
    private func token(at offset: Int, _ raw: UnsafeRawBufferPointer) -> Int {
        var low = 0
        var high = tokenCount
        // The last token starting at or before `offset`.
        while high - low > 1 {
            let middle = (low + high) / 2
            if tokenStart(raw, middle) <= offset { low = middle } else { high = middle }
        }
        return low
    }

    @inline(__always)
    private func tokenStart(_ raw: UnsafeRawBufferPointer, _ token: Int) -> Int {
        Int(Self.integer(raw, tokenStarts + token * 4))
    }

    /// The offset of the separator after `token`.
    @inline(__always)
    private func tokenEnd(_ raw: UnsafeRawBufferPointer, _ token: Int) -> Int {
        Int(Self.integer(raw, tokenStarts + token * 4 + 4)) - 1
    }

    @inline(__always)
    static func integer(_ raw: UnsafeRawBufferPointer, _ offset: Int) -> UInt32 {
        UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }
}
