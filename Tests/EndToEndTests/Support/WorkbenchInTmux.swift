import Foundation
import Testing

/// The real `workbench` binary running full-screen in a private tmux window, on a
/// private copy of the shipped folder, with a defined environment.
///
/// A small shell script starts it and, when it ends, prints whether the terminal has
/// its echo back and `EXITED <status>` (143 after SIGTERM, 129 after SIGHUP), then
/// waits like a shell prompt, so a test sees what the user's shell would see.
final class WorkbenchInTmux {
    let folder: PrivateFolder
    let tmux: TmuxSession
    private let pidFile: URL

    /// Starts `workbench ARGUMENTS --folder COPY` in a `width`×`height` window.
    /// `environment` adds to (or overrides) the defined environment.
    init(
        _ arguments: [String] = [], environment: [String: String] = [:], width: Int = 100, height: Int = 30,
        folder: PrivateFolder? = nil
    ) throws {
        guard FileManager.default.isExecutableFile(atPath: WorkbenchBinary.path) else {
            throw MissingBinary(path: WorkbenchBinary.path)
        }
        let folder = try folder ?? PrivateFolder()
        self.folder = folder
        pidFile = folder.root.appendingPathComponent("workbench.pid")
        let script = folder.root.appendingPathComponent("run-workbench.sh")
        let command = ["env", "-i"] + folder.environment(environment).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            + [WorkbenchBinary.path] + arguments + ["--folder", folder.curricula.path]
        let lines = [
            "#!/bin/sh",
            "# The inner shell writes its process id, then becomes the workbench.",
            "sh -c 'echo $$ > \"$0\"; exec \"$@\"' \(shellQuoted(pidFile.path)) \(command.map(shellQuoted).joined(separator: " "))",
            "status=$?",
            "if stty -a | tr ' ;' '\\n\\n' | grep -qx -- -echo; then echo 'tty echo: off'; else echo 'tty echo: on'; fi",
            "echo \"EXITED $status\"",
            "# Stay, as an interactive shell would: a dead pane would hide the cursor and scroll.",
            "exec sleep 86400",
        ]
        try (lines.joined(separator: "\n") + "\n").write(to: script, atomically: true, encoding: .utf8)
        tmux = try TmuxSession(command: "sh " + shellQuoted(script.path), width: width, height: height)
    }

    /// Waits for the first frame: the header, which names the user, down to the footer.
    @discardableResult
    func waitForFirstFrame() async throws -> Screen {
        try await tmux.waitUntil("the first frame (the header naming \(PrivateFolder.user), a footer)") { screen in
            screen.lines.first?.contains(PrivateFolder.user) == true
                && screen.lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == false
        }
    }

    /// The workbench's process id (written before the script runs it).
    func processID() async throws -> pid_t {
        let deadline = ContinuousClock.now + TmuxSession.defaultTimeout
        while ContinuousClock.now < deadline {
            if let text = try? String(contentsOf: pidFile, encoding: .utf8),
               let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines))
            {
                return pid
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw WaitTimedOut(expectation: "the process id in \(pidFile.path)", screen: try tmux.screen())
    }

    /// Waits for the workbench to end and returns its exit status as the shell reports it.
    func waitForExit() async throws -> Int32 {
        let screen = try await tmux.waitUntil("the workbench to exit (an EXITED line)") { screen in
            screen.lines.contains { $0.hasPrefix("EXITED ") }
        }
        let line = screen.lines.first { $0.hasPrefix("EXITED ") } ?? ""
        return Int32(line.dropFirst("EXITED ".count)) ?? -1
    }

    /// Requires that the terminal is back as the shell needs it: the alternate screen
    /// left (so no trace of the UI), the cursor shown, keyboard echo on, mouse off.
    func expectTerminalRestored(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let screen = try tmux.screen()
        #expect(try tmux.format("#{alternate_on}") == "0", "alternate screen still on:\(screen)", sourceLocation: sourceLocation)
        #expect(!screen.contains(PrivateFolder.user), "the UI is still on the screen:\(screen)", sourceLocation: sourceLocation)
        #expect(try tmux.format("#{cursor_flag}") == "1", "cursor still hidden", sourceLocation: sourceLocation)
        #expect(screen.contains("tty echo: on"), "the terminal's echo is still off:\(screen)", sourceLocation: sourceLocation)
        let mouse = try tmux.format("#{mouse_standard_flag}#{mouse_button_flag}#{mouse_any_flag}")
        #expect(mouse == "000", "mouse reporting still on (\(mouse))", sourceLocation: sourceLocation)
    }
}

/// The built `workbench` executable was not found.
struct MissingBinary: Error, CustomStringConvertible {
    var path: String
    var description: String { "no workbench executable at \(path): build it, or set WORKBENCH_BINARY" }
}

/// `text` in single quotes for `sh`, with any single quote inside escaped.
private func shellQuoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
}
