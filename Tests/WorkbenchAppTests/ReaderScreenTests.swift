import CurriculumKit
import TerminalKit
import Testing

@testable import WorkbenchApp

/// An app on the shipped folder with the example module of topic 15 open in the reader.
private func makeReader(width: Int = 100, height: Int = 30) throws -> WorkbenchApp {
    var app = try makeShippedApp(width: width, height: height)
    app.press(.character("G"), .character("k"), .tab, .enter)
    return app
}

private let readerTitle = " Local Action Plans for Improving the Position of Different Categories of Migrants  draft  rev 1    "
private let readerHints = "  Tab section  Enter fold  / search  e edit  Esc back  ? help  q quit                               "

@Suite("Module reader")
struct ReaderScreenTests {
    @Test("Enter on a module opens the reader at the top, Overview selected")
    func opens() throws {
        let app = try makeReader()
        #expect(app.state.screen == .reader)
        let buffer = app.render()
        let lines = buffer.lines
        #expect(lines[0] == "  Curriculum Workbench · Curricula                                      Ana Petrović · open folder  ")
        #expect(lines[1] == readerTitle)
        #expect(lines[2] == " ▾ Overview                                                                                        █")
        #expect(lines[3] == "   en · face-to-face · 360 min · EQF 5                                                             █")
        #expect(lines[4] == "   Aim: Enable members of local Migration Councils to draft or revise a Local Action Plan that     █")
        #expect(lines[5] == "        covers every category of migrant present in their municipality.                            █")
        #expect(lines[15] == "                                                                                                   │")
        #expect(lines[16] == " ▾ Learning outcomes  4                                                                            │")
        #expect(lines[17] == "   LO1 Describe the categories of migrants a municipality must plan for, including economic        │")
        #expect(lines[18] == "       migrants, returnees and the diaspora. (knowledge)                                           │")
        #expect(lines[25] == " ▾ Sessions  4 · 360 min                                                                           │")
        #expect(lines[28] == "       Material: Slides: migration trends in Serbia                                                │")
        #expect(lines[29] == readerHints)
        expectRowsFit(buffer)
        // The selected section heading is reverse video; the others are not.
        #expect(buffer.row(2, from: 1, width: 98, has: .reverse))
        #expect(!buffer.row(16, from: 1, width: 98, has: .reverse))
    }

    @Test("Enter and z fold and unfold the selected section; - folds all, + unfolds all")
    func folding() throws {
        var app = try makeReader()
        let unfolded = app.screen
        app.press(.enter)
        var lines = app.screen
        #expect(lines[2] == " ▸ Overview                                                                                        █")
        #expect(lines[3] == "                                                                                                   █")
        #expect(lines[4] == " ▾ Learning outcomes  4                                                                            █")
        #expect(lines[13] == " ▾ Sessions  4 · 360 min                                                                           █")
        #expect(lines[18] == "       Trainer notes: Open with the municipality's own population figures; ask participants which  │")
        app.press(.character("z"))
        #expect(app.screen == unfolded)

        app.press(.character("-"))
        let buffer = app.render()
        lines = buffer.lines
        let blank = String(repeating: " ", count: 100)
        #expect(lines[1] == readerTitle)
        #expect(lines[2] == " ▸ Overview" + String(repeating: " ", count: 89))
        #expect(lines[3] == blank)
        #expect(lines[4] == " ▸ Learning outcomes  4" + String(repeating: " ", count: 77))
        #expect(lines[6] == " ▸ Sessions  4 · 360 min" + String(repeating: " ", count: 76))
        #expect(lines[8] == " ▸ Assessment  2" + String(repeating: " ", count: 84))
        #expect(lines[10] == " ▸ References  2" + String(repeating: " ", count: 84))
        #expect(lines[12] == " ▸ Keywords and themes" + String(repeating: " ", count: 78))
        #expect(lines[13...28].allSatisfy { $0 == blank }, "everything fits: no scrollbar\(dump(lines))")
        #expect(buffer.row(2, from: 1, width: 98, has: .reverse))

        // Tab moves the selection between folded headings; Enter unfolds only that one.
        app.press(.tab, .tab)
        let moved = app.render()
        #expect(!moved.row(2, from: 1, width: 98, has: .reverse))
        #expect(moved.row(6, from: 1, width: 98, has: .reverse))
        app.press(.enter)
        // The text column (the scrollbar column, if any, is left out).
        lines = app.screen.map { String($0.prefix(99)) }
        #expect(lines[2] == " ▸ Overview" + String(repeating: " ", count: 88))
        #expect(lines[6] == " ▾ Sessions  4 · 360 min" + String(repeating: " ", count: 75))
        #expect(lines[7] == "   S1 The changing migration context: forced migration, emigration and return — 60 min, lecture;   ")
        #expect(lines[24] == " ▸ Assessment  2" + String(repeating: " ", count: 83))
        #expect(lines[26] == " ▸ References  2" + String(repeating: " ", count: 83))

        app.press(.character("+"))
        lines = app.screen
        #expect(lines[2] == " ▾ Sessions  4 · 360 min                                                                           │", "+ keeps the selected section at the top")
        #expect(lines[3] == "   S1 The changing migration context: forced migration, emigration and return — 60 min, lecture;   │")
        app.press(.character("g"))
        #expect(app.screen == unfolded)
    }

