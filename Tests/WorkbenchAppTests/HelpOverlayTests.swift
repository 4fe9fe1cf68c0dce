import CurriculumKit
import TerminalKit
import Testing

@testable import WorkbenchApp

/// The (keys, help) rows listed in the help box whose text starts at column `x` and is `width` wide.
private func listedEntries(_ buffer: Buffer, x: Int, width: Int) -> [(keys: String, help: String)] {
    var rows: [String] = []
    for y in 2..<(buffer.height - 2) {
        let text = buffer.text(row: y, from: x, width: width)
        if text.allSatisfy({ $0 == " " }) { break }
        rows.append(text)
    }
    // The help column is where the widest key name ends plus the gap: the first column that is
    // a space on every row and followed by text on every row.
    let helpColumn = (1..<width).first { column in
        rows.allSatisfy { row in
            let characters = Array(row)
            return characters[column - 1] == " " && characters[column] != " "
                && characters[..<column].reversed().prefix(2).allSatisfy { $0 == " " }
        }
    } ?? 0
    return rows.map { row in
        let characters = Array(row)
        return (
            String(characters[..<helpColumn]).trimmingCharacters(in: .whitespaces),
            String(characters[helpColumn...]).trimmingCharacters(in: .whitespaces)
        )
    }
}

private func expectedEntries<Action>(_ map: KeyMap<Action>) -> [(keys: String, help: String)] {
    map.bindings.map { ($0.keys.map(\.description).joined(separator: " "), $0.help) }
}

private func expectSame(
    _ listed: [(keys: String, help: String)], _ expected: [(keys: String, help: String)],
    _ buffer: Buffer, sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(listed.map(\.help) == expected.map(\.help), "\(dump(buffer.lines))", sourceLocation: sourceLocation)
    #expect(listed.map(\.keys) == expected.map(\.keys), sourceLocation: sourceLocation)
}

@Suite("Help")
struct HelpOverlayTests {
    @Test("? in the browser lists exactly the browser key map, in order")
    func browser() throws {
        var app = try makeShippedApp()
        app.press(.character("G"), .character("k"))
        let before = app.screen
        app.press(.character("?"))
        let buffer = app.render()
        #expect(buffer.text(row: 1, from: 18, width: 64) == "╭ Keys: Browser (Esc closes) ──────────────────────────────────╮")
        #expect(buffer.text(row: 2, from: 18, width: 64) == "│ ↑ k        Move up                                           │")
        #expect(buffer.text(row: 7, from: 18, width: 64) == "│ Shift-Tab  Previous pane, round to the preview               │")
        #expect(buffer.text(row: 23, from: 18, width: 64) == "│ q Ctrl-C   Quit                                              │")
        #expect(buffer.text(row: 28, from: 18, width: 64) == "╰──────────────────────────────────────────────────────────────╯")
        #expect(buffer.lines[29] == "  Esc close                                                                            topic 15/16  ")
        let listed = listedEntries(buffer, x: 20, width: 60)
        #expect(listed.count == KeyMaps.browser.bindings.count)
        expectSame(listed, expectedEntries(KeyMaps.browser), buffer)
        expectRowsFit(buffer)

        // The keys of the browser do nothing while help is shown; Esc closes it.
        app.press(.character("j"), .tab, .character("/"))
        #expect(app.render().lines == buffer.lines)
        app.press(.escape)
        #expect(app.screen == before)
        for key in [KeyEvent.character("?"), .enter, .function(1)] {
            app.press(.character("?"))
            app.press(key)
            #expect(app.screen == before, "\(key) closes the help")
        }
    }

