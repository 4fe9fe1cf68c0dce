import Foundation
import Testing

@testable import CurriculumKit

/// A topic prints its aim, contents and modules in teaching order; `all` prints every topic.
@Suite("Printing: topic and catalog targets")
struct TopicAndCatalogOutlineTests {
    @Test("a topic: aim and description, a table of contents with totals, then each module on its own page")
    func topicTarget() throws {
        let store = try PrintingFixtures.shippedStore()
        let topic = try #require(store.topic(named: "15"))
        let text = try PrintingFixtures.print("15", store, PrintingFixtures.options())
        let pages = text.components(separatedBy: "\u{0C}")
        #expect(pages.count == 1 + topic.modules.count)
        let lines = printedLines(pages[0])
        #expect(lines.first == "Topic 15: Local Migration Governance and Action Planning")
        #expect(lines[1] == String(repeating: "=", count: lines[0].count))
        #expect(lines.contains("Handout · 1 module · 6 h (360 min) of teaching"))
        let aim = try #require(lines.firstIndex(of: "Aim"))
        let description = try #require(lines.firstIndex(of: "Description"))
        let contents = try #require(lines.firstIndex(of: "Contents"))
        #expect(aim < description && description < contents)
        #expect(lines[contents + 3].hasPrefix("#  Module  "))
        #expect(lines[contents + 3].hasSuffix("  Sessions  Time"))
        #expect(lines[contents + 5].hasPrefix("1  Local Action Plans for Improving the Position"))
        #expect(lines[contents + 5].hasSuffix("4   6 h"))
        #expect(lines.contains("Total: 6 h (360 min) of teaching in 1 module."))
        #expect(pages[1].hasPrefix("Local Action Plans for Improving the Position of Different Categories of\nMigrants\n"))
    }

    @Test("a topic is found by number, zero-padded number or id, with the same output")
    func topicNames() throws {
        let store = try PrintingFixtures.shippedStore()
        let byNumber = try PrintingFixtures.print("15", store, PrintingFixtures.options())
        #expect(try PrintingFixtures.print("015", store, PrintingFixtures.options()) == byNumber)
        #expect(try PrintingFixtures.print("15-local-migration-governance", store, PrintingFixtures.options()) == byNumber)
    }

    @Test("a topic without modules says so and prints no empty table")
    func emptyTopic() throws {
        let store = try PrintingFixtures.shippedStore()
        let text = try PrintingFixtures.print("1", store, PrintingFixtures.options())
        #expect(formFeeds(text) == 0)
        #expect(text.contains("Handout · no modules yet\n"))
        #expect(text.contains("Contents\n--------\n\nNo modules yet.\n"))
        #expect(!text.contains("Total:"))
    }

    @Test("all: the contents of 16 topics in catalog order, then every topic and module, one page each")
    func allTarget() throws {
        let store = try PrintingFixtures.shippedStore()
        let text = try PrintingFixtures.print("all", store, PrintingFixtures.options())
        let moduleCount = store.allModules.count
        #expect(store.topics.count == 16)
        #expect(formFeeds(text) == 16 + moduleCount)
        let pages = text.components(separatedBy: "\u{0C}")
        #expect(pages[0].hasPrefix("MIRCO Regional Migration Management Training Curricula\n"))

        // The contents table: one row per topic, numbered 1 to 16 in order.
        let contents = printedLines(pages[0])
        let rule = try #require(contents.firstIndex { $0.hasPrefix("--  ---") })
        let numbers = contents[(rule + 1)...].prefix { !$0.isEmpty }.compactMap { Int($0.prefix(2).trimmingWhitespace()) }
        #expect(numbers == Array(1...16))
        let minutes = store.allModules.reduce(0) { $0 + ($1.module?.totalMinutes ?? 0) }
        let total = "Total: \(OutlineLabels.durationWithMinutes(minutes)) of teaching in \(moduleCount) modules and 16 topics."
        #expect(contents.contains(total))
        #expect(contents.contains { $0.hasPrefix(" 1  Global and Regional Migration Governance") && $0.hasSuffix("0           -") })

        // Topic pages in catalog order, each followed by its own modules.
        let topicPages = pages.filter { $0.hasPrefix("Topic ") }
        #expect(topicPages.count == 16)
        for (index, page) in topicPages.enumerated() {
            #expect(page.hasPrefix("Topic \(index + 1): "))
        }
        var expectedTitles: [String] = []
        for topic in store.topics {
            expectedTitles.append(OutlineLabels.topicHeading(topic))
            expectedTitles += topic.modules.compactMap { $0.module?.title }
        }
        let pageTitles = pages.dropFirst().map { page in
            // A title may wrap: its lines run up to the underline.
            printedLines(page).prefix { !$0.hasPrefix("===") }.joined(separator: " ")
        }
        #expect(pageTitles == expectedTitles)
    }

    @Test("all in HTML: one section per page, each after the first starting a new sheet")
    func allInHTML() throws {
        let store = try PrintingFixtures.shippedStore()
        let html = try PrintingFixtures.print("all", store, PrintingFixtures.options(.html))
        let sections = html.components(separatedBy: "<section class=\"page ").count - 1
        #expect(sections == 1 + 16 + store.allModules.count)
        #expect(html.contains("section.page { break-before: page; page-break-before: always; }"))
        #expect(html.contains("<section class=\"page catalog\" id=\"catalog\" lang=\"en\">"))
        #expect(html.contains("<section class=\"page module\" id=\"module-readmisija-i-reintegracija-povratnika\" lang=\"sr-Cyrl\">"))
    }

    @Test("all in Markdown: pages separated by thematic breaks, the contents as a pipe table")
    func allInMarkdown() throws {
        let store = try PrintingFixtures.shippedStore()
        let markdown = try PrintingFixtures.print("all", store, PrintingFixtures.options(.markdown))
        #expect(markdown.components(separatedBy: "\n---\n\n").count == 1 + 16 + store.allModules.count)
        #expect(markdown.contains("| # | Topic | Modules | Time |\n| --: | --- | --: | --: |\n| 1 | Global and Regional Migration Governance | 0 | - |"))
    }

    @Test("an unknown target is an error that says what can be printed")
    func unknownTargets() throws {
        let store = try PrintingFixtures.shippedStore()
        for target in ["nope", "99", "15/nope"] {
            let error = expectStoreError(.notFound) { try PrintingFixtures.print(target, store, PrintingFixtures.options()) }
            #expect(error?.message.contains("nope") == true || error?.message.contains("99") == true)
        }
    }
}
