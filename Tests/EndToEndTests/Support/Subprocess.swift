import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// What a finished child process printed and returned.
struct ProcessOutput {
    var status: Int32
    var output: String
    var error: String
}

/// Runs short-lived helper programs (tmux commands, `workbench new`) to their end.
///
/// Not `Foundation.Process`: under the test runner it left the tmux client (which forks
/// the server and exits) unreaped, so `waitUntilExit` never returned. Here `posix_spawn`
/// starts the child with every signal unblocked and at its default action — a test
/// thread blocks most signals, and tmux's server would inherit that and ignore
/// `kill-server` — and `waitpid` waits for exactly that child. Output goes to files,
/// so a daemon left holding a descriptor cannot keep the test waiting for end-of-file.
enum Subprocess {
    /// Runs `executable` with `arguments` in `environment` (else the test's own) and waits for it.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> ProcessOutput {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("wb-e2e-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outputPath = scratch.appendingPathComponent("stdout").path
        let errorPath = scratch.appendingPathComponent("stderr").path

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let environment = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        var pid: pid_t = 0
        let spawnError = withCStrings([executable] + arguments) { argv in
            withCStrings(environment) { envp in
                posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
            }
        }
        guard spawnError == 0 else { throw SpawnFailed(executable: executable, code: spawnError) }

        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw SpawnFailed(executable: executable, code: errno) }
        }
        // A normal exit gives its code; death by a signal gives 128 + the signal, as a shell reports it.
        let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return ProcessOutput(
            status: code,
            output: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
            error: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "")
    }

    /// The first executable called `name` on `$PATH` (and the usual system folders).
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = path.split(separator: ":").map(String.init) + ["/usr/local/bin", "/usr/bin", "/bin"]
        return folders.map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

/// `posix_spawn` or `waitpid` failed.
struct SpawnFailed: Error, CustomStringConvertible {
    var executable: String
    var code: Int32
    var description: String { "cannot run \(executable): \(String(cString: strerror(code)))" }
}

/// Calls `body` with a NULL-terminated C array of copies of `strings`.
private func withCStrings<Result>(
    _ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> Result
) -> Result {
    let pointers = strings.map { strdup($0) } + [nil]
    defer { pointers.forEach { free($0) } }
    return body(pointers)
}
