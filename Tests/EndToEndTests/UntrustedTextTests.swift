import Testing

/// Text from files is data: escape sequences and control characters in it are shown as
/// visible symbols and never reach the terminal.
@Suite("Control characters in module text", .requiresTmux, .timeLimit(.minutes(2)))
struct UntrustedTextTests {
    private let title = "Red \u{1b}[31mALERT\u{1b}[0m bell \u{7} end"
    private let shownTitle = "Red ␛[31mALERT␛[0m bell ␇ end"

    @Test("an escape sequence and a bell in a title are drawn as symbols, nothing turns red, no bell rings")
    func controlCharactersInTitle() async throws {
        let folder = try PrivateFolder()
        try folder.runCommand(["new", "1", "control-characters", "--title", title])

        let workbench = try WorkbenchInTmux(folder: folder)
        try await workbench.waitForFirstFrame()
        let browser = try await workbench.tmux.waitFor(shownTitle)
        let styled = try workbench.tmux.styledScreen()
        let cells = try #require(styled.cells(of: "Red ␛[31mALERT␛[0m"), "the title's cells:\(browser)")
        #expect(Set(cells.map(\.foreground)).count == 1, "the title has one colour throughout, ALERT included")
        let red: Set<String?> = ["31", "91", "38;5;1", "38;5;9"]
        #expect(!styled.rows.joined().contains { red.contains($0.foreground) }, "nothing on the screen is red:\(browser)")
        #expect(try workbench.tmux.format("#{window_bell_flag}") == "0", "the bell did not ring")

        try workbench.tmux.press("Tab")
        try await workbench.tmux.waitFor("┏ Topic 1 · ")
        try workbench.tmux.press("Enter")
        let reader = try await workbench.tmux.waitFor("▾ ")
        #expect(reader.lines[1].contains(shownTitle), "the reader's title line:\(reader)")
        #expect(try workbench.tmux.format("#{window_bell_flag}") == "0", "the bell did not ring")

        try workbench.tmux.press("q")
        #expect(try await workbench.waitForExit() == 0)
    }
}
