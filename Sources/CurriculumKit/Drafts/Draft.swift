/// Unsaved edits of one document, kept on the user's machine so that a crash, a dropped
/// connection or a killed terminal does not lose them.
public struct Draft: Hashable, Sendable {
    public static let format = "curriculum-workbench/draft@1"

    /// What kind of document the draft edits.
    public enum Kind: String, Hashable, Sendable {
        case module, topic
    }

    public var kind: Kind
    /// The topic the document belongs to (a topic's own id for a topic).
    public var topic: String
    /// The module's id, or the topic's.
    public var id: String
    /// The revision the edit started from.
    public var base: RevisionID?
    /// When the draft was written (UTC, like revision times).
    public var time: String
    /// The document as edited, in its file form.
    public var document: JSONValue

    public init(kind: Kind, topic: String, id: String, base: RevisionID?, time: String, document: JSONValue) {
        self.kind = kind
        self.topic = topic
        self.id = id
        self.base = base
        self.time = time
        self.document = document
    }

    /// The draft's file form.
    var tree: JSONValue {
        var members: [String: JSONValue] = [
            "format": .string(Self.format), "kind": .string(kind.rawValue), "topic": .string(topic),
            "id": .string(id), "time": .string(time), "document": document,
        ]
        members["base"] = base.map { .string($0.description) } ?? .null
        return .object(members)
    }

    /// Reads a draft's file form; `nil` when it is not one.
    init?(tree: JSONValue) {
        guard tree["format"]?.stringValue == Self.format,
            let kind = tree["kind"]?.stringValue.flatMap(Kind.init(rawValue:)),
            let topic = tree["topic"]?.stringValue, let id = tree["id"]?.stringValue,
            let time = tree["time"]?.stringValue, let document = tree["document"], document.objectValue != nil
        else { return nil }
        var base: RevisionID?
        if let text = tree["base"]?.stringValue {
            guard let id = RevisionID(text) else { return nil }
            base = id
        }
        self.init(kind: kind, topic: topic, id: id, base: base, time: time, document: document)
    }
}
