import Foundation
import Testing

/// What one run of the real `workbench` binary printed and returned.
struct RunResult {
    var status: Int32
    var output: String
    var error: String

    /// The one-sentence error, without the `workbench: error: ` prefix.
    var errorSentence: String {
        error.split(separator: "\n").first.map(String.init)?.replacingOccurrences(of: "workbench: error: ", with: "") ?? ""
    }
}

/// Runs the built `workbench` binary as a separate process.
enum Workbench {
    /// The repository this test file lives in.
    static let repository: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary: `$WORKBENCH_BINARY`, else next to the test bundle, else `.build/debug`.
    static let binary: String = {
        if let path = ProcessInfo.processInfo.environment["WORKBENCH_BINARY"] { return path }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("workbench").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return repository.appendingPathComponent(".build/debug/workbench").path
    }()

    /// The cache directory of every run of this test process (unless a test gives its own).
    static let cacheHome = FileManager.default.temporaryDirectory.appendingPathComponent("wb-cli-cache-\(UUID().uuidString)").path

    /// Starts the binary; `stdin` is written to its standard input.
    static func start(
        _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:], prefix: [String] = []
    ) throws -> RunningWorkbench {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wb-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let outURL = folder.appendingPathComponent("out")
        let errURL = folder.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        if prefix.isEmpty {
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: prefix[0])
            process.arguments = Array(prefix.dropFirst()) + [binary] + arguments
        }
        var env = ProcessInfo.processInfo.environment
        env["WORKBENCH_FOLDER"] = nil
        env["WORKBENCH_USER"] = "Test Author"
        env["LANG"] = "C.UTF-8"
        // The tests' own cache directory, never the user's: each test folder has its own cache files in it.
        env["XDG_CACHE_HOME"] = cacheHome
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        return RunningWorkbench(process: process, scratch: folder)
    }

    /// Runs the binary to the end.
    @discardableResult
    static func run(
        _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:], prefix: [String] = []
    ) throws -> RunResult {
        try start(arguments, stdin: stdin, environment: environment, prefix: prefix).wait()
    }
}

/// A `workbench` process that has been started.
struct RunningWorkbench {
    let process: Process
    let scratch: URL

    func wait() throws -> RunResult {
        process.waitUntilExit()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = try String(contentsOf: scratch.appendingPathComponent("out"), encoding: .utf8)
        let error = try String(contentsOf: scratch.appendingPathComponent("err"), encoding: .utf8)
        return RunResult(status: process.terminationStatus, output: output, error: error)
    }
}
