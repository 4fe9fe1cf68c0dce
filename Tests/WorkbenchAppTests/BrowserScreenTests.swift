import CurriculumKit
import TerminalKit
import Testing

@testable import WorkbenchApp

@Suite("Browser")
struct BrowserScreenTests {
    @Test("the shipped folder at 100×30: header, three panes, topic rows, footer hints")
    func shippedFolderWide() throws {
        let app = try makeShippedApp()
        let buffer = app.render()
        let lines = buffer.lines
        #expect(lines.count == 30)
        #expect(lines[0] == "  Curriculum Workbench · Curricula                                      Ana Petrović · open folder  ")
        #expect(lines[1] == "┏ Topics ━━━━━━━━━━━━━━━━━━━━━━┓┌ Topic 1 · no modules yet ──┐┌ Preview ───────────────────────────┐")
        #expect(lines[2] == "┃ 1 Global and Regional M…    –┃│ No modules in this topic   ││ Global and Regional Migration      │")
        #expect(lines[3] == "┃ 2 Human Rights and Migr…    –┃│ yet.                       ││ Governance                         │")
        #expect(lines[8] == "┃ 7 Migration and Security   1 ┃│                            ││      migration governance and to   │")
        #expect(lines[15] == "┃14 Crisis Management and…   1 ┃│                            ││ identified in the November 2024    │")
        #expect(lines[17] == "┃16 Children and Youth in…    –┃│                            ││ MIRCO project. The topic           │")
        #expect(lines[18] == "┃                              ┃│                            ││ introduces the international and   │")
        #expect(lines[28] == "┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛└────────────────────────────┘└────────────────────────────────────┘")
        #expect(lines[29] == "  Tab pane  Enter open  / search  e edit  n new  ? help  q quit                         topic 1/16  ")
        expectRowsFit(buffer)
        expectBorders(buffer, at: [0, 31, 32, 61, 62, 99])
        // The selected topic is reverse video across the focused pane; the next row is not.
        #expect(buffer.row(2, from: 1, width: 30, has: .reverse))
        #expect(!buffer.row(3, from: 1, width: 30, has: .reverse))
    }

    @Test("the shipped folder at 60×16: the focused pane and the next")
    func shippedFolderNarrow() throws {
        let app = try makeShippedApp(width: 60, height: 16)
        let buffer = app.render()
        let lines = buffer.lines
        #expect(lines.count == 16)
        #expect(lines[0] == "  Curriculum Workbench · Curri… Ana Petrović · open folder  ")
        #expect(lines[1] == "┏ Topics ━━━━━━━━━━━━━━━━━┓┌ Topic 1 · no modules yet ─────┐")
        #expect(lines[2] == "┃ 1 Global and Regio…    –┃│ No modules in this topic yet. │")
        #expect(lines[8] == "┃ 7 Migration and Se…   1 ┃│                               │")
        #expect(lines[13] == "┃12 Border Security …    –┃│                               │")
        #expect(lines[14] == "┗━━━━━━━━━━━━━━━━━━━━━━━━━┛└───────────────────────────────┘")
        #expect(lines[15].hasPrefix("  Tab pane  Enter open  ? help  q quit "), "help and quit stay when the hints are cut")
        #expect(lines[15].hasSuffix(" topic 1/16  "))
        expectRowsFit(buffer)
        expectBorders(buffer, at: [0, 26, 27, 59])
    }

    @Test("j fourteen times and G k both reach topic 15 and show its module")
    func movingToTopic15() throws {
        var byLines = try makeShippedApp()
        byLines.press(Array(repeating: .character("j"), count: 14))
        var byEnd = try makeShippedApp()
        byEnd.press(.character("G"))
        #expect(byEnd.screen[29].hasSuffix(" topic 16/16  "))
        byEnd.press(.character("k"))
        #expect(byLines.screen == byEnd.screen)

        let buffer = byLines.render()
        let lines = buffer.lines
        #expect(lines[1] == "┏ Topics ━━━━━━━━━━━━━━━━━━━━━━┓┌ Topic 15 · 1 draft ────────┐┌ Preview ───────────────────────────┐")
        #expect(lines[2] == "┃ 1 Global and Regional M…    –┃│ Local Action Plans … draft ││ Local Action Plans for Improving   │")
        #expect(lines[3] == "┃ 2 Human Rights and Migr…    –┃│   360 min · MIRCO curricu… ││ the Position of Different          │")
        #expect(lines[4] == "┃ 3 Prevention of Torture…    –┃│                            ││ Categories of Migrants             │")
        #expect(lines[5] == "┃ 4 Smuggling of Human Be…    –┃│                            ││ draft · 360 min · MIRCO curriculum │")
        #expect(lines[6] == "┃ 5 Preventing and Combat…    –┃│                            ││ working group · 2026-11-23         │")
        #expect(lines[16] == "┃15 Local Migration Gover…   1 ┃│                            ││                                    │")
        #expect(lines[17] == "┃16 Children and Youth in…    –┃│                            ││ Outcomes                           │")
        #expect(lines[18] == "┃                              ┃│                            ││ LO1 Describe the categories of     │")
        #expect(lines[29] == "  Tab pane  Enter open  / search  e edit  n new  ? help  q quit                        topic 15/16  ")
        #expect(buffer.row(16, from: 1, width: 30, has: .reverse))
        #expect(!buffer.row(2, from: 1, width: 30, has: .reverse))
        // The module pane is not focused: its selection is bold and underlined, not reversed.
        #expect(buffer.row(2, from: 33, width: 28, has: [.bold, .underline]))
        #expect(!buffer.row(2, from: 33, width: 28, has: .reverse))
    }

