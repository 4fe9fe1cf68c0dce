/// Converts text between the Cyrillic and Latin alphabets of Serbian and Macedonian.
///
/// Serbian (and Montenegrin and Bosnian, which use the same pair of alphabets) converts both
/// ways, one letter for one letter: the digraphs `lj`, `nj`, `dž` are single letters (`љ`,
/// `њ`, `џ`). Macedonian converts from Cyrillic to Latin only (`ѓ` → `gj`, `ќ` → `kj`, `ѕ` → `dz`).
///
/// Going to Cyrillic, text that is clearly not Serbian is left as written: web and e-mail
/// addresses, words with q, w, x or y, codes mixing letters and digits (`S4`, `LO2`), Roman
/// numerals (`XXI`), and English phrases: a stretch between punctuation marks that holds an
/// English word such as `the`, `and`, `of` or a word ending in `-tion` (a citation like
/// `Directive 2011/36/EU on preventing and combating trafficking`) stays in Latin.
///
/// Latin `lj`, `nj` and `dž` are read as one letter (`љ`, `њ`, `џ`), in any case (`Nj`, `NJ`).
/// In a few words they are two letters, across a prefix (`nadživeti` → `надживети`,
/// `odžaliti` → `оджалити`) or in a loan word (`konjunkcija` → `конјункција`, `injekcija`,
/// `konjugacija`, `podžanr`, `vanjezički`); those word beginnings are listed below and spelt letter
/// by letter. Other such words are not known to the converter and get the single letter: this
/// is a known ambiguity of Serbian Latin, which only a dictionary can settle.
public enum Transliteration {
    /// Serbian Cyrillic to Latin: `Љубљана, њива и џеп` → `Ljubljana, njiva i džep`.
    public static func serbianToLatin(_ text: String) -> String {
        cyrillicToLatin(text, letters: serbianLetters)
    }

    /// Macedonian Cyrillic to Latin: `ѓ` → `gj`, `ќ` → `kj`, `ѕ` → `dz`, `џ` → `dž`.
    public static func macedonianToLatin(_ text: String) -> String {
        cyrillicToLatin(text, letters: macedonianLetters)
    }

    /// Serbian Latin to Cyrillic: `Ljubljana, njiva i džep` → `Љубљана, њива и џеп`.
    public static func serbianToCyrillic(_ text: String) -> String {
        phrases(of: text).map { phrase in
            let keepsLatin = isEnglish(phrase)
            return phrase.map { (keepsLatin ? $0.text : tokenToCyrillic(Array($0.text))) + $0.space }.joined()
        }.joined()
    }

    /// A word and the white space after it.
    private typealias Token = (text: String, space: String)

    /// The text as phrases: runs of words that end at a punctuation mark (`,`, `;`, `.`, `)`) or
    /// before an opening bracket or quote.
    private static func phrases(of text: String) -> [[Token]] {
        var tokens: [Token] = []
        var word = ""
        var space = ""
        for character in text {
            if character.isWhitespace {
                space.append(character)
            } else {
                if !space.isEmpty {
                    tokens.append((word, space))
                    word = ""
                    space = ""
                }
                word.append(character)
            }
        }
        if !word.isEmpty || !space.isEmpty { tokens.append((word, space)) }
        var phrases: [[Token]] = []
        var phrase: [Token] = []
        for token in tokens {
            if let first = token.text.first, "([{\"“„«‘".contains(first), !phrase.isEmpty {
                phrases.append(phrase)
                phrase = []
            }
            phrase.append(token)
            if let last = token.text.last, ",;:.!?)]}\"”»’".contains(last) {
                phrases.append(phrase)
                phrase = []
            }
        }
        if !phrase.isEmpty { phrases.append(phrase) }
        return phrases
    }

    /// English words that are not Serbian words, so that a phrase holding one is English.
    private static let englishWords: Set<String> = [
        "the", "and", "of", "for", "from", "this", "that", "its", "are", "is", "an", "or", "at", "in", "into",
        "under", "between", "their", "these", "those", "be", "been", "has", "have",
    ]

