import ArgumentParser
import CurriculumKit
import Foundation

/// The options every command takes: which folder, and who is working.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The curricula folder (default: $WORKBENCH_FOLDER, else ./Curricula).", valueName: "path"),
        completion: .directory)
    var folder: String?

    @Option(name: .long, help: ArgumentHelp("Who is working (default: $WORKBENCH_USER, else git's user.name, else $USER).", valueName: "name"))
    var user: String?

    /// The folder path as given or from the environment.
    var folderPath: String {
        if let folder, !folder.isEmpty { return folder }
        if let fromEnvironment = ProcessEnvironment.variable("WORKBENCH_FOLDER"), !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return "Curricula"
    }

    /// The user's name: `--user`, `$WORKBENCH_USER`, git's `user.name`, `$USER`; empty when none is known.
    var userName: String { startUserNameLookup()() }

    /// Starts finding the user's name and returns how to get it: `git config user.name` runs
    /// beside whatever the command does meanwhile (opening a folder), rather than before it.
    func startUserNameLookup() -> () -> String {
        if let user {
            let name = user.trimmedOfWhitespace
            return { name }
        }
        if let name = ProcessEnvironment.variable("WORKBENCH_USER"), !name.isEmpty { return { name } }
        let fallback = ProcessEnvironment.variable("USER") ?? ""
        guard let lookup = GitConfig.startUserNameLookup(in: folderPath) else { return { fallback } }
        return {
            guard let name = lookup.result(), !name.isEmpty else { return fallback }
            return name
        }
    }

    /// Opens the folder, or fails with the reason; with `module` (`TOPIC/MODULE` or an id), reads
    /// only that module in full, for commands that change one module.
    ///
    /// The per-user summary cache (`$XDG_CACHE_HOME/curriculum-workbench`) lets every other
    /// command skip the documents whose files have not changed; they are read when used.
    func openStore(onlyModule module: String? = nil) throws(CommandFailure) -> CurriculumStore {
        do {
            let store = try CurriculumStore.open(
                folderPath, only: module.map { String($0.split(separator: "/").last ?? "") }, cache: .standard())
            OpenedStores.keep(store)
            return store
        } catch {
            throw CommandFailure(error)
        }
    }
}

extension GlobalOptions {
    /// Opens the folder for the one module `module` names (`TOPIC/MODULE` or a bare id): reads
    /// that module's folder and no other module (see `CurriculumStore.open(_:focusedOn:)`).
    func openStore(focusedOn module: String) throws(CommandFailure) -> CurriculumStore {
        do {
            return try CurriculumStore.open(folderPath, focusedOn: module)
        } catch {
            throw CommandFailure(error)
        }
    }
}

/// The stores this process opened, kept to its end: freeing ten thousand module entries just
/// before the process exits cost more than drawing the first frame, and exiting frees them all.
private enum OpenedStores {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var stores: [CurriculumStore] = []

    static func keep(_ store: CurriculumStore) {
        lock.withLock { stores.append(store) }
    }
}

/// Reads `git config user.name` without requiring git to be installed.
enum GitConfig {
    /// A running `git config user.name`.
    final class Lookup {
        private let process: Process
        private let output: Pipe

        fileprivate init(process: Process, output: Pipe) {
            self.process = process
            self.output = output
        }

        /// Waits for git; the name it printed, or `nil` when it had none.
        func result() -> String? {
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { return nil }
            return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    /// Starts git in `folder` (so that the folder's own repository settings count); `nil` when
    /// git is not installed or cannot run.
    static func startUserNameLookup(in folder: String) -> Lookup? {
        let candidates = ["/usr/bin/git", "/usr/local/bin/git", "/bin/git"]
        guard let git = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: git)
        process.arguments = ["config", "user.name"]
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue {
            process.currentDirectoryURL = URL(fileURLWithPath: folder)
        }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return nil
        }
        return Lookup(process: process, output: output)
    }
}
