import Foundation

/// Folds text for searching: lower case, without diacritics, so "Plandiste" finds "Plandište".
///
/// Each character folds on its own, so a match in the folded bytes maps back to the
/// characters of the original text for showing it in context.
public enum TextFolding {
    /// The folded form of `text` as UTF-8 bytes.
    public static func fold(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for character in text {
            append(character, to: &bytes)
        }
        return bytes
    }

    /// The folded bytes of `text` and, for each byte, the index of the character it came from.
    static func foldWithOrigins(_ text: String) -> (bytes: [UInt8], origins: [Int]) {
        var bytes: [UInt8] = []
        var origins: [Int] = []
        for (index, character) in text.enumerated() {
            let before = bytes.count
            append(character, to: &bytes)
            origins += Array(repeating: index, count: bytes.count - before)
        }
        return (bytes, origins)
    }

    private static func append(_ character: Character, to bytes: inout [UInt8]) {
        if let ascii = character.asciiValue {
            bytes.append(ascii >= 65 && ascii <= 90 ? ascii + 32 : ascii)
            return
        }
        if character.isWhitespace {
            bytes.append(32)
            return
        }
        let scalars = character.unicodeScalars
        if scalars.count == 1, let scalar = scalars.first, tableRange.contains(scalar.value) {
            bytes += table[Int(scalar.value - tableRange.lowerBound)]
            return
        }
        bytes += Array(foldedNonASCII(character).utf8)
    }

    /// Latin with diacritics and Cyrillic, whose folded forms are worked out once: folding
    /// through Foundation for every character made searching Cyrillic text slow.
    private static let tableRange: Range<UInt32> = 0x80..<0x530

    private static let table: [[UInt8]] = tableRange.map { value in
        guard let scalar = Unicode.Scalar(value) else { return [] }
        let character = Character(scalar)
        return character.isWhitespace ? [32] : Array(foldedNonASCII(character).utf8)
    }

    private static func foldedNonASCII(_ character: Character) -> String {
        switch character {
        case "đ", "Đ": return "d"
        case "ł", "Ł": return "l"
        case "ß": return "ss"
        case "’", "‘", "ʼ": return "'"
        case "“", "”", "„": return "\""
        default:
            return String(character).lowercased().folding(options: [.diacriticInsensitive], locale: nil)
        }
    }
}