    /// Whether a phrase is English: it holds an English word that Serbian does not have.
    private static func isEnglish(_ phrase: [Token]) -> Bool {
        phrase.contains { token in
            let word = token.text.filter(\.isLetter).lowercased()
            return englishWords.contains(word) || word.hasSuffix("tion") || word.hasSuffix("tions")
        }
    }

    // MARK: Cyrillic to Latin

    /// Lower-case Cyrillic letters and their Latin spelling; capitals are derived.
    private static let commonLetters: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "ž", "з": "z", "и": "i", "ј": "j",
        "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s",
        "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "č", "џ": "dž", "ш": "š",
    ]

    private static let serbianLetters: [Character: String] = commonLetters.merging(
        ["ђ": "đ", "ћ": "ć", "с\u{301}": "ś", "з\u{301}": "ź"], uniquingKeysWith: { first, _ in first })

    private static let macedonianLetters: [Character: String] = commonLetters.merging(
        ["ѓ": "gj", "ќ": "kj", "ѕ": "dz", "ѐ": "è", "ѝ": "ì"], uniquingKeysWith: { first, _ in first })

    private static func cyrillicToLatin(_ text: String, letters: [Character: String]) -> String {
        let characters = Array(text)
        var result = ""
        for (index, character) in characters.enumerated() {
            let lower = lowered(character)
            guard let latin = latin(for: lower, in: letters) else {
                result.append(character)
                continue
            }
            guard character != lower else {
                result += latin
                continue
            }
            // A capital digraph is all capitals inside a word in capitals (ЉУБЉАНА → LJUBLJANA),
            // else only its first letter is (Љубљана → Ljubljana).
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            let previous = index > 0 ? characters[index - 1] : nil
            let nextIsCapital = next.map { $0.isUppercase } ?? false
            let nextIsLetter = next.map { $0.isLetter } ?? false
            let previousIsCapital = previous.map { $0.isUppercase } ?? false
            if latin.count > 1 && (nextIsCapital || (!nextIsLetter && previousIsCapital)) {
                result += latin.uppercased()
            } else {
                result += latin.prefix(1).uppercased() + latin.dropFirst()
            }
        }
        return result
    }

    /// The Latin spelling of a lower-case Cyrillic character, keeping accents written as combining marks.
    private static func latin(for character: Character, in letters: [Character: String]) -> String? {
        if let latin = letters[character] { return latin }
        let scalars = character.unicodeScalars
        guard scalars.count > 1, let base = scalars.first, let latin = letters[Character(base)] else { return nil }
        var rest = String.UnicodeScalarView()
        rest.append(contentsOf: scalars.dropFirst())
        return latin + String(rest)
    }

    /// The lower-case form of a character, or the character when lower case would change its length.
    private static func lowered(_ character: Character) -> Character {
        let lower = character.lowercased()
        return lower.count == 1 ? Character(lower) : character
    }

    // MARK: Latin to Cyrillic

    private static let cyrillicLetters: [Character: Character] = [
        "a": "а", "b": "б", "c": "ц", "č": "ч", "ć": "ћ", "d": "д", "đ": "ђ", "e": "е", "f": "ф", "g": "г",
        "h": "х", "i": "и", "j": "ј", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "r": "р",
        "s": "с", "š": "ш", "t": "т", "u": "у", "v": "в", "z": "з", "ž": "ж", "ś": "с\u{301}", "ź": "з\u{301}",
    ]

    /// Two Latin letters that are one Cyrillic letter, by their first and second letter.
    private static let digraphs: [String: Character] = ["lj": "љ", "nj": "њ", "dž": "џ"]

    /// Word beginnings in which a digraph's two letters are two sounds, with the digraph's offset.
    private static let splitDigraphs: [(stem: String, offset: Int)] = [
        ("injek", 1), ("konjug", 2), ("konjunk", 2), ("nadživ", 2), ("nadžnj", 2), ("odžal", 1), ("podžanr", 2),
        ("podžup", 2), ("vanjez", 2),
    ]

    private static func tokenToCyrillic(_ token: [Character]) -> String {
        guard !token.isEmpty else { return "" }
        let text = String(token)
        if isForeign(text) { return text }
        var result = ""
        var keepApart = Set<Int>()
        var index = 0
        while index < token.count {
            if index == 0 || !token[index - 1].isLetter {
                keepApart.formUnion(digraphsKeptApart(in: token, from: index))
            }
            let character = token[index]
            let lower = lowered(character)
            if index + 1 < token.count, !keepApart.contains(index) {
                let pair = String(lower) + token[index + 1].lowercased()
                if let cyrillic = digraphs[pair] {
                    // Lj, LJ and lj are one letter; its case follows the first Latin letter.
                    result += character.isUppercase ? cyrillic.uppercased() : String(cyrillic)
                    index += 2
                    continue
                }
            }
            if let cyrillic = cyrillicLetters[lower] {
                result += character.isUppercase ? cyrillic.uppercased() : String(cyrillic)
            } else {
                result.append(character)
            }
            index += 1
        }
        return result
    }

    /// Offsets (from the token's start) of digraphs in the word starting at `start` that are two letters.
    private static func digraphsKeptApart(in token: [Character], from start: Int) -> Set<Int> {
        let word = String(token[start...].prefix { $0.isLetter }).lowercased()
        return Set(splitDigraphs.filter { word.hasPrefix($0.stem) }.map { start + $0.offset })
    }

    /// Whether a whitespace-separated token is left in Latin letters.
    private static func isForeign(_ token: String) -> Bool {
        let lower = token.lowercased()
        if lower.contains("://") || lower.contains("www.") || lower.contains("@") { return true }
        if lower.contains(where: { "qwxy".contains($0) }) { return true }
        let hasDigit = token.contains { $0.isASCII && $0.isNumber }
        let hasLetter = token.contains { $0.isLetter }
        if hasDigit && hasLetter { return true }
        let letters = token.filter(\.isLetter)
        return letters.count >= 2 && isRomanNumeral(letters)
    }

    /// Whether `text` is a Roman numeral in capitals as it is normally written (`XXI`, `IV`), so
    /// that words made of the same letters (`VIDIM`, `CIVIL`) are not taken for one.
    static func isRomanNumeral(_ text: String) -> Bool {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
        let digits = text.compactMap { values[$0] }
        guard !digits.isEmpty, digits.count == text.count else { return false }
        var total = 0
        for (index, digit) in digits.enumerated() {
            total += index + 1 < digits.count && digit < digits[index + 1] ? -digit : digit
        }
        guard (1...3999).contains(total) else { return false }
        let canonical: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
            (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var rest = total
        var written = ""
        for (value, numeral) in canonical {
            while rest >= value {
                written += numeral
                rest -= value
            }
        }
        return written == text
    }
}

