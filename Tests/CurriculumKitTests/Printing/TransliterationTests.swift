import Foundation
import Testing

@testable import CurriculumKit

/// Serbian both ways between its alphabets; Macedonian Cyrillic to Latin; other text untouched.
@Suite("Printing: transliteration")
struct TransliterationTests {
    /// Serbian Cyrillic and Latin pairs that convert exactly into each other, both ways.
    static let serbianPairs: [(String, String)] = [
        (
            "Љубазни службеници Комесаријата за избеглице и миграције",
            "Ljubazni službenici Komesarijata za izbeglice i migracije"
        ),
        ("Џеп", "Džep"),
        ("Њиве", "Njive"),
        ("ЏЕП, ЊИВЕ И ЉУДИ", "DŽEP, NJIVE I LJUDI"),
        ("Ђорђе Ћирић је нашао џемпер у Љубовији.", "Đorđe Ćirić je našao džemper u Ljuboviji."),
        (
            "Чланови локалних савета за миграције учествују у изради плана: шта, ко и до када.",
            "Članovi lokalnih saveta za migracije učestvuju u izradi plana: šta, ko i do kada."
        ),
        ("ЉУБАЗНО, Љ. Њ.", "LJUBAZNO, Lj. Nj."),
    ]

    @Test("Serbian Cyrillic to Latin", arguments: serbianPairs)
    func serbianToLatin(cyrillic: String, latin: String) {
        #expect(Transliteration.serbianToLatin(cyrillic) == latin)
    }

    @Test("Serbian Latin to Cyrillic", arguments: serbianPairs)
    func serbianToCyrillic(cyrillic: String, latin: String) {
        #expect(Transliteration.serbianToCyrillic(latin) == cyrillic)
    }

    @Test("a capital digraph follows the case of the word: Nj, NJ")
    func digraphCase() {
        #expect(Transliteration.serbianToCyrillic("Njegoš") == "Његош")
        #expect(Transliteration.serbianToCyrillic("NJEGOŠ") == "ЊЕГОШ")
        #expect(Transliteration.serbianToCyrillic("nJ") == "њ")
        #expect(Transliteration.serbianToLatin("Његош") == "Njegoš")
        #expect(Transliteration.serbianToLatin("ЊЕГОШ") == "NJEGOŠ")
        #expect(Transliteration.serbianToLatin("Њ") == "Nj")
    }

    @Test("known words whose nj and dž are two letters are spelt letter by letter")
    func knownAmbiguities() {
        #expect(Transliteration.serbianToCyrillic("konjunkcija") == "конјункција")
        #expect(Transliteration.serbianToCyrillic("Nadživeti") == "Надживети")
        #expect(Transliteration.serbianToCyrillic("injekcija") == "инјекција")
        #expect(Transliteration.serbianToCyrillic("odžaliti") == "оджалити")
        // Elsewhere a digraph is one letter.
        #expect(Transliteration.serbianToCyrillic("konj i njiva") == "коњ и њива")
        // Cyrillic to Latin is never ambiguous.
        #expect(Transliteration.serbianToLatin("конјункција, надживети") == "konjunkcija, nadživeti")
    }

    @Test("Macedonian Cyrillic to Latin, with ѓ ќ ѕ ј љ њ џ")
    func macedonian() {
        #expect(Transliteration.macedonianToLatin("Ѓорѓи Ќерамитчиев, ѕвезда") == "Gjorgji Kjeramitčiev, dzvezda")
        #expect(Transliteration.macedonianToLatin("Љубов, њива, џеб, Јас") == "Ljubov, njiva, džeb, Jas")
        #expect(Transliteration.macedonianToLatin("ЃОРЃИ") == "GJORGJI")
        #expect(Transliteration.macedonianToLatin("Ѕ") == "Dz")
    }

