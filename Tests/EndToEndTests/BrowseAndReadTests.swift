import Testing

/// A user's first minutes: browse the topics, read a module, search, ask for help.
@Suite("Browse, read, search and help in the real terminal UI", .requiresTmux, .timeLimit(.minutes(2)))
struct BrowseAndReadTests {
    private let exampleTitle = "Local Action Plans for Improving the Position of Different Categories of Migrants"

    @Test("opens on the topics, moves to topic 15 and reads its example module")
    func readExampleModule() async throws {
        let workbench = try WorkbenchInTmux()
        let first = try await workbench.waitForFirstFrame()
        #expect(first.contains("┏ Topics"), "the topics pane has the focus:\(first)")
        #expect(first.contains(" 1 Global and Regional M"))
        #expect(first.contains("16 Children and Youth in"))
        #expect(first.lines.last?.contains("topic 1/16") == true, "footer:\(first)")

        try workbench.tmux.press(Array(repeating: "j", count: 14))
        try await workbench.tmux.waitFor("topic 15/16", "Topic 15 · ")
        // The preview shows the module's full title, wrapped.
        try await workbench.tmux.waitFor("Local Action Plans for Improving", "Categories of Migrants")

        try workbench.tmux.press("Tab")
        try await workbench.tmux.waitFor("┏ Topic 15 · ")
        try workbench.tmux.press("Enter")
        let reader = try await workbench.tmux.waitFor("▾ Overview")
        #expect(reader.lines[1].contains(exampleTitle), "the reader's title line:\(reader)")
        #expect(reader.contains("▾ Learning outcomes"))
        #expect(reader.lines.last?.contains("Esc back") == true, "reader footer:\(reader)")

        try workbench.tmux.press("G")
        try await workbench.tmux.waitFor("Keywords: local action plan")

        try workbench.tmux.press("Escape")
        let browser = try await workbench.tmux.waitFor("┏ Topic 15 · ")
        #expect(!browser.contains("Keywords: local action plan"), "the reader is gone:\(browser)")

        try workbench.tmux.press("q")
        #expect(try await workbench.waitForExit() == 0)
    }

    @Test("incremental search finds a word and Enter jumps to its module")
    func searchAndJump() async throws {
        let workbench = try WorkbenchInTmux()
        try await workbench.waitForFirstFrame()
        try workbench.tmux.press("/")
        try await workbench.tmux.waitFor("Search every module", "Type words")
        try workbench.tmux.type("diaspora")
        let results = try await workbench.tmux.waitFor("/ diaspora", "1 module")
        #expect(results.contains("15 Local Action Plans for Improving"), "the hit names topic 15's module:\(results)")

        try workbench.tmux.press("Enter")
        let reader = try await workbench.tmux.waitFor(#"Result 1 of 1 for "diaspora""#)
        #expect(reader.lines[1].contains(exampleTitle), "the reader opened the module:\(reader)")
        #expect(reader.lines.dropFirst(2).dropLast().contains { $0.lowercased().contains("diaspora") },
                "the reader scrolled to the match:\(reader)")
        #expect(!reader.contains("Search every module"), "the search box closed:\(reader)")
    }

    @Test("a search that finds nothing says so and Esc closes it")
    func searchWithoutResults() async throws {
        let workbench = try WorkbenchInTmux()
        try await workbench.waitForFirstFrame()
        try workbench.tmux.press("/")
        try await workbench.tmux.waitFor("Search every module")
        try workbench.tmux.type("xylophonequark")
        try await workbench.tmux.waitFor("No module matches.")
        try workbench.tmux.press("Escape")
        let browser = try await workbench.tmux.waitForAbsence(of: "Search every module")
        #expect(browser.contains("┏ Topics"), "back on the browser:\(browser)")
    }

    @Test("? shows the key bindings of the screen, and Esc closes the help")
    func helpOverlay() async throws {
        let workbench = try WorkbenchInTmux()
        try await workbench.waitForFirstFrame()
        try workbench.tmux.press("?")
        // Wait for the whole box (its last entry and its bottom border), not just its title: on a
        // loaded machine the terminal can be caught half way through drawing a frame.
        let help = try await workbench.tmux.waitFor("Keys: Browser", "Redraw the screen", "╰───")
        for binding in ["Move down", "Next pane", "Search every module", "Files that could not be loaded", "Redraw the screen", "Quit"] {
            #expect(help.contains(binding), "help lists \"\(binding)\":\(help)")
        }
        #expect(help.lines.contains { $0.contains("Ctrl-L") && $0.contains("Redraw the screen") }, "Ctrl-L is listed:\(help)")
        #expect(help.lines.contains { $0.contains(" q ") && $0.contains("Quit") }, "q is listed:\(help)")

        try workbench.tmux.press("Escape")
        let browser = try await workbench.tmux.waitForAbsence(of: "Keys: Browser")
        #expect(browser.contains("┏ Topics"))

        // The reader has its own key map, and its help says so.
        try workbench.tmux.press(Array(repeating: "j", count: 6))
        try await workbench.tmux.waitFor("topic 7/16")
        try workbench.tmux.press("Tab")
        try await workbench.tmux.waitFor("┏ Topic 7 · ")
        try workbench.tmux.press("Enter")
        try await workbench.tmux.waitFor("▾ Overview")
        try workbench.tmux.press("?")
        let readerHelp = try await workbench.tmux.waitFor("Keys: Module reader", "Back to the browser", "╰───")
        #expect(readerHelp.contains("Fold or unfold the selected section"))
        #expect(readerHelp.contains("Back to the browser"))
    }
}