/// Which transliteration, if any, applies to text in a language.
public enum ScriptConversion: Hashable, Sendable {
    case serbianToLatin, serbianToCyrillic, macedonianToLatin

    /// The conversion `script` asks for in `language`; `nil` when the language is left as written,
    /// which includes text whose tag says it is already in that alphabet (`sr-Latn` to Latin).
    ///
    /// Serbian-like languages are `sr`, `cnr` and `bs` (with any subtags, e.g. `sr-Latn`);
    /// Macedonian is `mk`, converted to Latin only.
    public init?(language: String, script: OutlineScript) {
        guard ScriptConversion.script(of: language) != script else { return nil }
        switch (ScriptConversion.family(of: language), script) {
        case (.serbian, .latin): self = .serbianToLatin
        case (.serbian, .cyrillic): self = .serbianToCyrillic
        case (.macedonian, .latin): self = .macedonianToLatin
        default: return nil
        }
    }

    /// What the conversion does, for the outline: `Serbian Cyrillic → Latin`.
    public var summary: String {
        switch self {
        case .serbianToLatin: "Serbian Cyrillic → Latin"
        case .serbianToCyrillic: "Serbian Latin → Cyrillic"
        case .macedonianToLatin: "Macedonian Cyrillic → Latin"
        }
    }

