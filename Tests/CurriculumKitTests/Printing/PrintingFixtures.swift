import Foundation
import Testing

@testable import CurriculumKit

/// The shipped curricula folder and fixed printing options for outline tests.
enum PrintingFixtures {
    /// The folder the project ships, opened read-only (loading never writes).
    static func shippedStore() throws -> CurriculumStore {
        try CurriculumStore.open(Fixtures.packageRoot.appendingPathComponent("Curricula").path)
    }

    /// The example module of the design document.
    static let exampleModule = "15/local-action-plans"
    /// The shipped module written in Serbian Cyrillic.
    static let cyrillicModule = "13/readmisija-i-reintegracija-povratnika"

    /// The clock a trainer edition is printed at, so that outputs do not change from day to day.
    static let printedAt = "2026-11-25T08:00:00Z"

    static let nineOClock = AgendaOptions(start: ClockTime(minutes: 9 * 60))

    static func options(
        _ format: OutlineFormat = .text, _ edition: OutlineEdition = .handout, script: OutlineScript? = nil,
        agenda: AgendaOptions? = nil, width: Int = 80
    ) -> OutlineOptions {
        OutlineOptions(format: format, edition: edition, script: script, agenda: agenda, width: width, printedAt: printedAt)
    }

    /// `target` printed from `store`.
    static func print(_ target: String, _ store: CurriculumStore, _ options: OutlineOptions) throws -> String {
        try OutlinePrinter.render(target: OutlineTarget(target), store: store, options: options)
    }

    /// A small module with one session per title, for layout and escaping tests.
    static func module(
        _ id: String = "printing-sample", title: String = "Printing sample", language: String = "en",
        sessions: [Session]? = nil
    ) -> Module {
        var module = Fixtures.module(id, title: title)
        module.language = language
        if let sessions { module.sessions = sessions }
        return module
    }
}

/// The lines of a printed text, without the form feeds that separate its pages.
func printedLines(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.filter { $0 != "\u{0C}" } }
}

/// How many form feeds a printed text holds.
func formFeeds(_ text: String) -> Int {
    text.filter { $0 == "\u{0C}" }.count
}

/// Whether `text` holds a Cyrillic letter.
func hasCyrillic(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
}
