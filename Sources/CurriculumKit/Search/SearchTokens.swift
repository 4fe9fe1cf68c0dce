/// The words of folded text as the search postings see them: maximal runs of ASCII letters
/// and digits and of bytes of non-ASCII characters.
///
/// A query word made only of such bytes can occur in folded text only inside one token, so the
/// modules holding it are those whose tokens contain it.
enum SearchTokens {
    /// Whether `byte` belongs to a token.
    @inline(__always)
    static func isTokenByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
    }

    /// Whether every byte of `word` belongs to a token.
    static func isToken(_ word: [UInt8]) -> Bool {
        !word.isEmpty && word.allSatisfy(isTokenByte)
    }

    /// The maximal runs of token bytes in `word`.
    static func runs(of word: [UInt8]) -> [[UInt8]] {
        word.split(whereSeparator: { !isTokenByte($0) }).map(Array.init)
    }

    /// Calls `body` with the range of every token of `bytes[range]`.
    @inline(__always)
    static func forEach(in bytes: UnsafeRawBufferPointer, _ range: Range<Int>, _ body: (Range<Int>) -> Void) {
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            while index < end && !isTokenByte(bytes[index]) { index += 1 }
            let start = index
            while index < end && isTokenByte(bytes[index]) { index += 1 }
            if index > start { body(start..<index) }
        }
    }
}