    /// `text` in the other alphabet.
    public func apply(_ text: String) -> String {
        switch self {
        case .serbianToLatin: Transliteration.serbianToLatin(text)
        case .serbianToCyrillic: Transliteration.serbianToCyrillic(text)
        case .macedonianToLatin: Transliteration.macedonianToLatin(text)
        }
    }

    /// The language tag of the converted text: `sr-Cyrl` becomes `sr-Latn`.
    public func languageTag(for tag: String) -> String {
        let language = tag.split(separator: "-").first.map(String.init) ?? tag
        switch self {
        case .serbianToLatin, .macedonianToLatin: return language + "-Latn"
        case .serbianToCyrillic: return language + "-Cyrl"
        }
    }

    /// The line an outline shows when `script` was asked for text in `language`.
    public static func summary(language: String, script: OutlineScript) -> String {
        if let conversion = ScriptConversion(language: language, script: script) {
            return "Script: " + conversion.summary
        }
        let name = OutlineLabels.language(language)
        if family(of: language) != .other, let written = ScriptConversion.script(of: language), written == script {
            return "Script: kept as written (\(name) is already in \(written == .latin ? "Latin" : "Cyrillic"))"
        }
        if family(of: language) == .macedonian {
            return "Script: Macedonian kept as written (only Cyrillic → Latin is done for Macedonian)"
        }
        return "Script: kept as written (\(name) is not written in two alphabets)"
    }

    private enum Family {
        case serbian, macedonian, other
    }

    /// The alphabet a tag names (`sr-Latn`, `sr-Cyrl`; Macedonian is Cyrillic unless tagged
    /// otherwise); `nil` when the tag does not say.
    private static func script(of tag: String) -> OutlineScript? {
        let subtags = tag.split(separator: "-").dropFirst().map { $0.lowercased() }
        if subtags.contains("latn") { return .latin }
        if subtags.contains("cyrl") { return .cyrillic }
        return family(of: tag) == .macedonian ? .cyrillic : nil
    }

    private static func family(of tag: String) -> Family {
        let language = tag.split(separator: "-").first.map { $0.lowercased() } ?? ""
        switch language {
        case "sr", "cnr", "bs": return .serbian
        case "mk": return .macedonian
        default: return .other
        }
    }
}

extension Module {
    /// The module with all its prose converted by `conversion`; ids, vocabulary words and web
    /// addresses are left as they are, and the language tag names the new alphabet.
    public func transliterated(_ conversion: ScriptConversion) -> Module {
        let convert = conversion.apply
        var module = self
        module.language = conversion.languageTag(for: language)
        module.title = convert(title)
        module.aim = convert(aim)
        module.description = convert(description)
        module.targetGroups = targetGroups.map(convert)
        module.entryRequirements = convert(entryRequirements)
        module.learningOutcomes = learningOutcomes.map { outcome in
            var outcome = outcome
            outcome.text = convert(outcome.text)
            return outcome
        }
        module.sessions = sessions.map { session in
            var session = session
            session.title = convert(session.title)
            session.materials = session.materials.map(convert)
            session.trainerNotes = convert(session.trainerNotes)
            return session
        }
        module.assessments = assessments.map { assessment in
            var assessment = assessment
            assessment.description = convert(assessment.description)
            return assessment
        }
        module.references = references.map { reference in
            var reference = reference
            reference.citation = convert(reference.citation)
            return reference
        }
        module.keywords = keywords.map(convert)
        return module
    }
}
