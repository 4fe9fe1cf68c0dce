import Foundation

/// The rule for document ids: `[a-z0-9]+(-[a-z0-9]+)*`, at most 64 characters, never a path.
public enum Slug {
    public static let maximumLength = 64

    /// Why `text` is not a valid id, or `nil` when it is one.
    public static func problem(with text: String) -> String? {
        if text.isEmpty { return "an id cannot be empty" }
        // Most ids are good: their bytes tell at once; the checks below only word what is wrong.
        if isPlainSlug(text.utf8) { return nil }
        if text.count > maximumLength { return "an id has at most \(maximumLength) characters (this one has \(text.count))" }
        if text.contains("/") || text.contains("..") { return "an id cannot hold \"/\" or \"..\": it names a folder, not a path" }
        if text.contains(where: \.isWhitespace) { return "an id cannot hold spaces" }
        if text.contains(where: \.isUppercase) { return "an id is written in lower case" }
        let valid = text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
        if !valid { return "an id holds only the letters a–z, digits and hyphens" }
        if text.hasPrefix("-") || text.hasSuffix("-") || text.contains("--") {
            return "an id cannot start or end with a hyphen or hold two in a row"
        }
        return nil
    }

    public static func isValid(_ text: String) -> Bool { problem(with: text) == nil }

    /// Whether `bytes` are a-z, digits and single hyphens inside, at most `maximumLength` of them.
    private static func isPlainSlug(_ bytes: String.UTF8View) -> Bool {
        let hyphen = UInt8(ascii: "-")
        guard bytes.count <= maximumLength, bytes.first != hyphen, bytes.last != hyphen else { return false }
        var previous: UInt8 = 0
        for byte in bytes {
            guard (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == hyphen else { return false }
            if byte == hyphen && previous == hyphen { return false }
            previous = byte
        }
        return true
    }
}

extension Slug {
    /// An id proposed from a title in any of the region's scripts: Cyrillic written in Latin
    /// letters, accents dropped (đ as dj), words joined by hyphens, cut at a word within the
    /// length limit. "Реадмисија и реинтеграција" → "readmisija-i-reintegracija".
    public static func proposal(from title: String) -> String {
        let macedonian = title.contains { "ѓќѕјљњџЃЌЅ".contains($0) } && !title.contains { "ђћЂЋ".contains($0) }
        let latin = macedonian ? Transliteration.macedonianToLatin(title) : Transliteration.serbianToLatin(title)
        var words: [String] = []
        var word = ""
        for character in latin.lowercased() {
            if let ascii = asciiLetters(for: character) {
                word += ascii
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        var slug = ""
        for word in words {
            let next = slug.isEmpty ? word : slug + "-" + word
            if next.count > maximumLength {
                if slug.isEmpty { slug = String(word.prefix(maximumLength)) }
                break
            }
            slug = next
        }
        return slug
    }

    /// The ASCII letters or digits for one lower-case Latin character; `nil` for a separator.
    private static func asciiLetters(for character: Character) -> String? {
        if character.isASCII { return character.isLetter || character.isNumber ? String(character) : nil }
        switch character {
        case "đ": return "dj"
        case "ß": return "ss"
        case "æ": return "ae"
        case "ø": return "o"
        case "ł": return "l"
        default: break
        }
        let base = String(character).decomposedStringWithCanonicalMapping.unicodeScalars
            .filter { $0.isASCII && (CharacterSet.alphanumerics.contains($0)) }
        return base.isEmpty ? nil : String(String.UnicodeScalarView(base))
    }
}
