import Foundation
import Testing

@testable import CurriculumKit

/// Modules that are not finished or not agreed still print, and say what the reader must know.
@Suite("Printing: incomplete and diverged modules")
struct ModuleEdgeCaseOutlineTests {
    @Test("a module with no sessions: a clear line instead of an empty table, in every format", arguments: OutlineFormat.allCases)
    func noSessions(format: OutlineFormat) throws {
        let module = PrintingFixtures.module(sessions: [])
        try withFixtureFolder(modules: [module]) { folder in
            let options = PrintingFixtures.options(format, .trainer, agenda: PrintingFixtures.nineOClock)
            let printed = try PrintingFixtures.print("printing-sample", folder.store, options)
            #expect(printed.contains("No sessions are planned yet."))
            #expect(!printed.contains("Session notes for trainers"))
            #expect(!printed.contains("Day 1"))
            for header in ["#   Session", "| # | Session", "<th scope=\"col\">Session</th>", "Time  "] {
                #expect(!printed.contains(header), "\(header)")
            }
            #expect(printed.contains("0 min in 0 sessions"))
        }
    }

    @Test("the trainer edition lists validation warnings; the handout leaves them out")
    func warnings() throws {
        var module = PrintingFixtures.module()
        module.sessions[1].outcomes = ["LO9"]
        try withFixtureFolder(modules: [module]) { folder in
            let trainer = try PrintingFixtures.print("printing-sample", folder.store, PrintingFixtures.options(.text, .trainer))
            let section = try #require(trainer.components(separatedBy: "Validation warnings\n-------------------\n\n").last)
            let findings = section.split(separator: "\n").filter { $0.hasPrefix("- Warning: ") }
            #expect(findings.count >= 2)
            #expect(section.contains("/sessions/1/outcomes/0"))
            #expect(section.contains("LO9"))
            #expect(trainer.contains("- Outcomes: LO9 (unknown outcome)"))
            let handout = try PrintingFixtures.print("printing-sample", folder.store, PrintingFixtures.options(.text, .handout))
            #expect(!handout.contains("Validation warnings"))
            #expect(!handout.contains("LO9"))
        }
    }

    @Test("a diverged module prints its most recent head and says it is diverged")
    func diverged() throws {
        let id = "border-risk-analysis"
        try withFixtureFolder { folder in
            let base = try #require(try folder.store.requireModule(id).record.head)
            var older = Fixtures.module(id)
            older.title = "Older head"
            var newer = older
            newer.title = "Newer head"
            _ = try folder.store.saveModule(older, base: base, author: Fixtures.author, message: "a", time: Fixtures.time(20))
            let latest = try folder.store.saveModule(newer, base: base, author: Fixtures.reviewer, message: "b", time: Fixtures.time(25))

            let outline = try OutlineBuilder.build(
                OutlineTarget("7/\(id)"), store: folder.store, options: PrintingFixtures.options(.text, .trainer))
            #expect(outline.title == "Newer head")
            #expect(outline.notices == ["07-migration-and-security/\(id) is diverged: 2 heads; \(latest.id) is printed"])
            let text = TextRenderer(width: 80).render(outline)
            #expect(text.hasPrefix("Newer head\n"))
            let unwrapped = text.replacingOccurrences(of: "\n  ", with: " ")
            #expect(unwrapped.contains("\n! Diverged: this module has 2 versions saved from the same base that are not merged yet;"))
            #expect(unwrapped.contains("the most recent one, revision \(latest.id). Merge them with `workbench merge"))
            #expect(text.contains("status: diverged"))
            #expect(text.contains("Revision \(latest.id), saved 2026-11-22 by \(Fixtures.reviewer)"))

            let html = try PrintingFixtures.print(id, folder.store, PrintingFixtures.options(.html))
            #expect(html.contains("<p class=\"notice\"><strong>Diverged:</strong> this module has 2 versions"))
            let topic = try OutlineBuilder.build(OutlineTarget("7"), store: folder.store, options: PrintingFixtures.options())
            #expect(topic.notices.contains { $0.contains("is diverged") })
        }
    }

    @Test("a module that cannot be read: a topic still prints and says so; the module alone is an error")
    func unreadableModule() throws {
        try withFixtureFolder { folder in
            let id = "border-risk-analysis"
            let file = try #require(folder.revisionFiles(id).first)
            let path = folder.revisionsFolder(id) + "/" + file
            try folder.write(try folder.read(path) + utf8("{\"broken\": "), to: path)
            let store = try folder.reopened()

            let topic = try OutlineBuilder.build(OutlineTarget("7"), store: store, options: PrintingFixtures.options())
            #expect(topic.notices.contains { $0.hasPrefix("07-migration-and-security/\(id) cannot be read: ") })
            let text = TextRenderer(width: 80).render(topic)
            #expect(text.contains("1  \(id) (cannot be read)"))
            #expect(text.contains("in 2 modules (1 cannot be read)."))
            let page = try #require(text.components(separatedBy: "\u{0C}").dropFirst().first)
            #expect(page.hasPrefix("\(id)\n"))
            #expect(page.contains("! Cannot be read: 07-migration-and-security/\(id):"))
            #expect(page.hasSuffix(". See `workbench validate`.\n"))
            // The file's path is never broken over two lines.
            #expect(page.contains("\(id)/revisions/\(file)"))

            let error = expectStoreError(.invalid) { try PrintingFixtures.print("7/\(id)", store, PrintingFixtures.options()) }
            #expect(error?.message.hasPrefix("the module 07-migration-and-security/\(id) cannot be read: ") == true)
        }
    }
}
