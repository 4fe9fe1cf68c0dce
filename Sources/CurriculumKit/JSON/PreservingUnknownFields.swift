/// A document that carries the fields a newer format version wrote, to write them back.
public protocol PreservingUnknownFields: Codable {
    var unknownFields: UnknownFields { get set }
}

extension Module: PreservingUnknownFields {}
extension Topic: PreservingUnknownFields {}
extension Catalog: PreservingUnknownFields {}

extension DocumentCoding {
    /// Decodes a document from file bytes and records the fields this version does not know.
    public static func decodeDocument<T: PreservingUnknownFields>(_ type: T.Type, from bytes: [UInt8]) throws(DocumentError) -> T {
        let (value, tree, leftUnread) = try decodeNoting(type, from: bytes)
        var result = value
        if leftUnread {
            result.unknownFields = UnknownFields.difference(raw: tree, known: DocumentCoding.tree(of: value))
        }
        return result
    }

    /// Decodes a document from a tree (one being edited, say), recording the fields this version does not know.
    public static func decodeDocument<T: PreservingUnknownFields>(_ type: T.Type, fromTree tree: JSONValue) throws(DocumentError) -> T {
        do {
            var (value, leftUnread) = try JSONValueDecoder().decodeNoting(T.self, from: tree)
            if leftUnread {
                value.unknownFields = UnknownFields.difference(raw: tree, known: DocumentCoding.tree(of: value))
            }
            return value
        } catch let error as DecodingError {
            throw describe(error)
        } catch {
            throw .content(pointer: "", reason: String(describing: error))
        }
    }

    /// The tree of a document as its file holds it, its unknown fields included.
    public static func documentTree<T: PreservingUnknownFields>(of value: T) -> JSONValue {
        value.unknownFields.applied(to: tree(of: value))
    }

    /// The canonical bytes of a document, its unknown fields included.
    public static func encodeDocument<T: PreservingUnknownFields>(_ value: T) -> [UInt8] {
        encode(value, unknown: value.unknownFields)
    }
}
