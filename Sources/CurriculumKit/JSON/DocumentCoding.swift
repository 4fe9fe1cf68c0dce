import Foundation

/// Why a document's bytes could not be used, said in one sentence without the file name.
public enum DocumentError: Error, Equatable, Sendable, CustomStringConvertible {
    case syntax(JSONSyntaxError)
    case content(pointer: String, reason: String)

    public var description: String {
        switch self {
        case .syntax(let error): "not valid JSON: \(error)"
        case .content(let pointer, let reason): pointer.isEmpty ? reason : "\(reason) at \(pointer)"
        }
    }

    /// The JSON pointer the error names, empty for the whole file.
    public var pointer: String {
        if case .content(let pointer, _) = self { return pointer }
        return ""
    }
}

/// Turns file bytes into typed values and back, keeping unknown fields and the canonical form.
public enum DocumentCoding {
    /// Decodes a typed value, with the fields this version does not know.
    public static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws(DocumentError) -> (T, JSONValue) {
        let (value, tree, _) = try decodeNoting(type, from: bytes)
        return (value, tree)
    }

    /// Decodes a typed value, with its tree and whether some member was left unread: only then
    /// can the tree hold fields this version does not know.
    static func decodeNoting<T: Decodable>(
        _ type: T.Type, from bytes: [UInt8]
    ) throws(DocumentError) -> (value: T, tree: JSONValue, leftUnread: Bool) {
        let tree: JSONValue
        do {
            tree = try JSONParser.parse(bytes)
        } catch {
            throw .syntax(error)
        }
        if case .object = tree {} else {
            throw .content(pointer: "", reason: "the file holds \(tree.kindName), not an object")
        }
        do {
            let (value, leftUnread) = try JSONValueDecoder().decodeNoting(T.self, from: tree)
            return (value, tree, leftUnread)
        } catch let error as DecodingError {
            throw describe(error)
        } catch {
            throw .content(pointer: "", reason: String(describing: error))
        }
    }

    /// The canonical bytes of a value, with `unknown` fields put back.
    public static func encode<T: Encodable>(_ value: T, unknown: UnknownFields = UnknownFields()) -> [UInt8] {
        CanonicalJSON.bytes(unknown.applied(to: tree(of: value)))
    }

    /// The JSON tree of a value as the typed model writes it.
    public static func tree<T: Encodable>(of value: T) -> JSONValue {
        do {
            return try JSONValueEncoder().encode(value)
        } catch {
            preconditionFailure("the model encodes to JSON it can read back: \(error)")
        }
    }

    static func describe(_ error: DecodingError) -> DocumentError {
        switch error {
        case .typeMismatch(let type, let context):
            return .content(
                pointer: JSONPointer.from(codingPath: context.codingPath),
                reason: "expected \(typeName(type)), found something else")
        case .valueNotFound(let type, let context):
            return .content(
                pointer: JSONPointer.from(codingPath: context.codingPath),
                reason: "expected \(typeName(type)), found null")
        case .keyNotFound(let key, let context):
            return .content(
                pointer: JSONPointer.from(codingPath: context.codingPath + [key]),
                reason: "the required field \"\(key.stringValue)\" is missing")
        case .dataCorrupted(let context):
            return .content(
                pointer: JSONPointer.from(codingPath: context.codingPath),
                reason: readable(context.debugDescription))
        @unknown default:
            return .content(pointer: "", reason: String(describing: error))
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type: "a whole number"
        case is Bool.Type: "true or false"
        case is [Any].Type: "a list"
        default:
            String(describing: type).contains("Array") ? "a list" : "an object or value of type \(type)"
        }
    }

    /// Rewrites Foundation's "Cannot initialize X from invalid String value y" into plain words.
    private static func readable(_ text: String) -> String {
        guard let range = text.range(of: "from invalid String value ") else { return text }
        let value = text[range.upperBound...]
        let typeName = text[..<range.lowerBound].replacingOccurrences(of: "Cannot initialize ", with: "")
            .trimmingCharacters(in: .whitespaces)
        let words = vocabularyWords[typeName].map { " (allowed: \($0.joined(separator: ", ")))" } ?? ""
        return "\"\(value)\" is not an allowed value\(words)"
    }

    private static let vocabularyWords: [String: [String]] = [
        "Delivery": Delivery.allowedWords,
        "OutcomeDomain": OutcomeDomain.allowedWords,
        "TeachingMethod": TeachingMethod.allowedWords,
        "AssessmentMethod": AssessmentMethod.allowedWords,
        "ReferenceKind": ReferenceKind.allowedWords,
        "CrossCuttingTheme": CrossCuttingTheme.allowedWords,
        "Role": Role.allowedWords,
        "Verdict": Verdict.allowedWords,
    ]
}
