/// A query run on an index: its folded words, and what the postings gave for each, so that the
/// matches of a hit are found when read and a longer query typed on looks only among the
/// tokens this one matched.
final class SearchQuery: Sendable {
    let index: SearchIndex
    let words: [[UInt8]]
    /// For each word made only of token bytes, the tokens of each segment that contain it.
    let tokens: [[[Int32]]?]

    init(index: SearchIndex, words: [[UInt8]], tokens: [[[Int32]]?]) {
        self.index = index
        self.words = words
        self.tokens = tokens
    }

    /// The tokens of `segment` among which word `word` of a query on the same index must be:
    /// those that held this query's word at the same place, when that word is part of it.
    func candidates(for word: [UInt8], at place: Int, segment: Int, in other: SearchIndex) -> [Int32]? {
        guard other.identity === index.identity, place < words.count, let tokens = tokens[place],
            ByteSearch.firstIndex(of: words[place], in: word) != nil
        else { return nil }
        return tokens[segment]
    }

    /// Each field of entry `entry` that holds a word, in the order of the words and then of the
    /// fields; only the first `limit`.
    func matches(entry: Int, limit: Int = .max) -> [SearchMatch] {
        let entry = index.entries[entry]
        let text = index.texts[entry.text]
        return text.withUnsafeBytes { bytes in
            var matched: [(field: Int, offset: Int, length: Int)] = []
            for word in words where matched.count < limit {
                for field in 0..<entry.fieldCount where matched.count < limit && !matched.contains(where: { $0.field == field }) {
                    let folded = SearchIndex.column(bytes, entry, field, 7)
                    if let offset = ByteSearch.firstIndex(of: word, in: UnsafeRawBufferPointer(rebasing: bytes[folded])) {
                        matched.append((field, offset, word.count))
                    }
                }
            }
            return matched.map { found in
                SearchMatch(
                    field: string(bytes, SearchIndex.column(bytes, entry, found.field, 1)),
                    pointer: string(bytes, SearchIndex.column(bytes, entry, found.field, 3)),
                    text: text, range: SearchIndex.column(bytes, entry, found.field, 5), byteOffset: found.offset,
                    length: found.length)
            }
        }
    }

    private func string(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