    @Test("Tab moves the focus to the modules, then to the preview, which scrolls with j")
    func tabBetweenPanes() throws {
        var app = try makeShippedApp()
        app.press(.character("G"), .character("k"), .tab)
        var buffer = app.render()
        #expect(buffer.lines[1] == "┌ Topics ──────────────────────┐┏ Topic 15 · 1 draft ━━━━━━━━┓┌ Preview ───────────────────────────┐")
        #expect(buffer.lines[2] == "│ 1 Global and Regional M…    –│┃ Local Action Plans … draft ┃│ Local Action Plans for Improving   │")
        #expect(buffer.row(2, from: 33, width: 28, has: .reverse))
        #expect(buffer.row(3, from: 33, width: 28, has: .reverse))
        // The unfocused topic selection stays visible without colour.
        #expect(buffer.row(16, from: 1, width: 30, has: [.bold, .underline]))

        app.press(.tab)
        buffer = app.render()
        let lines = buffer.lines
        #expect(lines[1] == "┌ Topics ──────────────────────┐┌ Topic 15 · 1 draft ────────┐┏ Preview ━━━━━━━━━━━━━━━━━━━━━━━━━━━┓")
        #expect(lines[2] == "│ 1 Global and Regional M…    –││ Local Action Plans … draft │┃ Local Action Plans for Improving   ┃")
        #expect(lines[8] == "│ 7 Migration and Security   1 ││                            │┃ en · face-to-face · 360 min · EQF  ┃")
        #expect(lines[10] == "│ 9 Migration and Gender      –││                            │┃ Aim: Enable members of local       ┃")
        #expect(lines[11] == "│10 Legal Migration Pathw…    –││                            │┃      Migration Councils to draft   ┃")
        #expect(lines[17] == "│16 Children and Youth in…    –││                            │┃ Outcomes                           ┃")
        #expect(lines[27] == "│                              ││                            │┃ LO3 Draft measures, indicators and ┃")
        expectBorders(buffer, at: [0, 31, 32, 61, 62, 99])

        app.press(.character("j"))
        #expect(app.screen[2] == "│ 1 Global and Regional M…    –││ Local Action Plans … draft │┃ the Position of Different          ┃")
        app.press(.character("k"))
        #expect(app.screen == lines)

        app.press(.backTab, .backTab)
        #expect(app.screen[1] == "┏ Topics ━━━━━━━━━━━━━━━━━━━━━━┓┌ Topic 15 · 1 draft ────────┐┌ Preview ───────────────────────────┐")
    }

    @Test("at 60×16 Tab shows the modules and the preview side by side, h goes back")
    func tabNarrow() throws {
        var app = try makeShippedApp(width: 60, height: 16)
        app.press(.character("G"), .character("k"))
        #expect(app.screen[2] == "┃ 5 Preventing and C…    –┃│ Local Action Plans for… draft │")
        #expect(app.screen[12] == "┃15 Local Migration …   1 ┃│                               │")
        app.press(.tab)
        let buffer = app.render()
        let lines = buffer.lines
        #expect(lines[1] == "┏ Topic 15 · 1 draft ━━━━━┓┌ Preview ──────────────────────┐")
        #expect(lines[2] == "┃ Local Action Pla… draft ┃│ Local Action Plans for        │")
        #expect(lines[3] == "┃   360 min · MIRCO curr… ┃│ Improving the Position of     │")
        #expect(lines[9] == "┃                         ┃│                               │")
        #expect(lines[14] == "┗━━━━━━━━━━━━━━━━━━━━━━━━━┛└───────────────────────────────┘")
        expectRowsFit(buffer)
        expectBorders(buffer, at: [0, 26, 27, 59])
        app.press(.tab)
        #expect(app.screen[1] == "┌ Topic 15 · 1 draft ─────┐┏ Preview ━━━━━━━━━━━━━━━━━━━━━━┓")
        app.press(.character("h"), .character("h"))
        #expect(app.screen[1] == "┏ Topics ━━━━━━━━━━━━━━━━━┓┌ Topic 15 · 1 draft ───────────┐")
    }

