import ArgumentParser
import CurriculumKit
import CursesBackend
import Foundation
import TerminalKit
import WorkbenchApp

/// `workbench` / `workbench open`: the full-screen terminal UI.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        _superCommandName: Workbench.name,
        abstract: "Open the terminal UI on the folder (the default when no command is given).",
        discussion: "Press ? inside for every key. NO_COLOR (set and non-empty) gives a monochrome screen like --no-color.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Use the mouse (it stops the terminal from selecting text for copying).")
    var mouse = false

    @Flag(name: .customLong("no-color"), help: "Draw without colours: bold and reverse video only.")
    var noColor = false

    @Flag(name: .customLong("exit-after-first-frame"), help: .hidden)
    var exitAfterFirstFrame = false

    func run() throws {
        let userName = global.startUserNameLookup()
        let store = try global.openStore()
        let useColor = !noColor && (ProcessEnvironment.variable("NO_COLOR") ?? "").isEmpty
        let terminal = Terminal()
        do {
            try terminal.start(useColor: useColor, mouse: mouse)
        } catch {
            throw CommandFailure.refused(
                "the terminal UI needs a terminal (\(error)); use `workbench list` and the other commands in scripts")
        }
        defer { terminal.stop() }
        terminal.holdEndingSignals()
        let size = terminal.size
        var state = WorkbenchState(
            store: store, user: userName(), folderName: (store.layout.root as NSString).lastPathComponent,
            width: size.columns, height: size.lines)
        state.drafts = DraftStore.standard(folder: store.layout.root)
        var app = WorkbenchApp(state: state)
        // Seconds on a clock that only goes forward, for writing drafts every few seconds.
        let clock = { ProcessInfo.processInfo.systemUptime }
        while true {
            if let signal = terminal.heldEndingSignal {
                // Closed terminal, dropped connection or kill: keep unsaved edits, then end as the signal asks.
                app.flushDraft(now: clock())
                terminal.end(bySignal: signal)
            }
            let size = terminal.size
            if size.columns != app.state.width || size.lines != app.state.height {
                app.resize(width: size.columns, height: size.lines)
            }
            terminal.draw(app.render())
            if exitAfterFirstFrame { return }
            let key = terminal.readKey(timeoutMilliseconds: 500)
            defer { app.tick(now: clock()) }
            guard let key else { continue }
            if key == .resize {
                let size = terminal.size
                app.resize(width: size.columns, height: size.lines)
                continue
            }
            for effect in app.handle(key) {
                switch effect {
                case .quit: return
                case .redrawAll: terminal.redrawAll()
                }
            }
        }
    }
}
