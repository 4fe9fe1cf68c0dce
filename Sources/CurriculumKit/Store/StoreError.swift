/// Why the store refused or failed an action, as one sentence naming the file or argument.
public struct StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The folder, catalog or a file is missing or unreadable.
        case notFound
        /// A file's content cannot be used.
        case invalid
        /// The action is not allowed (permission, conflict, role).
        case refused
        /// The disk failed a write.
        case io
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
