import Foundation
import Testing

/// Resizing the window and repainting a screen that something else wrote over.
@Suite("Window size and redraw", .requiresTmux, .timeLimit(.minutes(2)))
struct WindowSizeAndRedrawTests {
    @Test("shrinking below 60×16 shows the too-small message; growing back brings the browser")
    func shrinkAndGrow() async throws {
        let workbench = try WorkbenchInTmux()
        try await workbench.waitForFirstFrame()
        try workbench.tmux.press("j", "j")
        try await workbench.tmux.waitFor("topic 3/16")

        try workbench.tmux.resize(width: 50, height: 12)
        let small = try await workbench.tmux.waitFor("Terminal too small", "need 60×16, now 50×12.")
        #expect(small.contains("press q to quit"))
        #expect(!small.contains("Topics"), "nothing but the message is drawn:\(small)")

        try workbench.tmux.resize(width: 100, height: 30)
        let browser = try await workbench.tmux.waitFor("┏ Topics", "Preview")
        #expect(!browser.contains("Terminal too small"), "the message is gone:\(browser)")
        #expect(browser.contains("topic 3/16"), "the selection survived the resize:\(browser)")
        #expect(browser.lines.count == 30 && browser.width(ofRow: 1) == 100, "drawn at the new size:\(browser)")
    }

    @Test("a window between the narrow and wide layouts shows two panes with their borders in place")
    func narrowLayout() async throws {
        let workbench = try WorkbenchInTmux(width: 70, height: 20)
        let screen = try await workbench.tmux.waitFor("┏ Topics", "topic 1/16")
        #expect(!screen.contains("Preview"), "70 columns show the topics and modules only:\(screen)")
        BorderAlignment.expectBrowserPanesAligned(screen, width: 70)
    }

    @Test("q quits from the too-small message")
    func quitWhenTooSmall() async throws {
        let workbench = try WorkbenchInTmux(width: 40, height: 10)
        try await workbench.tmux.waitFor("Terminal too small", "need 60×16, now 40×10.")
        try workbench.tmux.press("q")
        #expect(try await workbench.waitForExit() == 0)
        try workbench.expectTerminalRestored()
    }

    @Test("Ctrl-L repaints the whole screen over stray output")
    func redraw() async throws {
        let workbench = try WorkbenchInTmux()
        let before = try await workbench.waitForFirstFrame()
        // Another program writes over the UI, behind the workbench's back.
        let tty = try workbench.tmux.format("#{pane_tty}")
        let handle = try #require(FileHandle(forWritingAtPath: tty), "cannot open the pane's terminal \(tty)")
        handle.write(Data("\u{1b}[6;4HSTRAY-OUTPUT-STRAY-OUTPUT".utf8))
        try handle.close()
        try await workbench.tmux.waitFor("STRAY-OUTPUT")

        try workbench.tmux.press("C-l")
        // The screen is cleared, then drawn again: wait for the whole first frame to return.
        let after = try await workbench.tmux.waitUntil("the first frame, repainted without the stray output") {
            $0.lines == before.lines
        }
        #expect(!after.contains("STRAY-OUTPUT"))
    }
}
