import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// However the workbench ends, the user's terminal comes back as it was.
@Suite("The terminal is given back on quit and on signals", .requiresTmux, .timeLimit(.minutes(2)))
struct TerminalRestoreTests {
    /// Each signal the workbench restores the terminal on, and the status a shell then reports.
    static let signals: [(Int32, Int32)] = [(SIGTERM, 143), (SIGHUP, 129), (SIGINT, 130)]

    @Test("q quits with status 0 and the shell gets a normal terminal back")
    func quit() async throws {
        let workbench = try WorkbenchInTmux()
        try await workbench.waitForFirstFrame()
        #expect(try workbench.tmux.format("#{alternate_on}") == "1", "the UI draws on the alternate screen")
        try workbench.tmux.press("q")
        #expect(try await workbench.waitForExit() == 0)
        try workbench.expectTerminalRestored()
    }

    @Test("a signal ends it with 128 + the signal number and the terminal restored",
          arguments: signals)
    func signal(_ signal: Int32, expectedStatus: Int32) async throws {
        let workbench = try WorkbenchInTmux(["--mouse"])
        try await workbench.waitForFirstFrame()
        #expect(try workbench.tmux.format("#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}") != "000",
                "--mouse turns mouse reporting on")
        let pid = try await workbench.processID()
        try #require(kill(pid, signal) == 0, "could not signal the workbench (pid \(pid))")
        #expect(try await workbench.waitForExit() == expectedStatus)
        try workbench.expectTerminalRestored()
    }

    @Test("the mouse is left alone unless --mouse is given")
    func mouseIsOptIn() async throws {
        let workbench = try WorkbenchInTmux()
        try await workbench.waitForFirstFrame()
        #expect(try workbench.tmux.format("#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}") == "000")
        try workbench.tmux.press("q")
        #expect(try await workbench.waitForExit() == 0)
    }

    @Test("--exit-after-first-frame draws once and leaves cleanly")
    func exitAfterFirstFrame() async throws {
        let workbench = try WorkbenchInTmux(["--exit-after-first-frame"])
        #expect(try await workbench.waitForExit() == 0)
        try workbench.expectTerminalRestored()
    }
}
