/// A short piece of text around a match, on one line, for search results.
enum Snippet {
    static let radius = 30

    /// The text around the match that starts at `byteOffset` in the folded form of `text`.
    ///
    /// The text is folded character by character only as far as the snippet reaches: a search
    /// prints thousands of snippets, most from the start of long fields.
    static func around(byteOffset: Int, length: Int, in text: String) -> String {
        cut(byteOffset: byteOffset, length: length, in: text, isAfterText: false, isCut: false)!
    }

    /// The same as `around(byteOffset:length:in:)` for the UTF-8 bytes of a text, read from a
    /// little before the match rather than from the start of the text.
    static func around(byteOffset: Int, length: Int, utf8 text: UnsafeRawBufferPointer) -> String {
        if let restart = SnippetRestart.find(before: byteOffset, in: text, characters: radius + 1), restart.byte > 0 {
            // The text up to a little past the match, ending between two scalars.
            var end = min(text.count, restart.match + 4 * (length + radius) + 64)
            while end < text.count && text[end] & 0xC0 == 0x80 { end += 1 }
            let piece = String(decoding: UnsafeRawBufferPointer(rebasing: text[restart.byte..<end]), as: UTF8.self)
            if let snippet = cut(
                byteOffset: byteOffset - restart.folded, length: length, in: piece, isAfterText: true, isCut: end < text.count)
            {
                return snippet
            }
        }
        return around(byteOffset: byteOffset, length: length, in: String(decoding: text, as: UTF8.self))
    }

    /// The snippet cut from `text`, which follows more text when `isAfterText` and is followed by
    /// more when `isCut`; `nil` when `text` then starts too close to the match or ends too close
    /// after it to tell the snippet.
    private static func cut(byteOffset: Int, length: Int, in text: String, isAfterText: Bool, isCut: Bool = false) -> String? {
        let lastByte = byteOffset + max(length, 1) - 1
        // The start of each character read so far.
        var starts: [String.Index] = []
        var folded = 0
        var start: Int?
        var end: Int?
        var lastWithBytes: Int?
        var position = text.startIndex
        var scratch: [UInt8] = []
        // In text of scalars that never join into one character (most Latin and Cyrillic text),
        // each scalar is a character: stepping by scalars gives the same characters, faster.
        let isByScalar = text.unicodeScalars.allSatisfy { SnippetRestart.isSimple($0.value) && $0.value != 0x0D }
        while position < text.endIndex {
            if let end, starts.count >= end + radius { break }
            let next: String.Index
            let count: Int
            if isByScalar {
                next = text.unicodeScalars.index(after: position)
                count = TextFolding.foldedCount(of: text.unicodeScalars[position], scratch: &scratch)
            } else {
                next = text.index(after: position)
                count = TextFolding.foldedCount(of: text[position..<next], scratch: &scratch)
            }
            let index = starts.count
            starts.append(position)
            if count > 0 { lastWithBytes = index }
            if start == nil && folded + count > byteOffset { start = index }
            if end == nil && folded + count > lastByte { end = index + 1 }
            folded += count
            position = next
        }
        let isWhole = position == text.endIndex
        if isCut && isWhole { return nil }
        if isAfterText && (start ?? 0) < radius { return nil }
        guard let start else {
            // The match lies beyond the text: its beginning.
            return oneLine(String(text[text.startIndex..<boundary(min(starts.count, 2 * radius), starts, position)]))
        }
        let stop = end ?? (lastWithBytes ?? start) + 1
        let from = max(0, start - radius)
        let to = min(starts.count, stop + radius)
        var snippet = oneLine(String(text[starts[from]..<boundary(to, starts, position)]))
        if from > 0 || isAfterText { snippet = "…" + snippet }
        if to < starts.count || !isWhole { snippet += "…" }
        return snippet
    }

    /// The start of character `index`, or `position` (where reading stopped) just past the last read.
    private static func boundary(_ index: Int, _ starts: [String.Index], _ position: String.Index) -> String.Index {
        index < starts.count ? starts[index] : position
    }

    private static func oneLine(_ text: String) -> String {
        // Line breaks are rare: bytes that may begin one are looked for before splitting.
        guard text.utf8.contains(where: { (0x0A...0x0D).contains($0) || $0 == 0xC2 || $0 == 0xE2 }) else { return text }
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