    @Test("Tab goes round the panes back to the topics; Shift-Tab goes round the other way")
    func tabGoesRound() throws {
        var app = try makeShippedApp()
        app.press(.character("G"), .character("k"))
        app.press(.tab)
        #expect(app.state.focus == .modules)
        app.press(.tab)
        #expect(app.state.focus == .preview)
        app.press(.tab)
        #expect(app.state.focus == .topics)
        app.press(.backTab)
        #expect(app.state.focus == .preview)
        app.press(.backTab, .backTab)
        #expect(app.state.focus == .topics)
        // The arrows and h/l stop at the edges.
        app.press(.character("l"), .character("l"), .character("l"))
        #expect(app.state.focus == .preview)
        app.press(.left, .left, .left)
        #expect(app.state.focus == .topics)
    }

    @Test("an empty topic says so in the modules pane, and Tab stays on the topics")
    func emptyTopic() throws {
        for (width, height) in [(100, 30), (60, 16)] {
            var app = try makeShippedApp(width: width, height: height)
            let moduleText = moduleTexts(app.render(), width: width)
            #expect(moduleText == "No modules in this topic yet.", "\(width)×\(height):\(dump(app.screen))")
            app.press(.tab)
            #expect(app.state.focus == .topics)
            #expect(app.screen.last == " This topic has no modules yet." + String(repeating: " ", count: width - 31))
            app.press(.character("j"))
            #expect(app.screen.last?.hasPrefix("  Tab pane") == true, "a key press clears the message")
        }
    }

    @Test("a module with no sessions: the preview says \"No sessions yet.\"")
    func moduleWithoutSessions() throws {
        let folder = try TemporaryFolder()
        try folder.create(Module(id: "no-sessions-yet", topic: "16-children-and-youth-in-migration", title: "Child-friendly procedures"))
        var app = makeApp(try folder.open())
        app.press(.character("G"), .tab)
        let lines = app.screen
        #expect(lines[1] == "┌ Topics ──────────────────────┐┏ Topic 16 · 1 draft ━━━━━━━━┓┌ Preview ───────────────────────────┐")
        #expect(lines[2] == "│ 1 Global and Regional M…    –│┃ Child-friendly proc… draft ┃│ Child-friendly procedures          │")
        #expect(lines[3] == "│ 2 Human Rights and Migr…    –│┃   0 min · Test Author · 2… ┃│ draft · 0 min · Test Author ·      │")
        #expect(lines[4] == "│ 3 Prevention of Torture…    –│┃                            ┃│ 2026-11-24                         │")
        #expect(lines[6] == "│ 5 Preventing and Combat…    –│┃                            ┃│ en · face-to-face · 0 min          │")
        #expect(lines[8] == "│ 7 Migration and Security   1 │┃                            ┃│ Session plan                       │")
        #expect(lines[9] == "│ 8 Migration and Develop…    –│┃                            ┃│ No sessions yet.                   │")
        #expect(lines[10] == "│ 9 Migration and Gender      –│┃                            ┃│                                    │")
    }

    @Test("Ctrl-L asks for a full redraw on every screen, q quits")
    func redrawAndQuit() throws {
        var app = try makeShippedApp()
        #expect(app.press(.control("l")) == [.redrawAll])
        #expect(app.press(.character("G"), .character("k"), .tab, .enter) == [])
        #expect(app.state.screen == .reader)
        #expect(app.press(.control("l")) == [.redrawAll])
        #expect(app.press(.character("?")) == [])
        #expect(app.press(.control("l")) == [.redrawAll], "Ctrl-L with the help open")
        #expect(app.press(.escape, .character("/")) == [])
        #expect(app.press(.control("l")) == [.redrawAll], "Ctrl-L in the search box")
        #expect(app.press(.character("q")) == [], "q is typed into the search box")
        #expect(app.state.search.field.text == "q")
        #expect(app.press(.escape, .escape, .character("!")) == [])
        #expect(app.state.screen == .problems)
        #expect(app.press(.control("l")) == [.redrawAll])
        #expect(app.press(.character("q")) == [.quit])

        var browser = try makeShippedApp()
        #expect(browser.press(.character("q")) == [.quit])
        var reader = try makeShippedApp()
        reader.press(.character("G"), .character("k"), .enter, .enter)
        #expect(reader.state.screen == .reader)
        #expect(reader.press(.character("q")) == [.quit])
        var help = try makeShippedApp()
        help.press(.character("?"))
        #expect(help.press(.character("q")) == [.quit])
    }

    @Test("a resize event alone changes nothing; resize(width:height:) lays out again")
    func resizeRelayout() throws {
        var app = try makeShippedApp()
        app.press(.character("G"), .character("k"))
        let wide = app.screen
        #expect(app.press(.resize) == [])
        #expect(app.screen == wide)
        app.resize(width: 60, height: 16)
        #expect(app.screen[13] == "┃15 Local Migration …   1 ┃│                               │", "the selection stays visible:\(dump(app.screen))")
        app.resize(width: 100, height: 30)
        #expect(app.screen == wide)
    }
}

/// The text of the modules pane's rows, joined by spaces, at `width` (for wrapped messages).
private func moduleTexts(_ buffer: Buffer, width: Int) -> String {
    let (x, paneWidth) = width >= 90 ? (32, 30) : (27, 33)
    return (2..<(buffer.height - 2)).map { buffer.text(row: $0, from: x + 2, width: paneWidth - 4) }
        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
}
