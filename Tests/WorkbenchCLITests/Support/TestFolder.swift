import Crypto
import Foundation

/// A private copy of the shipped `Curricula/` (or an empty place) in a temporary directory.
final class TestFolder {
    let root: URL
    let path: String

    /// A copy of the repository's shipped folder.
    init(copyingShipped: Bool = true) throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("wb-folder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        root = base.appendingPathComponent("Curricula")
        path = root.path
        if copyingShipped {
            try FileManager.default.copyItem(at: Workbench.repository.appendingPathComponent("Curricula"), to: root)
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: root.deletingLastPathComponent())
    }

    /// Runs `workbench` on this folder.
    @discardableResult
    func run(_ arguments: String..., stdin: String? = nil, user: String = "Test Author") throws -> RunResult {
        try Workbench.run(arguments + ["--folder", path, "--user", user], stdin: stdin)
    }

    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, Data(text.utf8))
    }

    func write(_ relative: String, _ data: Data) throws {
        let url = url(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func read(_ relative: String) throws -> Data {
        try Data(contentsOf: url(relative))
    }

    /// Every file below the folder (hidden ones included) with the SHA-256 of its bytes.
    func snapshot() throws -> [String: String] {
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: path)
        while let name = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isDirectory)
            if isDirectory.boolValue {
                files[name + "/"] = "dir"
            } else {
                let data = (try? Data(contentsOf: url(name))) ?? Data()
                files[name] = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
            }
        }
        return files
    }

    /// The revision files of a document folder, sorted.
    func revisions(_ documentFolder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path + "/" + documentFolder + "/revisions").filter {
            !$0.hasPrefix(".")
        }.sorted()
    }

    static let exampleFolder = "topics/15-local-migration-governance/modules/local-action-plans"
}

/// The first 12 hex digits of SHA-256, as revision file names carry.
func shortHash(_ data: Data) -> String {
    String(SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined().prefix(12))
}
