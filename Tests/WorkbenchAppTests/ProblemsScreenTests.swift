import CurriculumKit
import Foundation
import TerminalKit
import Testing

@testable import WorkbenchApp

/// A copy of the shipped folder whose example module's only revision holds garbage.
private func makeBrokenFolder() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    let file = try folder.revisions("topics/\(exampleTopic)/modules/\(exampleModule)")[0]
    try folder.overwrite(file, with: "{ this is not json")
    return folder
}

@Suite("Problems")
struct ProblemsScreenTests {
    @Test("a broken revision file: the header counts it and the footer says how to see it")
    func header() throws {
        let folder = try makeBrokenFolder()
        let store = try folder.open()
        var app = makeApp(store)
        var lines = app.screen
        #expect(lines[0] == "  Curriculum Workbench · Curricula  ⚠ 1 problem (!)                     Ana Petrović · open folder  ")
        #expect(lines[1] == "┏ Topics ━━━━━━━━━━━━━━━━━━━━━━┓┌ Topic 1 · no modules yet ──┐┌ Preview ───────────────────────────┐")
        #expect(lines[29] == " 1 file could not be loaded: press ! to see which" + String(repeating: " ", count: 51))
        app.press(.character("j"))
        #expect(app.screen[0] == lines[0], "the count stays in the header")
        #expect(app.screen[29].hasPrefix("  Tab pane  Enter open"), "the message goes with the next key")

        var narrow = makeApp(store, width: 60, height: 16)
        lines = narrow.screen
        #expect(lines[0].contains("⚠ 1 problem (!)"), "the count shows at the smallest size too:\(dump(lines))")
        #expect(lines[0] == "  Curricula  ⚠ 1 problem (!)    Ana Petrović · open folder  ")
        narrow.press(.character("j"))
        #expect(narrow.screen[0] == lines[0])
    }

    @Test("! lists the broken file and its error; Esc goes back")
    func problemsView() throws {
        let folder = try makeBrokenFolder()
        var app = makeApp(try folder.open())
        let browser = app.screen.dropLast()
        app.press(.character("!"))
        #expect(app.state.screen == .problems)
        let buffer = app.render()
        let lines = buffer.lines
        #expect(lines[1] == "┏ Problems · 1 " + String(repeating: "━", count: 84) + "┓")
        #expect(lines[2].hasPrefix("┃ error …-local-migration-governance/modules/local-action-plans/revisions/000001-"), "the file name stays in view")
        #expect(lines[2].hasSuffix(".json ┃"))
        #expect(lines[3] == "┃   not valid JSON: expected a quoted key, found 't' at line 1, column 3                           ┃")
        #expect(lines[4] == "┃" + String(repeating: " ", count: 98) + "┃")
        #expect(lines[28] == "┗" + String(repeating: "━", count: 98) + "┛")
        #expect(lines[29] == "  Esc back  ? help  q quit" + String(repeating: " ", count: 74))
        #expect(buffer.row(2, from: 1, width: 98, has: .reverse), "the problem is selected")
        expectRowsFit(buffer)
        app.press(.character("j"), .character("G"), .character("k"))
        #expect(app.render().lines == lines, "one problem: moving changes nothing")
        app.press(.escape)
        #expect(app.state.screen == .browser)
        #expect(Array(app.screen.dropLast()) == Array(browser))
        app.press(.character("!"), .character("!"))
        #expect(app.state.screen == .browser, "! toggles")

        var narrow = makeApp(try folder.open(), width: 60, height: 16)
        narrow.press(.character("!"))
        #expect(narrow.screen[1] == "┏ Problems · 1 " + String(repeating: "━", count: 44) + "┓")
        #expect(narrow.screen[2].hasPrefix("┃ error …l-action-plans/revisions/000001-"))
        #expect(narrow.screen[2].hasSuffix(".json ┃"))
        #expect(narrow.screen[3] == "┃   not valid JSON: expected a quoted key, found 't' at l… ┃")
    }

    @Test("the rest of the folder stays browsable; the broken module says why it cannot open")
    func restBrowsable() throws {
        let folder = try makeBrokenFolder()
        var app = makeApp(try folder.open())
        app.press(.character("G"), .character("k"), .tab)
        var lines = app.screen
        #expect(lines[1] == "┌ Topics ──────────────────────┐┏ Topic 15 · 1 unreadable ━━━┓┌ Preview ───────────────────────────┐")
        #expect(lines[2] == "│ 1 Global and Regional M…    –│┃ local-action-p… unreadable ┃│ local-action-plans cannot be read  │")
        #expect(lines[3] == "│ 2 Human Rights and Migr…    –│┃                            ┃│ topics/15-local-migration-governan │")
        app.press(.enter)
        #expect(app.state.screen == .browser)
        #expect(app.state.message?.text.hasPrefix("This module cannot be read: topics/15-local-migration-governance/modules/local-action-plans/revisi") == true)
        #expect(app.screen[29].hasPrefix(" : not valid JSON"), "a long message goes on over the rows above the footer")

        // Topic 13's module opens as usual.
        app.press(.character("h"), .character("k"), .character("k"), .tab, .enter)
        #expect(app.state.screen == .reader)
        lines = app.screen
        #expect(lines[0] == "  Curriculum Workbench · Curricula  ⚠ 1 problem (!)                     Ana Petrović · open folder  ")
        #expect(lines[1].hasPrefix(" Реадмисија и реинтеграција повратника  draft  rev 1 · "))
        #expect(lines[2] == " ▾ Overview                                                                                        █")
        // Search skips the unreadable module and finds the others.
        app.press(.character("/"))
        app.type("figures")
        #expect(app.render().text(row: 3, from: 10, width: 80) == "│ No module matches.                                                           │")
    }

    @Test("the broken module is listed as unreadable, not as a draft")
    func unreadableBadge() throws {
        let folder = try makeBrokenFolder()
        var app = makeApp(try folder.open())
        app.press(.character("G"), .character("k"))
        let lines = app.screen
        #expect(lines[1].contains("┓┌ Topic 15 · 1 unreadable ───┐┌"), "\(dump(lines))")
        #expect(lines[2].contains("│ local-action-p… unreadable │"), "\(dump(lines))")
    }

    @Test("a clean folder: no count in the header, the problems view says all loaded")
    func clean() throws {
        var app = try makeShippedApp()
        #expect(!app.screen[0].contains("⚠"))
        app.press(.character("!"))
        #expect(app.screen[1] == "┏ Problems · 0 " + String(repeating: "━", count: 84) + "┓")
        #expect(app.screen[2] == "┃ Every file of the folder loaded without errors.                                                  ┃")
    }
}
