import Foundation
import Testing

/// PuTTY and other terminals that announce a `TERM` they do not match send Home, End, Delete
/// and the page keys as escape sequences the terminal type does not list: the workbench reads
/// them as those keys, never as an Esc that closes the editor or asks about unsaved changes.
@Suite("A wrong TERM", .requiresTmux, .timeLimit(.minutes(2)))
struct WrongTerminalTypeTests {
    private static let escape = "\u{1B}"

    @Test("under TERM=vt100, Home, Delete, End and PgDn sent as VT220 sequences edit the title and move the form")
    func vt220KeysUnderVT100() async throws {
        let workbench = try WorkbenchInTmux(environment: ["TERM": "vt100"])
        try await workbench.waitForFirstFrame()
        try workbench.tmux.press("G", "k", "Tab", "e")
        try await workbench.tmux.waitFor("Editing module", "│ Title              Local Action Plans")

        // The cursor is at the end of the title, on its third line; Home goes to that line's start.
        try workbench.tmux.type(Self.escape + "[1~")  // Home (VT220, PuTTY's default)
        try workbench.tmux.type("Z")
        try await workbench.tmux.waitFor("│                    ZMigrants ", "● unsaved changes")
        try workbench.tmux.type(Self.escape + "[3~")  // Delete
        try await workbench.tmux.waitFor("│                    Zigrants ")
        try workbench.tmux.type(Self.escape + "[4~")  // End
        try workbench.tmux.type("!")
        try await workbench.tmux.waitFor("│                    Zigrants! ")
        try workbench.tmux.type(Self.escape + "[H" + Self.escape + "OF")  // xterm Home, End
        try workbench.tmux.type("?")
        try await workbench.tmux.waitFor("│                    Zigrants!? ")
        let screen = try workbench.tmux.screen()
        #expect(!screen.contains("Unsaved changes"), "no Esc reached the editor:\(screen)")
        #expect(!screen.contains("[1~") && !screen.contains("[3~"), "no part of a sequence was typed:\(screen)")

        try workbench.tmux.type(Self.escape + "[6~")  // PgDn
        try await workbench.tmux.waitForAbsence(of: "│ BASICS")
        // A real Esc is still Esc: it asks, since the title changed.
        try workbench.tmux.press("Escape")
        try await workbench.tmux.waitFor("Unsaved changes")
        try workbench.tmux.press("d")
        try await workbench.tmux.waitForAbsence(of: "Editing module")
        try workbench.tmux.press("q")
        #expect(try await workbench.waitForExit() == 0)
    }
}