    @Test("? in the reader lists the reader key map; at 60×16 j scrolls to the end")
    func readerNarrow() throws {
        var app = try makeShippedApp(width: 60, height: 16)
        app.press(.character("G"), .character("k"), .tab, .enter, .character("?"))
        var buffer = app.render()
        #expect(buffer.lines[1] == "╭ Keys: Module reader (Esc closes) ────────────────────────╮")
        #expect(buffer.lines[2] == "│ ↑ k                Scroll up                             │")
        #expect(buffer.lines[13] == "│ /                  Search every module                   │")
        #expect(buffer.lines[14] == "╰──────────────────────────────────────────────────────────╯")
        let expected = expectedEntries(KeyMaps.reader)
        var seen = (0..<12).map { row in
            let text = buffer.text(row: row + 2, from: 2, width: 56)
            return (String(text.prefix(19)).trimmingCharacters(in: .whitespaces), String(text.dropFirst(19)).trimmingCharacters(in: .whitespaces))
        }
        for _ in 0..<(expected.count - 12) {
            app.press(.character("j"))
            buffer = app.render()
            let last = buffer.text(row: 13, from: 2, width: 56)
            let entry = (String(last.prefix(19)).trimmingCharacters(in: .whitespaces), String(last.dropFirst(19)).trimmingCharacters(in: .whitespaces))
            if entry != seen.last! { seen.append(entry) }
        }
        expectSame(seen, expected, buffer)
        #expect(buffer.lines[13] == "│ q Ctrl-C           Quit                                  │")
        app.press(.character("k"))
        #expect(app.screen[13] == "│ Ctrl-L             Redraw the screen                     │")
    }

    @Test("? in the reader at 100×30 lists the whole reader key map")
    func reader() throws {
        var app = try makeShippedApp()
        app.press(.character("G"), .character("k"), .tab, .enter, .character("?"))
        let buffer = app.render()
        #expect(buffer.text(row: 1, from: 18, width: 64) == "╭ Keys: Module reader (Esc closes) ────────────────────────────╮")
        #expect(buffer.lines[1].hasPrefix(" Local Action Plan╭"), "the reader stays visible around the box")
        expectSame(listedEntries(buffer, x: 20, width: 60), expectedEntries(KeyMaps.reader), buffer)
        app.press(.escape)
        #expect(app.state.screen == .reader)
    }

    @Test("? in the problems view and F1 in the search box list their own key maps")
    func problemsAndSearch() throws {
        var problems = try makeShippedApp()
        problems.press(.character("!"), .character("?"))
        var buffer = problems.render()
        #expect(buffer.text(row: 1, from: 18, width: 64) == "╭ Keys: Problems (Esc closes) ─────────────────────────────────╮")
        expectSame(listedEntries(buffer, x: 20, width: 60), expectedEntries(KeyMaps.problems), buffer)

        var search = try makeShippedApp()
        search.press(.character("/"), .function(1))
        buffer = search.render()
        #expect(buffer.text(row: 1, from: 18, width: 64) == "╭ Keys: Search (Esc closes) ───────────────────────────────────╮")
        expectSame(listedEntries(buffer, x: 20, width: 60), expectedEntries(KeyMaps.search), buffer)
    }

    @Test("the footer hints come from the same key maps")
    func footerHints() throws {
        var app = try makeShippedApp()
        #expect(app.screen[29].hasPrefix("  " + KeyMaps.browser.footerHints + " "))
        #expect(KeyMaps.browser.footerHints == "Tab pane  Enter open  / search  e edit  n new  ? help  q quit")
        app.press(.character("G"), .character("k"), .tab, .enter)
        #expect(app.screen[29].hasPrefix("  " + KeyMaps.reader.footerHints + " "))
        app.press(.character("?"))
        #expect(app.screen[29].hasPrefix("  " + KeyMaps.help.footerHints + " "))
        app.press(.escape, .character("/"))
        #expect(app.screen[29].hasPrefix("  " + KeyMaps.search.footerHints + " "))
        app.press(.escape, .escape, .character("!"))
        #expect(app.screen[29].hasPrefix("  " + KeyMaps.problems.footerHints + " "))
    }
}
