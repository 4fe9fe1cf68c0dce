extension SearchIndex {
    /// The hits of `words`, only among the entries `wanted` when given; `before` is a query
    /// this one extends, whose tokens narrow the vocabulary to look through.
    func run(_ words: [[UInt8]], among wanted: [Bool]?, after before: SearchQuery?) -> [SearchHit] {
        guard !words.isEmpty, !entries.isEmpty else { return [] }
        var scores = [Int32](repeating: 0, count: entries.count)
        var tokens = [[[Int32]]?](repeating: nil, count: words.count)
        // Words of token bytes first: their postings narrow what the others must scan.
        let order = words.indices.filter { SearchTokens.isToken(words[$0]) } + words.indices.filter { !SearchTokens.isToken(words[$0]) }
        for (step, place) in order.enumerated() {
            let word = words[place]
            let best: [UInt8]
            if SearchTokens.isToken(word) {
                let found = segments.indices.map { segment in
                    segments[segment].postings.tokens(
                        containing: word, among: before?.candidates(for: word, at: place, segment: segment, in: self))
                }
                tokens[place] = found
                best = bestWeights(found)
            } else {
                best = scannedWeights(word, among: step == 0 ? wanted : scores.map { $0 > 0 })
            }
            var isAnyLeft = false
            for entry in scores.indices {
                let score = step == 0 ? (wanted?[entry] ?? true ? Int32(best[entry]) : 0) : (scores[entry] > 0 && best[entry] > 0 ? scores[entry] + Int32(best[entry]) : 0)
                scores[entry] = score
                if score > 0 { isAnyLeft = true }
            }
            guard isAnyLeft else { return [] }
        }
        let query = SearchQuery(index: self, words: words, tokens: tokens)
        return ranked(scores).map { entry in
            let found = entries[entry]
            return SearchHit(
                topic: found.topic, module: found.module, title: found.title, score: Int(scores[entry]), query: query, entry: entry)
        }
    }

    /// The entries with a score, highest first and in entry order among equals (a counting sort).
    private func ranked(_ scores: [Int32]) -> [Int] {
        let highest = Int(scores.max() ?? 0)
        var starts = [Int](repeating: 0, count: highest + 2)
        for score in scores where score > 0 { starts[highest - Int(score) + 1] += 1 }
        for index in 1..<starts.count { starts[index] += starts[index - 1] }
        var ranked = [Int](repeating: 0, count: starts[highest + 1])
        for (entry, score) in scores.enumerated() where score > 0 {
            ranked[starts[highest - Int(score)]] = entry
            starts[highest - Int(score)] += 1
        }
        return ranked
    }

    /// For each entry, the highest weight of a field holding one of `tokens` (by segment); 0 for none.
    private func bestWeights(_ tokens: [[Int32]]) -> [UInt8] {
        var best = [UInt8](repeating: 0, count: entries.count)
        best.withUnsafeMutableBufferPointer { best in
            for (segment, tokens) in zip(segments, tokens) {
                segment.entries.withUnsafeBufferPointer { numbers in
                    segment.postings.forEachPosting(of: tokens) { posting, weight in
                        guard posting < numbers.count else { return }
                        let entry = Int(numbers[posting])
                        if entry >= 0 && best[entry] < weight { best[entry] = weight }
                    }
                }
            }
        }
        return best
    }

    /// For each entry, the highest weight of a field holding `word`, found by reading the
    /// fields of the entries that hold every run of token bytes of the word (and are `wanted`).
    private func scannedWeights(_ word: [UInt8], among wanted: [Bool]?) -> [UInt8] {
        var candidates = wanted ?? [Bool](repeating: true, count: entries.count)
        for run in SearchTokens.runs(of: word) {
            let present = bestWeights(segments.map { $0.postings.tokens(containing: run) })
            for entry in candidates.indices where present[entry] == 0 { candidates[entry] = false }
        }
        let chosen = candidates.indices.filter { candidates[$0] }
        // Entries are read in parallel, in slices so that each task has real work to do.
        let sliceSize = 256
        let slices = stride(from: 0, to: chosen.count, by: sliceSize).map { chosen[$0..<min($0 + sliceSize, chosen.count)] }
        let weights = ParallelMap.map(slices) { slice in slice.map { scannedWeight(word, entry: $0) } }
        var best = [UInt8](repeating: 0, count: entries.count)
        for (slice, weights) in zip(slices, weights) {
            for (entry, weight) in zip(slice, weights) { best[entry] = weight }
        }
        return best
    }

    /// The highest weight of a field of `entry` holding `word`, at most 255; 0 for none.
    private func scannedWeight(_ word: [UInt8], entry number: Int) -> UInt8 {
        let entry = entries[number]
        return texts[entry.text].withUnsafeBytes { bytes in
            // Most entries lack the word altogether: one search over all their folded text tells.
            guard ByteSearch.firstIndex(of: word, in: UnsafeRawBufferPointer(rebasing: bytes[entry.folded])) != nil else { return 0 }
            var best = 0
            for field in 0..<entry.fieldCount {
                let folded = Self.column(bytes, entry, field, 7)
                if ByteSearch.firstIndex(of: word, in: UnsafeRawBufferPointer(rebasing: bytes[folded])) != nil {
                    best = max(best, Self.weight(bytes, entry, field))
                }
            }
            return UInt8(min(255, best))
        }
    }
}
