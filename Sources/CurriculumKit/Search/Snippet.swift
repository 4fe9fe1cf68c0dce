/// A short piece of text around a match, on one line, for search results.
enum Snippet {
    static let radius = 30

    /// The text around the match that starts at `byteOffset` in the folded form of `text`.
    ///
    /// The text is folded character by character only as far as the snippet reaches: a search
    /// prints thousands of snippets, most from the start of long fields.
    static func around(byteOffset: Int, length: Int, in text: String) -> String {
        let lastByte = byteOffset + max(length, 1) - 1
        // The start of each character read so far.
        var starts: [String.Index] = []
        var folded = 0
        var start: Int?
        var end: Int?
        var lastWithBytes: Int?
        var position = text.startIndex
        var scratch: [UInt8] = []
        while position < text.endIndex {
            if let end, starts.count >= end + radius { break }
            let next = text.index(after: position)
            let count = TextFolding.foldedCount(of: text[position..<next], scratch: &scratch)
            let index = starts.count
            starts.append(position)
            if count > 0 { lastWithBytes = index }
            if start == nil && folded + count > byteOffset { start = index }
            if end == nil && folded + count > lastByte { end = index + 1 }
            folded += count
            position = next
        }
        let isWhole = position == text.endIndex
        guard let start else {
            // The match lies beyond the text: its beginning.
            return oneLine(String(text[text.startIndex..<boundary(min(starts.count, 2 * radius), starts, position)]))
        }
        let stop = end ?? (lastWithBytes ?? start) + 1
        let from = max(0, start - radius)
        let to = min(starts.count, stop + radius)
        var snippet = oneLine(String(text[starts[from]..<boundary(to, starts, position)]))
        if from > 0 { snippet = "…" + snippet }
        if to < starts.count || !isWhole { snippet += "…" }
        return snippet
    }

    /// The start of character `index`, or `position` (where reading stopped) just past the last read.
    private static func boundary(_ index: Int, _ starts: [String.Index], _ position: String.Index) -> String.Index {
        index < starts.count ? starts[index] : position
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
