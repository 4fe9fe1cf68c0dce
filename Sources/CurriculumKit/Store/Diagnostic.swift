/// One finding about a file: an error (the file cannot be used) or a warning (the draft is incomplete).
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible, Codable {
    public enum Severity: String, Hashable, Sendable, Codable {
        case error, warning
    }

    public var severity: Severity
    /// The file, relative to the folder.
    public var file: String
    /// A JSON pointer into the file's document, empty for the whole file.
    public var pointer: String
    public var message: String

    public init(_ severity: Severity, file: String, pointer: String = "", _ message: String) {
        self.severity = severity
        self.file = file
        self.pointer = pointer
        self.message = message
    }

    public var description: String {
        let place = pointer.isEmpty ? file : "\(file) at \(pointer)"
        return "\(severity.rawValue): \(place): \(message)"
    }
}
