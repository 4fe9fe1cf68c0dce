import Foundation
import Testing

/// A temporary directory for one test: a copy of the shipped `Curricula/`, a home
/// directory, and room for the launch script. Removed when the test lets go of it.
final class PrivateFolder {
    let root: URL
    /// The copy of the curricula folder that the workbench opens.
    let curricula: URL
    /// `$HOME` for the workbench (its local state goes below it, never into the user's).
    let home: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("wb-e2e-\(UUID().uuidString)")
        curricula = root.appendingPathComponent("Curricula")
        home = root.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: WorkbenchBinary.repository.appendingPathComponent("Curricula"), to: curricula)
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    /// The environment every workbench of these tests starts with; `extra` adds to it.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = [
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "TERM": Terminfo.terminalType,
            "LANG": "C.UTF-8",
            "HOME": home.path,
            "WORKBENCH_USER": PrivateFolder.user,
        ]
        environment.merge(extra) { _, new in new }
        return environment
    }

    /// The user name the tests work as.
    static let user = "E2E Tester"

    /// The revision files of a document folder below the curricula copy, sorted.
    func revisionFiles(of document: String) throws -> [URL] {
        let folder = curricula.appendingPathComponent(document).appendingPathComponent("revisions")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            .sorted()
            .map { folder.appendingPathComponent($0) }
    }

    /// Runs a command-line subcommand of `workbench` on the copy (e.g. `new`) and requires success.
    @discardableResult
    func runCommand(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> ProcessOutput {
        let result = try Subprocess.run(
            WorkbenchBinary.path, arguments + ["--folder", curricula.path], environment: environment())
        try #require(result.status == 0, "workbench \(arguments.joined(separator: " ")) failed: \(result.error)", sourceLocation: sourceLocation)
        return result
    }

    static let exampleModule = "topics/15-local-migration-governance/modules/local-action-plans"
}

/// The terminal type the workbench is started with: `tmux-256color` when its terminfo
/// entry is installed, else `xterm-256color`.
enum Terminfo {
    static let terminalType: String = {
        let folders = ["/usr/share/terminfo", "/lib/terminfo", "/etc/terminfo", "/usr/lib/terminfo"]
        let hasTmuxEntry = folders.contains { FileManager.default.fileExists(atPath: $0 + "/t/tmux-256color") }
        return hasTmuxEntry ? "tmux-256color" : "xterm-256color"
    }()
}
