import CurriculumKit
import Foundation

/// Reads module documents that users hand to `new --from` and `save --from`.
enum DocumentInput {
    /// The module in `path` (`-` = stdin): a module document, or `show --json` output holding one.
    static func readModule(_ path: String) throws(CommandFailure) -> Module {
        let bytes: [UInt8]
        if path == "-" {
            bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        } else {
            guard let data = FileManager.default.contents(atPath: path) else {
                var isDirectory: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
                throw .refused(
                    exists
                        ? "\(path) cannot be read\(isDirectory.boolValue ? ": it is a folder" : " (permission denied)")"
                        : "\(path) does not exist")
            }
            bytes = Array(data)
        }
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
