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
        for scalar in text.unicodeScalars {
            append(scalar, to: &bytes)
        }
        return bytes
    }

    /// The folded bytes of `text` and, for each byte, the index of the character it came from.
    static func foldWithOrigins(_ text: String) -> (bytes: [UInt8], origins: [Int]) {
        var bytes: [UInt8] = []
        var origins: [Int] = []
        for (index, character) in text.enumerated() {
            let before = bytes.count
            for scalar in character.unicodeScalars {
                append(scalar, to: &bytes)
            }
            origins += Array(repeating: index, count: bytes.count - before)
        }
        return (bytes, origins)
    }

    /// The number of folded bytes of `text` (one character), using `scratch` as working space.
    static func foldedCount(of text: Substring, scratch: inout [UInt8]) -> Int {
        scratch.removeAll(keepingCapacity: true)
        for scalar in text.unicodeScalars {
            append(scalar, to: &scratch)
        }
        return scratch.count
    }

    /// The number of folded bytes of one scalar, using `scratch` as working space when it is rare.
    @inline(__always)
    static func foldedCount(of scalar: Unicode.Scalar, scratch: inout [UInt8]) -> Int {
        let value = scalar.value
        if value < 0x80 { return 1 }
        if tableRange.contains(value) { return table[Int(value - tableRange.lowerBound)].count }
        scratch.removeAll(keepingCapacity: true)
        append(scalar, to: &scratch)
        return scratch.count
    }

    /// Scalar by scalar, so a letter and its combining accent fold as the accented letter does.
    private static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            let ascii = UInt8(value)
            bytes.append(ascii >= 65 && ascii <= 90 ? ascii + 32 : ascii)
        } else if tableRange.contains(value) {
            bytes += table[Int(value - tableRange.lowerBound)]
        } else if scalar.properties.isWhitespace {
            bytes.append(32)
        } else if scalar.properties.generalCategory == .nonspacingMark {
            // An accent written apart from its letter is dropped, as a precomposed one is.
        } else {
            bytes += Array(foldedNonASCII(String(scalar)).utf8)
        }
    }

    /// Latin with diacritics, combining accents and Cyrillic, whose folded forms are worked out
    /// once: folding through Foundation for every character made searching Cyrillic text slow.
    private static let tableRange: Range<UInt32> = 0x80..<0x530

    private static let table: [[UInt8]] = tableRange.map { value in
        guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .nonspacingMark else { return [] }
        return scalar.properties.isWhitespace ? [32] : Array(foldedNonASCII(String(scalar)).utf8)
    }

    private static func foldedNonASCII(_ character: String) -> String {
        switch character {
        case "đ", "Đ": return "d"
        case "ł", "Ł": return "l"
        case "ß": return "ss"
        case "’", "‘", "ʼ": return "'"
        case "“", "”", "„": return "\""
        default:
            return character.lowercased().folding(options: [.diacriticInsensitive], locale: nil)
        }
    }
}
