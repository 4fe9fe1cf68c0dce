import Testing

@testable import CurriculumKit

@Suite("Language guesses and counted words")
struct WordingTests {
    @Test(
        "a Cyrillic text without Macedonian-only letters is sr-Cyrl",
        arguments: [
            ("Тест наслов", "sr-Cyrl"), ("Ђачки дом", "sr-Cyrl"), ("Љубљана и Њујорк", "sr-Cyrl"),
            ("Ѓорѓи", "mk"), ("ќерка", "mk"), ("Ѕвезда", "mk"), ("сѐ", "mk"), ("ѝ рече", "mk"),
            ("се\u{0300}", "mk"), ("Opština Plandište", "sr-Latn"), ("Local action plans", "en"), ("", "en"),
        ])
    func languageGuess(text: String, tag: String) {
        #expect(LanguageGuess.tag(of: text) == tag)
    }

    @Test("a count takes the form that agrees with it")
    func plural() {
        #expect(Plural.count(0, "module matches", "modules match") == "0 modules match")
        #expect(Plural.count(1, "module matches", "modules match") == "1 module matches")
        #expect(Plural.count(2, "module matches", "modules match") == "2 modules match")
        #expect(Plural.words(1, "is", "are") == "is")
        #expect(Plural.words(3, "is", "are") == "are")
    }
}
