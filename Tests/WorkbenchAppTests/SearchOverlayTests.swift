import CurriculumKit
import TerminalKit
import Testing

@testable import WorkbenchApp

/// The part of a 100-column screen that the search box covers (columns 10–89).
private func box(_ buffer: Buffer, _ y: Int) -> String {
    buffer.text(row: y, from: 10, width: 80)
}

@Suite("Search")
struct SearchOverlayTests {
    @Test("/ opens an empty search box over the browser")
    func opens() throws {
        var app = try makeShippedApp()
        app.press(.character("/"))
        let buffer = app.render()
        #expect(box(buffer, 1) == "╭ Search every module ─────────────────────────────────────────────────────────╮")
        #expect(box(buffer, 2) == "│ / words to find in every module                                              │")
        #expect(box(buffer, 3) == "│ Type words; capitals and accents do not matter.                              │")
        #expect(box(buffer, 4) == "│                                                                              │")
        #expect(box(buffer, 28) == "╰──────────────────────────────────────────────────────────────────────────────╯")
        #expect(buffer.lines[1].hasPrefix("┏ Topics ━"), "the browser stays visible beside the box")
        #expect(buffer.lines[29] == "  Enter open  Esc close  F1 help                                                        topic 1/16  ")
        expectRowsFit(buffer)
    }

    @Test("the results follow every keystroke of a word from the trainer notes")
    func incremental() throws {
        var app = try makeShippedApp()
        app.press(.character("/"))
        let index = SearchIndex(store: app.state.store)
        var counts: [Int] = []
        for prefix in ["f", "fi", "fig", "figu", "figur", "figure", "figures"] {
            app.type(String(prefix.last!))
            let buffer = app.render()
            let expected = index.search(prefix)
            counts.append(expected.count)
            #expect(box(buffer, 2) == "│ / \(prefix)".padding(toLength: 79, withPad: " ", startingAt: 0) + "│")
            let countLine = "\(expected.count) module\(expected.count == 1 ? "" : "s")"
            #expect(box(buffer, 3) == "│ \(countLine)".padding(toLength: 79, withPad: " ", startingAt: 0) + "│", "after \"\(prefix)\"")
            // The first result is listed (and selected) under the count.
            let number = app.state.store.topic(named: expected[0].topic)?.topic?.number ?? 0
            #expect(box(buffer, 4).hasPrefix("│ " + String(number).leftPadded(2) + " " + expected[0].title.prefix(40)))
            #expect(buffer.row(4, from: 12, width: 76, has: .reverse))
        }
        #expect(counts.first! > counts.last!, "typing narrows the results: \(counts)")
        let buffer = app.render()
        #expect(box(buffer, 3) == "│ 1 module                                                                     │")
        #expect(box(buffer, 4) == "│ 15 Local Action Plans for Improving the Position of Different Categories of… │")
        #expect(box(buffer, 5) == "│    trainer notes S1: …municipality's own population figures; ask participan… │")
        #expect(box(buffer, 6) == "│                                                                              │")

        // Backspace widens the search again.
        app.press(.backspace, .backspace, .backspace, .backspace)
        #expect(box(app.render(), 2) == "│ / fig                                                                        │")
        app.press(.backspace)
        #expect(box(app.render(), 3) == "│ \(counts[1]) modules".padding(toLength: 79, withPad: " ", startingAt: 0) + "│")
    }

    @Test("Enter opens the module at the section that matched")
    func enterOpens() throws {
        var app = try makeShippedApp()
        app.press(.character("/"))
        app.type("figures")
        #expect(app.press(.enter) == [])
        #expect(app.state.overlay == nil)
        #expect(app.state.screen == .reader)
        let lines = app.screen
        #expect(lines[1] == " Local Action Plans for Improving the Position of Different Categories of Migrants  draft  rev 1    ")
        #expect(lines[2] == " ▾ Sessions  4 · 360 min                                                                           │")
        #expect(lines[7] == "       Trainer notes: Open with the municipality's own population figures; ask participants which  │")
        #expect(lines[29] == " Result 1 of 1 for \"figures\": trainer notes S1 — n next, N previous                                 ")
        // Back in the browser, the module is selected.
        app.press(.escape)
        #expect(app.screen[1] == "┌ Topics ──────────────────────┐┏ Topic 15 · 1 draft ━━━━━━━━┓┌ Preview ───────────────────────────┐")
        #expect(app.screen[29].hasSuffix(" topic 15/16  "))
    }

