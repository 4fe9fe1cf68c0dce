import Foundation
import Testing

/// A private tmux server with one window running one command, for driving a program
/// as a user would: keys in, screen text out. The server is killed when the session
/// is released, so a failing test leaves nothing behind.
final class TmuxSession {
    /// The tmux executable, when installed.
    static let executable: String? = Subprocess.find("tmux")
    static var isInstalled: Bool { executable != nil }

    /// How long a wait may take before the test fails; generous for a slow shared machine.
    static let defaultTimeout: Duration = .seconds(20)

    let socketName: String
    private let target = "e2e"
    /// The server's socket file, which tmux leaves behind when the server ends.
    private var socketPath: String?

    /// Starts a detached `width`×`height` window running `command` (a shell command
    /// line). The window stays when the command ends (`remain-on-exit`) so that its
    /// last screen can still be read.
    init(command: String, width: Int = 100, height: Int = 30) throws {
        socketName = "wb-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        try tmux(
            "new-session", "-d", "-s", target, "-x", String(width), "-y", String(height), command,
            ";", "set-option", "-w", "-t", target, "remain-on-exit", "on")
        socketPath = try? format("#{socket_path}")
    }

    deinit {
        // Ending the only session hangs up the programs in it and ends the server;
        // `kill-server` and removing the socket file make sure nothing is left behind.
        _ = try? tmux("kill-session", "-t", target)
        _ = try? tmux("kill-server")
        if let socketPath, !socketPath.isEmpty { try? FileManager.default.removeItem(atPath: socketPath) }
    }

    // MARK: Input

    /// Sends tmux key names (`Enter`, `Escape`, `BTab`, `C-l`, `j`, `?`…).
    func press(_ keys: String...) throws {
        try press(keys)
    }

    func press(_ keys: [String]) throws {
        try tmux(["send-keys", "-t", target] + keys)
    }

    /// Types `text` literally, character by character.
    func type(_ text: String) throws {
        try tmux("send-keys", "-t", target, "-l", text)
    }

    /// Resizes the window as a user dragging the terminal would.
    func resize(width: Int, height: Int) throws {
        try tmux("resize-window", "-t", target, "-x", String(width), "-y", String(height))
    }

    /// Ends the session as closing the terminal window would: the programs in it are hung up.
    func killSession() throws {
        try tmux("kill-session", "-t", target)
    }

    // MARK: Output

    /// The visible text of the pane.
    func screen() throws -> Screen {
        Screen(captured: try tmux("capture-pane", "-p", "-t", target).output)
    }

    /// The pane with its attributes (reverse video, colours).
    func styledScreen() throws -> StyledScreen {
        StyledScreen(captured: try tmux("capture-pane", "-p", "-e", "-t", target).output)
    }

    /// A tmux format evaluated for the pane, e.g. `#{alternate_on}` or `#{pane_tty}`.
    func format(_ format: String) throws -> String {
        try tmux("display-message", "-p", "-t", target, format).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    // MARK: Waiting

    /// Polls the screen every 50 ms until `condition` holds; throws with the last screen
    /// when `timeout` passes first.
    @discardableResult
    func waitUntil(
        _ expectation: String, timeout: Duration = defaultTimeout, _ condition: (Screen) throws -> Bool
    ) async throws -> Screen {
        let deadline = ContinuousClock.now + timeout
        var screen = try screen()
        while try !condition(screen) {
            guard ContinuousClock.now < deadline else { throw WaitTimedOut(expectation: expectation, screen: screen) }
            try await Task.sleep(for: .milliseconds(50))
            screen = try self.screen()
        }
        return screen
    }

    /// Waits until every one of `texts` is on the screen.
    @discardableResult
    func waitFor(_ texts: String..., timeout: Duration = defaultTimeout) async throws -> Screen {
        try await waitUntil("the screen to show \(texts)", timeout: timeout) { screen in
            texts.allSatisfy(screen.contains)
        }
    }

    /// Waits until none of `texts` is on the screen.
    @discardableResult
    func waitForAbsence(of texts: String..., timeout: Duration = defaultTimeout) async throws -> Screen {
        try await waitUntil("the screen to lose \(texts)", timeout: timeout) { screen in
            !texts.contains(where: screen.contains)
        }
    }

    // MARK: tmux

    @discardableResult
    private func tmux(_ arguments: String...) throws -> ProcessOutput {
        try tmux(arguments)
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> ProcessOutput {
        guard let executable = Self.executable else { throw TmuxFailed(arguments: arguments, error: "tmux is not installed") }
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        environment["TMUX_PANE"] = nil
        let result = try Subprocess.run(executable, ["-L", socketName, "-f", "/dev/null"] + arguments, environment: environment)
        guard result.status == 0 else { throw TmuxFailed(arguments: arguments, error: result.error) }
        return result
    }
}

/// A tmux command that did not succeed.
struct TmuxFailed: Error, CustomStringConvertible {
    var arguments: [String]
    var error: String
    var description: String { "tmux \(arguments.joined(separator: " ")) failed: \(error)" }
}

/// The screen never showed what a test waited for.
struct WaitTimedOut: Error, CustomStringConvertible {
    var expectation: String
    var screen: Screen
    var description: String { "Timed out waiting for \(expectation). Last screen:\(screen)" }
}