    @Test("j, k, Space, b, G and g scroll; the scrollbar follows")
    func scrolling() throws {
        var app = try makeReader()
        let top = app.screen
        app.press(.character("j"), .character("j"))
        var lines = app.screen
        #expect(lines[1] == readerTitle)
        #expect(lines[2] == "   Aim: Enable members of local Migration Councils to draft or revise a Local Action Plan that     │")
        #expect(lines[28] == "       Trainer notes: Open with the municipality's own population figures; ask participants which  │")
        app.press(.character("k"), .character("k"))
        #expect(app.screen == top)

        app.press(.character(" "))
        lines = app.screen
        #expect(lines[2] == "       Material: Slides: migration trends in Serbia                                                │", "a page is the view less one line")
        app.press(.character("b"))
        #expect(app.screen == top)

        app.press(.character("G"))
        let bottom = app.render()
        lines = bottom.lines
        #expect(lines[2] == "                      category they meet most often.                                               │")
        #expect(lines[27] == "   Cross-cutting: fundamental-rights, gender, vulnerability                                        █")
        #expect(lines[28] == "   Keywords: local action plan, migration council, diaspora, returnees, depopulation               █")
        #expect(lines[29] == readerHints)
        app.press(.character("j"))
        #expect(app.screen == lines, "no scrolling past the end")
        app.press(.character("g"))
        #expect(app.screen == top)
    }

    @Test("Esc, h, ← and Backspace go back to the browser with the module selected")
    func back() throws {
        for key in [KeyEvent.escape, .character("h"), .left, .backspace] {
            var app = try makeReader()
            app.press(key)
            #expect(app.state.screen == .browser)
            let lines = app.screen
            #expect(lines[1] == "┌ Topics ──────────────────────┐┏ Topic 15 · 1 draft ━━━━━━━━┓┌ Preview ───────────────────────────┐")
            #expect(lines[2] == "│ 1 Global and Regional M…    –│┃ Local Action Plans … draft ┃│ Local Action Plans for Improving   │")
            #expect(lines[29] == "  Tab pane  Enter open  / search  e edit  n new  ? help  q quit                        topic 15/16  ")
        }
    }

    @Test("the reader at 60×16")
    func narrow() throws {
        var app = try makeReader(width: 60, height: 16)
        let buffer = app.render()
        let lines = buffer.lines
        #expect(lines[1] == " Local Action Plans for Improving the Position of Di…  draft", "the status stays visible")
        #expect(lines[2] == " ▾ Overview                                                █")
        #expect(lines[3] == "   en · face-to-face · 360 min · EQF 5                     █")
        #expect(lines[4] == "   Aim: Enable members of local Migration Councils to draft│")
        #expect(lines[5] == "        or revise a Local Action Plan that covers every    │")
        #expect(lines[14] == "   local public policy documents.                          │")
        #expect(lines[15].hasPrefix("  Tab section  Enter fold  / search  e edit"))
        expectRowsFit(buffer)
        app.press(.character("-"))
        #expect(app.screen[2] == " ▸ Overview                                                 ")
        #expect(app.screen[12] == " ▸ Keywords and themes                                      ")
    }

    @Test("a module with warnings shows them first, and empty sections say so")
    func warningsFirst() throws {
        let folder = try TemporaryFolder()
        try folder.create(Module(id: "draft-without-sessions", topic: "16-children-and-youth-in-migration", title: "Child-friendly procedures"))
        var app = makeApp(try folder.open())
        app.press(.character("G"), .tab, .enter)
        let lines = app.screen
        #expect(lines[1] == " Child-friendly procedures  draft  rev 1 · Test Author · 2026-11-24" + String(repeating: " ", count: 33))
        #expect(lines[2] == " ▾ Warnings  1" + String(repeating: " ", count: 86))
        #expect(lines[3] == "   ! /sessions: the module has no sessions" + String(repeating: " ", count: 58))
        #expect(lines[5] == " ▾ Overview" + String(repeating: " ", count: 89))
        #expect(lines[11] == " ▾ Sessions  0 · 0 min" + String(repeating: " ", count: 78))
        #expect(lines[12] == "   (none yet)" + String(repeating: " ", count: 87))
    }
}
