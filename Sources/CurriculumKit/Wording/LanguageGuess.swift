/// The language a text is most likely written in, when one must be guessed (a new module's title).
public enum LanguageGuess {
    /// Letters only Macedonian writes among the Cyrillic alphabets of the region.
    static let macedonianLetters: Set<Character> = ["ѓ", "ќ", "ѕ", "ѐ", "ѝ", "Ѓ", "Ќ", "Ѕ", "Ѐ", "Ѝ"]
    /// Letters of Serbian (and Bosnian, Croatian, Montenegrin) Latin that English does not use.
    static let serbianLatinLetters: Set<Character> = ["č", "ć", "š", "ž", "đ", "Č", "Ć", "Š", "Ž", "Đ"]

    /// A BCP 47 tag for `text`: `mk` with a Macedonian-only letter, `sr-Cyrl` for other Cyrillic,
    /// `sr-Latn` for Latin with č ć š ž đ, else `en`. The author can change it afterwards.
    public static func tag(of text: String) -> String {
        // Letters compare canonically: ѐ typed as е and a combining grave is ѐ too.
        if text.contains(where: macedonianLetters.contains) { return "mk" }
        if text.unicodeScalars.contains(where: { (0x0400...0x04FF).contains($0.value) }) { return "sr-Cyrl" }
        if text.contains(where: serbianLatinLetters.contains) { return "sr-Latn" }
        return "en"
    }
}