    @Test("n and N go to the next and previous result afterwards, wrapping around")
    func nextAndPrevious() throws {
        var app = try makeShippedApp()
        app.press(.character("/"))
        app.type("migration")
        #expect(box(app.render(), 3) == "│ 3 modules                                                                    │")
        #expect(box(app.render(), 4) == "│  7 Risk Analysis for Border and Migration Security                           │")
        #expect(box(app.render(), 6) == "│ 15 Local Action Plans for Improving the Position of Different Categories of… │")
        #expect(box(app.render(), 8) == "│ 14 Crisis Decision-Making during Sudden Mass Arrivals                        │")
        app.press(.enter)
        var lines = app.screen
        #expect(lines[1] == " Risk Analysis for Border and Migration Security  draft  rev 1 · 2026-11-23                         ")
        #expect(lines[29] == " Result 1 of 3 for \"migration\": title — n next, N previous                                          ")
        app.press(.character("n"))
        lines = app.screen
        #expect(lines[1] == " Local Action Plans for Improving the Position of Different Categories of Migrants  draft  rev 1    ")
        #expect(lines[29] == " Result 2 of 3 for \"migration\": aim — n next, N previous                                            ")
        app.press(.character("n"))
        #expect(app.screen[1] == " Crisis Decision-Making during Sudden Mass Arrivals  draft  rev 1 · 2026-11-23                      ")
        #expect(app.screen[29] == " Result 3 of 3 for \"migration\": target group — n next, N previous                                   ")
        app.press(.character("n"))
        #expect(app.screen[29] == " Result 1 of 3 for \"migration\": title — n next, N previous                                          ")
        app.press(.character("N"))
        #expect(app.screen[1] == " Crisis Decision-Making during Sudden Mass Arrivals  draft  rev 1 · 2026-11-23                      ")
        app.press(.character("N"))
        #expect(app.screen[29] == " Result 2 of 3 for \"migration\": aim — n next, N previous                                            ")

        // F3 goes on from the browser too (n there makes a new module).
        app.press(.escape)
        #expect(app.state.screen == .browser)
        app.press(.function(3))
        #expect(app.state.screen == .reader)
        #expect(app.screen[29] == " Result 3 of 3 for \"migration\": target group — n next, N previous                                   ")
    }

    @Test("↓ and ↑ move the selection in the results; Enter opens the selected one")
    func selectResult() throws {
        var app = try makeShippedApp()
        app.press(.character("/"))
        app.type("migration")
        app.press(.down)
        var buffer = app.render()
        #expect(!buffer.row(4, from: 12, width: 76, has: .reverse))
        #expect(buffer.row(6, from: 12, width: 76, has: .reverse))
        #expect(buffer.row(7, from: 12, width: 76, has: .reverse))
        app.press(.down, .down)
        buffer = app.render()
        #expect(buffer.row(8, from: 12, width: 76, has: .reverse), "the last result stays selected at the end")
        app.press(.up)
        #expect(app.render().row(6, from: 12, width: 76, has: .reverse))
        app.press(.down)
        app.press(.enter)
        #expect(app.screen[29] == " Result 3 of 3 for \"migration\": target group — n next, N previous                                   ")
    }

    @Test("Esc closes the search box and leaves the screen as it was")
    func escCloses() throws {
        var app = try makeShippedApp()
        app.press(.character("G"), .character("k"))
        let before = app.screen
        app.press(.character("/"))
        app.type("figures")
        app.press(.escape)
        #expect(app.state.overlay == nil)
        #expect(app.screen == before)
    }

    @Test("no match: the box says so, and Enter explains it in the footer")
    func noMatch() throws {
        var app = try makeShippedApp()
        app.press(.character("/"))
        app.type("zzzqx")
        #expect(box(app.render(), 3) == "│ No module matches.                                                           │")
        app.press(.enter)
        #expect(app.state.overlay == nil)
        #expect(app.screen[29] == " No module matches \"zzzqx\"." + String(repeating: " ", count: 73))
        var fresh = try makeShippedApp()
        fresh.press(.function(3))
        #expect(fresh.screen[29] == " No search yet: press / to search." + String(repeating: " ", count: 66))
    }

    @Test("search works from the reader, and F1 shows the search keys, then returns to the box")
    func fromReaderAndHelp() throws {
        var app = try makeShippedApp()
        app.press(.character("G"), .character("k"), .tab, .enter, .character("/"))
        #expect(app.state.overlay == .search)
        app.type("diáspora")
        #expect(box(app.render(), 3) == "│ 1 module                                                                     │", "accents do not matter")
        app.press(.function(1))
        let help = app.render()
        #expect(help.lines[1].contains("╭ Keys: Search (Esc closes) "))
        app.press(.escape)
        #expect(app.state.overlay == .search)
        #expect(box(app.render(), 2) == "│ / diáspora                                                                   │")
    }

    @Test("the search box at 60×16")
    func narrow() throws {
        var app = try makeShippedApp(width: 60, height: 16)
        app.press(.character("/"))
        app.type("figures")
        let buffer = app.render()
        let lines = buffer.lines
        #expect(buffer.text(row: 1, from: 2, width: 56) == "╭ Search every module ─────────────────────────────────╮")
        #expect(buffer.text(row: 2, from: 2, width: 56) == "│ / figures                                            │")
        #expect(buffer.text(row: 3, from: 2, width: 56) == "│ 1 module                                             │")
        #expect(buffer.text(row: 4, from: 2, width: 56) == "│ 15 Local Action Plans for Improving the Position of… │")
        #expect(buffer.text(row: 14, from: 2, width: 56) == "╰──────────────────────────────────────────────────────╯")
        #expect(lines[15].hasPrefix("  Enter open  Esc close  F1 help "))
        expectRowsFit(buffer)
    }
}

extension String {
    /// The text right-aligned in `width` columns (ASCII only).
    fileprivate func leftPadded(_ width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}
