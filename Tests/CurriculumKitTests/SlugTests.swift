import Testing

@testable import CurriculumKit

@Suite("Slugs")
struct SlugTests {
    @Test(
        "valid ids",
        arguments: [
            "a", "7", "local-action-plans", "07-migration-and-security", "a1-b2-c3", "postapka-za-azil-prv-kontakt",
            String(repeating: "a", count: 64),
        ])
    func valid(id: String) {
        #expect(Slug.problem(with: id) == nil)
        #expect(Slug.isValid(id))
    }

    @Test(
        "each kind of invalid id gets its own reason",
        arguments: [
            ("", "an id cannot be empty"),
            (String(repeating: "a", count: 65), "an id has at most 64 characters (this one has 65)"),
            ("a/b", "an id cannot hold \"/\" or \"..\": it names a folder, not a path"),
            ("..", "an id cannot hold \"/\" or \"..\": it names a folder, not a path"),
            ("../../etc", "an id cannot hold \"/\" or \"..\": it names a folder, not a path"),
            ("a b", "an id cannot hold spaces"),
            ("a\tb", "an id cannot hold spaces"),
            ("Local-Plans", "an id is written in lower case"),
            ("čaj", "an id holds only the letters a–z, digits and hyphens"),
            ("пакет", "an id holds only the letters a–z, digits and hyphens"),
            ("a_b", "an id holds only the letters a–z, digits and hyphens"),
            ("a.json", "an id holds only the letters a–z, digits and hyphens"),
            (".", "an id holds only the letters a–z, digits and hyphens"),
            ("a\\b", "an id holds only the letters a–z, digits and hyphens"),
            ("-a", "an id cannot start or end with a hyphen or hold two in a row"),
            ("a-", "an id cannot start or end with a hyphen or hold two in a row"),
            ("a--b", "an id cannot start or end with a hyphen or hold two in a row"),
            ("-", "an id cannot start or end with a hyphen or hold two in a row"),
        ])
    func invalid(id: String, reason: String) {
        #expect(Slug.problem(with: id) == reason)
        #expect(!Slug.isValid(id))
    }

    @Test("the length limit counts characters")
    func lengthLimit() {
        #expect(Slug.maximumLength == 64)
        #expect(Slug.isValid(String(repeating: "ab-", count: 21) + "a"))
        #expect(!Slug.isValid(String(repeating: "ab-", count: 21) + "ab"))
    }

    @Test(
        "reviewer names become file-name slugs in ASCII",
        arguments: [
            ("Ana Petrović", "ana-petrovic"),
            ("Đorđe Šćepanović", "dorde-scepanovic"),
            ("Марко Марковић", "marko-markovic"),
            ("  Elena   Stojanovska ", "elena-stojanovska"),
            ("../../etc/passwd", "etc-passwd"),
            ("", "reviewer"),
            ("!!!", "reviewer"),
        ])
    func nameSlugs(name: String, slug: String) {
        #expect(CurriculumStore.nameSlug(name) == slug)
    }

    @Test("a long name is cut to 40 characters")
    func longName() {
        let slug = CurriculumStore.nameSlug(String(repeating: "abcdefghij ", count: 10))
        #expect(slug.count <= 40)
        #expect(slug.hasPrefix("abcdefghij-abcdefghij"))
    }
}

@Suite("Ids proposed from titles")
struct SlugProposalTests {
    @Test("Serbian Cyrillic and Latin titles give the same id; đ is dj, other accents drop")
    func serbian() {
        #expect(Slug.proposal(from: "Реадмисија и реинтеграција повратника") == "readmisija-i-reintegracija-povratnika")
        #expect(Slug.proposal(from: "Đački dom — čuvari granice") == "djacki-dom-cuvari-granice")
        #expect(Slug.proposal(from: "Ђачки дом — чувари границе") == "djacki-dom-cuvari-granice")
        #expect(Slug.proposal(from: "Џеп, љубав, њива") == "dzep-ljubav-njiva")
    }

    @Test("Macedonian letters are written as in the printed outlines (gj, kj, dz)")
    func macedonian() {
        #expect(Slug.proposal(from: "Ѓорѓија и Ќерка") == "gjorgjija-i-kjerka")
    }

    @Test("punctuation separates words; a long title is cut at a word within 64 characters; nothing usable gives an empty id")
    func shapes() {
        #expect(Slug.proposal(from: "  EU acquis: Directive 2011/36/EU (trafficking)!  ") == "eu-acquis-directive-2011-36-eu-trafficking")
        let long = Slug.proposal(from: String(repeating: "Управљање миграцијама ", count: 8))
        #expect(long.count <= Slug.maximumLength)
        #expect(Slug.isValid(long))
        #expect(long.hasSuffix("migracijama") || long.hasSuffix("upravljanje"))
        #expect(Slug.proposal(from: "移民 🙂") == "")
        #expect(Slug.isValid(Slug.proposal(from: "Crisis Decision-Making during Sudden Mass Arrivals")))
    }
}
