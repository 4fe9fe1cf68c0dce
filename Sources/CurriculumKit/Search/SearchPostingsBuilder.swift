/// Builds the postings of a list of search records: slices of records are tokenized in
/// parallel, then their vocabularies are merged and the postings sorted by token.
enum SearchPostingsBuilder {
    /// One record to index, as entry number `offset` of the list.
    struct Source: Sendable {
        let text: SearchText
        let record: Range<Int>
    }

    static func make(_ sources: [Source]) -> SearchPostings {
        let sliceSize = max(64, sources.count / 16)
        let starts = Array(stride(from: 0, to: sources.count, by: sliceSize))
        let slices = ParallelMap.map(starts) { start in
            var slice = Slice()
            for entry in start..<min(start + sliceSize, sources.count) {
                slice.add(sources[entry], as: entry)
            }
            return slice
        }
        return merge(slices, entryCount: sources.count)
    }

    /// The tokens of some records and their (token, entry, weight) pairs, in entry order.
    private struct Slice: Sendable {
        var table = TokenTable()
        var tokens: [UInt32] = []
        var entries: [UInt32] = []
        var weights: [UInt8] = []
        /// For each token, the last entry that had it and the index of that pair.
        var lastEntry: [Int32] = []
        var lastPair: [Int32] = []

        mutating func add(_ source: Source, as entry: Int) {
            source.text.withUnsafeBytes { bytes in
                let base = source.record.lowerBound
                guard let layout = SearchRecord.layout(of: bytes, record: source.record) else { return }
                for field in 0..<layout.fields {
                    let cell = base + 4 + field * SearchRecord.columns * 4
                    // Field weights are small (at most 10); a byte holds them.
                    let weight = UInt8(min(255, SearchRecord.integer(bytes, cell)))
                    let start = base + Int(SearchRecord.integer(bytes, cell + 7 * 4))
                    let length = Int(SearchRecord.integer(bytes, cell + 8 * 4))
                    SearchTokens.forEach(in: bytes, start..<(start + length)) { range in
                        add(token: UnsafeRawBufferPointer(rebasing: bytes[range]), entry: entry, weight: weight)
                    }
                }
            }
        }

        private mutating func add(token: UnsafeRawBufferPointer, entry: Int, weight: UInt8) {
            let number = table.number(of: token)
            if number == lastEntry.count {
                lastEntry.append(-1)
                lastPair.append(-1)
            }
            if lastEntry[number] == Int32(entry) {
                let pair = Int(lastPair[number])
                weights[pair] = max(weights[pair], weight)
                return
            }
            lastEntry[number] = Int32(entry)
            lastPair[number] = Int32(tokens.count)
            tokens.append(UInt32(number))
            entries.append(UInt32(entry))
            weights.append(weight)
        }
    }

    private static func merge(_ slices: [Slice], entryCount: Int) -> SearchPostings {
        var table = TokenTable()
        let numbers = slices.map { slice in
            (0..<slice.table.count).map { local in UInt32(slice.table.withToken(local) { table.number(of: $0) }) }
        }
        var counts = [Int](repeating: 0, count: table.count + 1)
        for (slice, numbers) in zip(slices, numbers) {
            for token in slice.tokens { counts[Int(numbers[Int(token)]) + 1] += 1 }
        }
        for token in 0..<table.count { counts[token + 1] += counts[token] }
        let postingCount = counts[table.count]
        var entries = [UInt32](repeating: 0, count: postingCount)
        var weights = [UInt8](repeating: 0, count: postingCount)
        var next = counts
        for (slice, numbers) in zip(slices, numbers) {
            for pair in slice.tokens.indices {
                let token = Int(numbers[Int(slice.tokens[pair])])
                entries[next[token]] = slice.entries[pair]
                weights[next[token]] = slice.weights[pair]
                next[token] += 1
            }
        }
        var writer = ByteWriter()
        writer.reserve(SearchPostings.headerSize + table.count * 8 + postingCount * 5 + table.vocabulary.count + 8)
        for value in [table.count, entryCount, postingCount, table.vocabulary.count] { writer.write(count: value) }
        for start in table.starts { writer.write(start) }
        writer.write(count: table.vocabulary.count)
        for start in counts { writer.write(count: start) }
        entries.withUnsafeBytes { writer.write(raw: $0) }
        writer.write(raw: weights)
        writer.write(raw: table.vocabulary)
        return SearchPostings(bytes: writer.bytes)!
    }
}
