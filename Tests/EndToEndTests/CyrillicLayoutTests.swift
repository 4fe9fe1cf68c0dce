import Testing

/// The shipped Serbian Cyrillic and Macedonian modules, drawn by the real terminal:
/// every letter one cell, so every pane border stays in its column.
@Suite("Cyrillic modules keep the borders in place", .requiresTmux, .timeLimit(.minutes(2)))
struct CyrillicLayoutTests {
    struct CyrillicModule: Sendable, CustomStringConvertible {
        var topic: Int
        var language: String
        var title: String
        var description: String { "topic \(topic) (\(language))" }
    }

    static let modules = [
        CyrillicModule(topic: 13, language: "sr-Cyrl", title: "Реадмисија и реинтеграција повратника"),
        CyrillicModule(topic: 11, language: "mk", title: "Постапка за азил: прв контакт, регистрација и упатување"),
    ]

    @Test("browser and reader", arguments: modules)
    func browserAndReader(_ module: CyrillicModule) async throws {
        let workbench = try WorkbenchInTmux()
        try await workbench.waitForFirstFrame()
        try workbench.tmux.press(Array(repeating: "j", count: module.topic - 1))
        let titleStart = String(module.title.prefix(20))
        let browser = try await workbench.tmux.waitFor("topic \(module.topic)/16", titleStart)
        #expect(browser.contains(module.language + " · "), "the preview names the language:\(browser)")
        BorderAlignment.expectBrowserPanesAligned(browser, width: 100)

        try workbench.tmux.press("Tab")
        let focused = try await workbench.tmux.waitFor("┏ Topic \(module.topic) · ")
        BorderAlignment.expectBrowserPanesAligned(focused, width: 100)

        try workbench.tmux.press("Enter")
        let reader = try await workbench.tmux.waitFor("▾ Overview")
        #expect(reader.lines[1].contains(module.title), "the whole title, letters side by side:\(reader)")
        BorderAlignment.expectReaderEdgeAligned(reader, width: 100)

        try workbench.tmux.press("PageDown")
        let nextPage = try await workbench.tmux.waitUntil("the reader to scroll") { $0.lines[2] != reader.lines[2] }
        BorderAlignment.expectReaderEdgeAligned(nextPage, width: 100)
    }

    @Test("Cyrillic typed into the search box finds the Serbian module")
    func cyrillicSearch() async throws {
        let workbench = try WorkbenchInTmux()
        try await workbench.waitForFirstFrame()
        try workbench.tmux.press("/")
        try await workbench.tmux.waitFor("Search every module")
        try workbench.tmux.type("повратника")
        let results = try await workbench.tmux.waitFor("/ повратника", "1 module")
        #expect(results.contains("13 Реадмисија и реинтеграција повратника"), "\(results)")
        // The search box is a box too: its right border must not move.
        let box = try #require(results.row(containing: "/ повратника"))
        #expect(results.columns(of: ["│"], inRow: box) == results.columns(of: ["│"], inRow: box + 1),
                "the query row and the count row end in the same column:\(results)")

        try workbench.tmux.press("Enter")
        let reader = try await workbench.tmux.waitFor("▾ Overview")
        #expect(reader.lines[1].contains("Реадмисија и реинтеграција повратника"), "\(reader)")
    }
}
