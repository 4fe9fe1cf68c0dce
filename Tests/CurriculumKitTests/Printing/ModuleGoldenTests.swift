import Foundation
import Testing

@testable import CurriculumKit

/// The example module printed in every format and edition, compared with files under `Golden/`.
///
/// The handout is printed without clock times; the trainer edition with an agenda from 09:00 and
/// a fixed "printed on" date.
@Suite("Printing: golden outputs of the example module")
struct ModuleGoldenTests {
    static let extensions: [OutlineFormat: String] = [.text: "txt", .markdown: "md", .html: "html"]

    @Test("example module", arguments: OutlineFormat.allCases, OutlineEdition.allCases)
    func exampleModule(format: OutlineFormat, edition: OutlineEdition) throws {
        let store = try PrintingFixtures.shippedStore()
        let agenda = edition == .trainer ? PrintingFixtures.nineOClock : nil
        let options = PrintingFixtures.options(format, edition, agenda: agenda)
        let printed = try PrintingFixtures.print(PrintingFixtures.exampleModule, store, options)
        let name = "local-action-plans.\(edition.rawValue).\(Self.extensions[format] ?? format.rawValue)"
        try expectMatchesGolden(printed, named: name)
    }

    @Test("the same module prints the same text twice, whatever the date")
    func printingIsRepeatable() throws {
        let store = try PrintingFixtures.shippedStore()
        let options = PrintingFixtures.options(.text, .trainer, agenda: PrintingFixtures.nineOClock)
        let first = try PrintingFixtures.print(PrintingFixtures.exampleModule, store, options)
        let second = try PrintingFixtures.print("local-action-plans", try PrintingFixtures.shippedStore(), options)
        #expect(first == second)
        #expect(first.contains("printed on 2026-11-25"))
        var undated = options
        undated.printedAt = nil
        #expect(!(try PrintingFixtures.print(PrintingFixtures.exampleModule, store, undated)).contains("printed on"))
    }

    @Test("a golden comparison names the first differing line")
    func differenceReport() {
        let report = GoldenFile.firstDifference(expected: "a\nb\u{0C}\nc\n", actual: "a\nb\nc\n")
        #expect(report == "line 2 differs\n  expected: b\u{240C}\n  actual:   b")
        #expect(GoldenFile.firstDifference(expected: "same\n", actual: "same\n") == nil)
        #expect(GoldenFile.firstDifference(expected: "a\n", actual: "a\nmore\n")?.hasPrefix("line 2 differs") == true)
    }
}
