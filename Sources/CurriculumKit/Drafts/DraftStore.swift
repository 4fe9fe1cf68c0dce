import Foundation

/// Where a user's unsaved drafts of one curricula folder are kept: under the user's state
/// directory (`$XDG_STATE_HOME`, else `~/.local/state`), never in the shared folder.
///
/// One file per document, named by the folder (a hash of its absolute path), the topic and
/// the id, written atomically so that a crash mid-write keeps the previous draft.
public struct DraftStore: Sendable {
    /// The directory holding the draft files.
    public let directory: String
    /// The absolute path of the curricula folder the drafts belong to.
    public let folder: String

    public init(directory: String, folder: String) {
        self.directory = directory
        self.folder = folder
    }

    /// The drafts of `folder` in the standard place for this user.
    /// `environment` stands for the process's variables in tests.
    public static func standard(folder: String, environment: [String: String]? = nil) -> DraftStore {
        let state: String
        if let configured = ProcessEnvironment.variable("XDG_STATE_HOME", in: environment), configured.hasPrefix("/") {
            state = configured
        } else {
            let home = ProcessEnvironment.variable("HOME", in: environment).flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            state = home + "/.local/state"
        }
        return DraftStore(directory: state + "/curriculum-workbench/drafts", folder: folder)
    }

    /// The file that holds the draft of one document.
    public func path(kind: Draft.Kind, topic: String, id: String) -> String {
        let folderKey = ContentHash.short(Array(folder.utf8))
        return directory + "/" + "\(folderKey)-\(topic)-\(kind.rawValue)-\(id).json"
    }

    /// Writes (or replaces) the draft of its document.
    public func write(_ draft: Draft) throws(StoreError) {
        try AtomicWriter.makeDirectories(directory)
        let name = (path(kind: draft.kind, topic: draft.topic, id: draft.id) as NSString).lastPathComponent
        try AtomicWriter.write(CanonicalJSON.bytes(draft.tree), to: directory, name: name, mode: .replace)
    }

    /// The draft of a document: `nil` when there is none; an error when its file cannot be read,
    /// so that a damaged draft is reported rather than silently dropped.
    public func read(kind: Draft.Kind, topic: String, id: String) throws(StoreError) -> Draft? {
        let file = path(kind: kind, topic: topic, id: id)
        guard FileManager.default.fileExists(atPath: file) else { return nil }
        let bytes: [UInt8]
        do {
            bytes = try AtomicWriter.readFile(file)
        } catch {
            throw StoreError(.notFound, "the unsaved draft \(file) cannot be read: \(error.message)")
        }
        guard let tree = try? JSONParser.parse(bytes), let draft = Draft(tree: tree),
            draft.kind == kind, draft.topic == topic, draft.id == id
        else {
            throw StoreError(.invalid, "the unsaved draft \(file) is damaged and cannot be restored")
        }
        return draft
    }

    /// Removes the draft of a document, if there is one.
    public func remove(kind: Draft.Kind, topic: String, id: String) {
        unlink(path(kind: kind, topic: topic, id: id))
    }
}
