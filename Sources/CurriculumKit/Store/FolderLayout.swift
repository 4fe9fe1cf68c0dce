/// Where each kind of file lives inside a curricula folder.
public struct FolderLayout: Sendable, Hashable {
    /// The folder, as an absolute path without a trailing slash.
    public let root: String

    public init(root: String) {
        var path = root
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        self.root = path
    }

    public var catalog: String { root + "/catalog.json" }
    public var topicsFolder: String { root + "/topics" }
    public var schemaFolder: String { root + "/schema" }

    public func topicFolder(_ topic: String) -> String { topicsFolder + "/" + topic }
    public func modulesFolder(_ topic: String) -> String { topicFolder(topic) + "/modules" }
    public func moduleFolder(_ topic: String, _ module: String) -> String { modulesFolder(topic) + "/" + module }

    /// The folder of revision files inside a document folder.
    public static func revisions(_ documentFolder: String) -> String { documentFolder + "/revisions" }
    /// The folder of review events inside a module folder.
    public static func reviews(_ documentFolder: String) -> String { documentFolder + "/reviews" }

    /// `path` relative to the folder, for messages.
    public func relative(_ path: String) -> String {
        if path == root { return "." }
        if path.hasPrefix(root + "/") { return String(path.dropFirst(root.count + 1)) }
        return path
    }
}
