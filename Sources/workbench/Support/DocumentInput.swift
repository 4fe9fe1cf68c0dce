import CurriculumKit
import Foundation

/// Reads module documents that users hand to `new --from` and `save --from`.
enum DocumentInput {
    /// The module in `path` (`-` = stdin): a module document, or `show --json` output holding one.
    static func readModule(_ path: String) throws(CommandFailure) -> Module {
        let bytes = path == "-" ? try readStandardInput() : try readFile(path)
        let shown = path == "-" ? "the standard input" : path
        let tree: JSONValue
        do {
            tree = try JSONParser.parse(bytes)
        } catch {
            throw .refused("\(shown) is not a module document: not valid JSON: \(error)")
        }
        var document = tree
        if let members = tree.objectValue, members["format"] == nil, let inner = members["document"] {
            // A revision file or `show --json` output: the document is inside.
            document = inner
        }
        guard document.objectValue != nil else {
            throw .refused("\(shown) is not a module document: it holds \(document.kindName), not an object")
        }
        if let format = document["format"]?.stringValue, format != Module.format {
            throw .refused("\(shown) is not a module document: its format is \"\(format)\", not \"\(Module.format)\"")
        }
        do {
            return try DocumentCoding.decodeDocument(Module.self, fromTree: document)
        } catch {
            throw .refused("\(shown) is not a usable module document: \(error)")
        }
    }

    /// The most a document handed in may hold: far more than any module, and a bound on what
    /// an endless source (`--from /dev/zero`) makes the command read.
    static let sizeLimit = 16 << 20

    private static func readStandardInput() throws(CommandFailure) -> [UInt8] {
        try readAll(descriptor: 0, shownAs: "the standard input")
    }

    /// The bytes of `path`: a regular file, or a pipe, process substitution (`<(…)`, a
    /// `/dev/fd/N` name) or device, read to its end like the standard input.
    private static func readFile(_ path: String) throws(CommandFailure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason = errno
            switch reason {
            case ENOENT, ENOTDIR: throw .refused("\(path) does not exist")
            case EACCES, EPERM: throw .refused("\(path) cannot be read (permission denied)")
            default: throw .refused("\(path) cannot be read (\(String(cString: strerror(reason))))")
            }
        }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            throw .refused("\(path) cannot be read: it is a folder")
        }
        return try readAll(descriptor: descriptor, shownAs: path)
    }

    private static func readAll(descriptor: Int32, shownAs name: String) throws(CommandFailure) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                if errno == EISDIR { throw .refused("\(name) cannot be read: it is a folder") }
                throw .refused("\(name) cannot be read (\(String(cString: strerror(errno))))")
            }
            bytes += chunk[0..<count]
            if bytes.count > sizeLimit {
                throw .refused("\(name) holds more than \(sizeLimit >> 20) MiB: not a module document; nothing was written")
            }
        }
    }

    /// Refuses a document with validation errors; prints its warnings.
    static func refuseErrors(in module: Module, store: CurriculumStore, shownAs name: String) throws(CommandFailure) {
        // Only the prerequisites' ids are asked for: a store focused on one module answers that too.
        let known = store.moduleIDs(among: module.prerequisites).union([module.id])
        let findings = ModuleValidator(knownModules: known, expectedTopic: module.topic).diagnose(module, file: name)
        let errors = findings.filter { $0.severity == .error }
        if let first = errors.first {
            throw .refused("\(first.place): \(first.message); nothing was written")
        }
        for warning in findings where warning.severity == .warning {
            Console.warning("\(warning.place): \(warning.message)")
        }
    }
}
