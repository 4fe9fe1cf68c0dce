/// Encodes `Encodable` values straight into a `JSONValue` tree, without writing and reading
/// JSON text in between. Optional members that are `nil` are left out, as `JSONEncoder` does.
struct JSONValueEncoder {
    func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        try encodeValue(value, codingPath: [])
    }
}

/// Encodes one value: scalars directly, anything else through a `TreeEncoder`.
private func encodeValue<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws -> JSONValue {
    switch value {
    case let text as String: return .string(text)
    case let flag as Bool: return .bool(flag)
    case let number as Int: return .integer(number)
    case let number as Double: return try finite(number, codingPath)
    case let number as Float: return try finite(Double(number), codingPath)
    // Integer types are named rather than found by a cast to `any BinaryInteger`, which looks up
    // the conformance of every encoded type (a search through all of the program's conformances).
    case is Int8, is Int16, is Int32, is Int64, is UInt, is UInt8, is UInt16, is UInt32, is UInt64:
        let number = value as! any BinaryInteger
        guard let whole = Int(exactly: number) else {
            throw EncodingError.invalidValue(value, .init(codingPath: codingPath, debugDescription: "\(number) does not fit in Int."))
        }
        return .integer(whole)
    default:
        let encoder = TreeEncoder(codingPath: codingPath)
        try value.encode(to: encoder)
        return encoder.root.resolved() ?? .object([:])
    }
}

private func finite(_ number: Double, _ codingPath: [any CodingKey]) throws -> JSONValue {
    guard number.isFinite else {
        throw EncodingError.invalidValue(number, .init(codingPath: codingPath, debugDescription: "\(number) is not valid JSON."))
    }
    return .number(number)
}

/// Where a container writes: the value being built at one position of the tree.
private final class Slot {
    var value: JSONValue?
    /// Members or elements still being filled by nested containers.
    var members: [String: Slot] = [:]
    var elements: [Slot] = []
    var kind: Kind = .single

    enum Kind { case single, object, array }

    init(_ value: JSONValue? = nil) { self.value = value }

    /// The finished value: nested slots folded in.
    func resolved() -> JSONValue? {
        switch kind {
        case .single: return value
        case .object:
            return .object(members.mapValues { $0.resolved() ?? .null })
        case .array:
            return .array(elements.map { $0.resolved() ?? .null })
        }
    }
}

private final class TreeEncoder: Encoder {
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    let root: Slot

    init(codingPath: [any CodingKey], root: Slot = Slot()) {
        self.codingPath = codingPath
        self.root = root
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        root.kind = .object
        return KeyedEncodingContainer(KeyedTreeEncoder<Key>(slot: root, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        root.kind = .array
        return UnkeyedTreeEncoder(slot: root, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleTreeEncoder(slot: root, codingPath: codingPath)
    }
}

private struct KeyedTreeEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let slot: Slot
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws {
        slot.members[key.stringValue] = Slot(.null)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        slot.members[key.stringValue] = Slot(try encodeValue(value, codingPath: codingPath + [key]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = Slot()
        nested.kind = .object
        slot.members[key.stringValue] = nested
        return KeyedEncodingContainer(KeyedTreeEncoder<NestedKey>(slot: nested, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = Slot()
        nested.kind = .array
        slot.members[key.stringValue] = nested
        return UnkeyedTreeEncoder(slot: nested, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        let nested = Slot()
        slot.members["super"] = nested
        return TreeEncoder(codingPath: codingPath, root: nested)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let nested = Slot()
        slot.members[key.stringValue] = nested
        return TreeEncoder(codingPath: codingPath + [key], root: nested)
    }
}

private struct UnkeyedTreeEncoder: UnkeyedEncodingContainer {
    let slot: Slot
    let codingPath: [any CodingKey]
    var count: Int { slot.elements.count }

    mutating func encodeNil() throws {
        slot.elements.append(Slot(.null))
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        slot.elements.append(Slot(try encodeValue(value, codingPath: codingPath + [JSONIndexKey(count)])))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = Slot()
        nested.kind = .object
        let path = codingPath + [JSONIndexKey(count)]
        slot.elements.append(nested)
        return KeyedEncodingContainer(KeyedTreeEncoder<NestedKey>(slot: nested, codingPath: path))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = Slot()
        nested.kind = .array
        let path = codingPath + [JSONIndexKey(count)]
        slot.elements.append(nested)
        return UnkeyedTreeEncoder(slot: nested, codingPath: path)
    }

    mutating func superEncoder() -> any Encoder {
        let nested = Slot()
        let path = codingPath + [JSONIndexKey(count)]
        slot.elements.append(nested)
        return TreeEncoder(codingPath: path, root: nested)
    }
}

private struct SingleTreeEncoder: SingleValueEncodingContainer {
    let slot: Slot
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws {
        slot.kind = .single
        slot.value = .null
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        slot.kind = .single
        slot.value = try encodeValue(value, codingPath: codingPath)
    }
}
