/// A place to start cutting a snippet from other than the start of its text: a character
/// boundary some characters before the match, found by decoding bytes rather than reading
/// characters, which is what made printing thousands of snippets slow.
///
/// Only boundaries that hold whatever surrounds them are used: between two scalars that never
/// join another into one character (ASCII but a CR before an LF, Latin letters and signs,
/// Cyrillic letters).
struct SnippetRestart {
    /// The byte offset in the text and the number of folded bytes before it.
    let byte: Int
    let folded: Int
    /// The byte offset of the scalar where the match starts.
    var match = 0

    /// The latest such boundary with at least `characters` such boundaries between it and the
    /// scalar where the folded byte `byteOffset` starts; `nil` when there is none.
    static func find(before byteOffset: Int, in text: UnsafeRawBufferPointer, characters: Int) -> SnippetRestart? {
        var ring = [SnippetRestart](repeating: SnippetRestart(byte: 0, folded: 0), count: characters)
        var seen = 0
        var folded = 0
        var index = 0
        var previous: UInt32 = 0xFFFF_FFFF
        var scratch: [UInt8] = []
        while index < text.count {
            guard let (scalar, width) = decode(text, at: index) else { return nil }
            let count = TextFolding.foldedCount(of: scalar, scratch: &scratch)
            if folded + count > byteOffset { break }
            if isSimple(previous) && isSimple(scalar.value) && !(previous == 0x0D && scalar.value == 0x0A) {
                ring[seen % characters] = SnippetRestart(byte: index, folded: folded)
                seen += 1
            }
            previous = scalar.value
            folded += count
            index += width
        }
        guard index < text.count, seen >= characters else { return nil }
        var restart = ring[seen % characters]
        restart.match = index
        return restart
    }

    /// Scalars between which a character boundary always lies.
    static func isSimple(_ value: UInt32) -> Bool {
        value < 0x300 || (0x400..<0x483).contains(value) || (0x48A..<0x530).contains(value)
    }

    /// The scalar whose UTF-8 encoding starts at `index`, and its length; `nil` for bytes that are not UTF-8.
    private static func decode(_ text: UnsafeRawBufferPointer, at index: Int) -> (Unicode.Scalar, Int)? {
        let lead = text[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
        guard width > 0, index + width <= text.count else { return nil }
        var value = UInt32(lead) & (0xFF >> (width + 1))
        for offset in 1..<width {
            let byte = text[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return Unicode.Scalar(value).map { ($0, width) }
    }
}