    @Test("Latin to Cyrillic leaves addresses, codes and English alone")
    func foreignText() {
        #expect(
            Transliteration.serbianToCyrillic("Pogledajte https://eur-lex.europa.eu/eli/dir/2011/36/oj ili pišite na info@kirs.gov.rs.")
                == "Погледајте https://eur-lex.europa.eu/eli/dir/2011/36/oj или пишите на info@kirs.gov.rs.")
        #expect(Transliteration.serbianToCyrillic("Sesija S4 pokriva LO2 i LO3; XXI vek") == "Сесија S4 покрива LO2 и LO3; XXI век")
        let citation = "Directive 2011/36/EU on preventing and combating trafficking in human beings"
        #expect(Transliteration.serbianToCyrillic(citation) == citation)
        #expect(
            Transliteration.serbianToCyrillic("Zakon o upravljanju migracijama (Law on Migration Management of the Republic of Serbia)")
                == "Закон о управљању миграцијама (Law on Migration Management of the Republic of Serbia)")
        #expect(Transliteration.serbianToCyrillic("Frontex i www.kirs.gov.rs") == "Frontex и www.kirs.gov.rs")
        // Roman numerals stay; capital words made of the same letters do not.
        #expect(Transliteration.serbianToCyrillic("Poglavlje IV, XXI vek, MCMXCIX") == "Поглавље IV, XXI век, MCMXCIX")
        #expect(Transliteration.serbianToCyrillic("VIDIM CIVIL DIM") == "ВИДИМ ЦИВИЛ ДИМ")
    }

    @Test("which conversion applies to which language")
    func conversions() {
        #expect(ScriptConversion(language: "sr-Cyrl", script: .latin) == .serbianToLatin)
        #expect(ScriptConversion(language: "sr-Latn", script: .cyrillic) == .serbianToCyrillic)
        #expect(ScriptConversion(language: "sr", script: .cyrillic) == .serbianToCyrillic)
        #expect(ScriptConversion(language: "cnr", script: .latin) == .serbianToLatin)
        #expect(ScriptConversion(language: "bs", script: .cyrillic) == .serbianToCyrillic)
        #expect(ScriptConversion(language: "mk", script: .latin) == .macedonianToLatin)
        // Already in the asked alphabet, one-way, or not written in two alphabets: left alone.
        #expect(ScriptConversion(language: "sr-Latn", script: .latin) == nil)
        #expect(ScriptConversion(language: "sr-Cyrl", script: .cyrillic) == nil)
        #expect(ScriptConversion(language: "mk", script: .cyrillic) == nil)
        #expect(ScriptConversion(language: "en", script: .cyrillic) == nil)
        #expect(ScriptConversion(language: "sq", script: .latin) == nil)
        #expect(ScriptConversion.summary(language: "en", script: .cyrillic) == "Script: kept as written (English is not written in two alphabets)")
        #expect(ScriptConversion.summary(language: "sr-Latn", script: .latin) == "Script: kept as written (Serbian (Latin) is already in Latin)")
    }

    @Test("a Serbian Cyrillic module printed in Latin: no Cyrillic left, and the outline says what was done")
    func cyrillicModuleInLatin() throws {
        let store = try PrintingFixtures.shippedStore()
        let text = try PrintingFixtures.print(PrintingFixtures.cyrillicModule, store, PrintingFixtures.options(.text, .trainer, script: .latin))
        #expect(!hasCyrillic(text))
        #expect(text.hasPrefix("Readmisija i reintegracija povratnika\n"))
        #expect(text.contains("\nScript: Serbian Cyrillic → Latin\n"))
        #expect(text.contains("Serbian (Latin) · face-to-face"))
        #expect(text.contains("Službenici Komesarijata za izbeglice i migracije Republike Srbije"))
        let html = try PrintingFixtures.print(PrintingFixtures.cyrillicModule, store, PrintingFixtures.options(.html, script: .latin))
        #expect(html.contains("<html lang=\"sr-Latn\">"))
    }

    @Test("an English module is the same in either alphabet but for the line saying so")
    func englishModuleUntouched() throws {
        let store = try PrintingFixtures.shippedStore()
        let plain = try PrintingFixtures.print(PrintingFixtures.exampleModule, store, PrintingFixtures.options())
        let asked = try PrintingFixtures.print(PrintingFixtures.exampleModule, store, PrintingFixtures.options(script: .cyrillic))
        let scriptLine = "Script: kept as written (English is not written in two alphabets)\n"
        #expect(asked.contains(scriptLine))
        #expect(asked.replacingOccurrences(of: scriptLine, with: "") == plain)
    }

    @Test("a Macedonian module printed in Latin and a topic saying which alphabet its modules are in")
    func macedonianModuleAndTopic() throws {
        let store = try PrintingFixtures.shippedStore()
        let module = try PrintingFixtures.print("11/postapka-za-azil-prv-kontakt", store, PrintingFixtures.options(script: .latin))
        #expect(!hasCyrillic(module))
        #expect(module.contains("Script: Macedonian Cyrillic → Latin"))
        let topic = try PrintingFixtures.print("13", store, PrintingFixtures.options(script: .latin))
        #expect(topic.contains("Script: Serbian and Macedonian modules printed in Latin"))
        #expect(!hasCyrillic(topic))
    }

    @Test("a Serbian Latin module printed in Cyrillic: prose converted; ids, addresses and English kept")
    func latinModuleInCyrillic() throws {
        var module = PrintingFixtures.module(title: "Ljubazan prijem na granici", language: "sr-Latn")
        module.aim = "Službenici uče da razgovaraju sa ljudima u pokretu."
        module.sessions[0].title = "Njive, džepovi i konjunkcija"
        module.references = [
            Reference(
                id: "R1", kind: .euAcquis, citation: "Directive 2013/32/EU on common procedures for granting international protection",
                url: "https://eur-lex.europa.eu/eli/dir/2013/32/oj")
        ]
        try withFixtureFolder(modules: [module]) { folder in
            let text = try PrintingFixtures.print("printing-sample", folder.store, PrintingFixtures.options(script: .cyrillic))
            #expect(text.hasPrefix("Љубазан пријем на граници\n"))
            #expect(text.contains("Script: Serbian Latin → Cyrillic"))
            #expect(text.contains("Serbian (Cyrillic) · face-to-face"))
            #expect(text.contains("Службеници уче да разговарају са људима у покрету."))
            #expect(text.contains("S1  Њиве, џепови и конјункција"))
            #expect(text.contains("- Directive 2013/32/EU on common procedures for granting international"))
            #expect(text.contains("<https://eur-lex.europa.eu/eli/dir/2013/32/oj>"))
            #expect(text.contains("- LO1 "))
        }
    }
}
