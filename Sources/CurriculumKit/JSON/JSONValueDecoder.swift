/// Decodes `Decodable` values from a `JSONValue` tree that has already been parsed, so a file is
/// parsed once. Errors are the `DecodingError`s Foundation's `JSONDecoder` throws, with the same
/// coding paths, so the messages built from them name the same JSON pointers.
struct JSONValueDecoder {
    func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        try decodeNoting(type, from: value).value
    }

    /// The value, and whether some object member was never read: a field this version does not
    /// know. When none was, the tree holds nothing the typed value would lose.
    func decodeNoting<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> (value: T, leftUnread: Bool) {
        let log = ReadLog()
        let result = try TreeDecoder(value: value, codingPath: [], log: log).decodeValue(type)
        return (result, log.leftUnread)
    }
}

/// Which members of each object decoding read.
private final class ReadLog {
    final class Object {
        let members: [String: JSONValue]
        var read: Set<String> = []
        init(_ members: [String: JSONValue]) { self.members = members }
    }

    var objects: [Object] = []

    func object(_ members: [String: JSONValue]) -> Object {
        let object = Object(members)
        objects.append(object)
        return object
    }

    var leftUnread: Bool {
        objects.contains { object in object.members.keys.contains { !object.read.contains($0) } }
    }
}

/// One position in the tree: the value there and the path that leads to it.
private struct TreeDecoder: Decoder {
    let value: JSONValue
    let codingPath: [any CodingKey]
    let log: ReadLog
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = value else {
            throw mismatch([String: Any].self, value)
        }
        return KeyedDecodingContainer(KeyedTreeContainer<Key>(members: members, codingPath: codingPath, log: log, object: log.object(members)))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let elements) = value else {
            throw mismatch([Any].self, value)
        }
        return UnkeyedTreeContainer(elements: elements, codingPath: codingPath, log: log)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleTreeContainer(value: value, codingPath: codingPath, log: log)
    }

    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        switch type {
        case is String.Type, is Bool.Type, is Int.Type, is Double.Type:
            return try SingleTreeContainer(value: value, codingPath: codingPath, log: log).decodeScalar(type)
        // The other integer types are named, not found by a cast to `any FixedWidthInteger.Type`:
        // that cast looks up the conformance of every decoded type, a search through every
        // conformance of the program the first time, which was a third of a save's decoding.
        case is Int8.Type, is Int16.Type, is Int32.Type, is Int64.Type, is UInt.Type, is UInt8.Type, is UInt16.Type,
            is UInt32.Type, is UInt64.Type:
            let integer = type as! any FixedWidthInteger.Type
            return try SingleTreeContainer(value: value, codingPath: codingPath, log: log).decodeInteger(integer) as! T
        default:
            return try T(from: self)
        }
    }

    func mismatch(_ type: Any.Type, _ found: JSONValue) -> DecodingError {
        treeMismatch(type, found, codingPath)
    }
}

private func treeMismatch(_ type: Any.Type, _ found: JSONValue, _ path: [any CodingKey]) -> DecodingError {
    if case .null = found {
        return .valueNotFound(type, .init(codingPath: path, debugDescription: "Expected \(type) value but found null instead."))
    }
    return .typeMismatch(type, .init(codingPath: path, debugDescription: "Expected to decode \(type) but found \(found.kindName) instead."))
}

private struct KeyedTreeContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let members: [String: JSONValue]
    let codingPath: [any CodingKey]
    let log: ReadLog
    let object: ReadLog.Object

    var allKeys: [Key] { members.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { members[key.stringValue] != nil }

    private func member(_ key: Key) throws -> JSONValue {
        object.read.insert(key.stringValue)
        guard let value = members[key.stringValue] else {
            throw DecodingError.keyNotFound(
                key, .init(codingPath: codingPath, debugDescription: "No value associated with key \(key.stringValue)."))
        }
        return value
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        if case .null = try member(key) { return true }
        return false
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try TreeDecoder(value: try member(key), codingPath: codingPath + [key], log: log).decodeValue(type)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        object.read.insert(key.stringValue)
        guard let value = members[key.stringValue] else { return nil }
        if case .null = value { return nil }
        return try TreeDecoder(value: value, codingPath: codingPath + [key], log: log).decodeValue(type)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try TreeDecoder(value: try member(key), codingPath: codingPath + [key], log: log).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try TreeDecoder(value: try member(key), codingPath: codingPath + [key], log: log).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        TreeDecoder(value: .object(members), codingPath: codingPath, log: log)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        object.read.insert(key.stringValue)
        return TreeDecoder(value: members[key.stringValue] ?? .null, codingPath: codingPath + [key], log: log)
    }
}

private struct UnkeyedTreeContainer: UnkeyedDecodingContainer {
    let elements: [JSONValue]
    let codingPath: [any CodingKey]
    let log: ReadLog
    private(set) var currentIndex = 0

    init(elements: [JSONValue], codingPath: [any CodingKey], log: ReadLog) {
        self.elements = elements
        self.codingPath = codingPath
        self.log = log
    }

    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    private mutating func next(_ type: Any.Type) throws -> TreeDecoder {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(
                type, .init(codingPath: codingPath + [JSONIndexKey(currentIndex)], debugDescription: "Unkeyed container is at end."))
        }
        defer { currentIndex += 1 }
        return TreeDecoder(value: elements[currentIndex], codingPath: codingPath + [JSONIndexKey(currentIndex)], log: log)
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, case .null = elements[currentIndex] else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try next(type).decodeValue(type)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next([String: Any].self).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next([Any].self).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        try next(Any.self)
    }
}

private struct SingleTreeContainer: SingleValueDecodingContainer {
    let value: JSONValue
    let codingPath: [any CodingKey]
    let log: ReadLog

    func decodeNil() -> Bool {
        if case .null = value { return true }
        return false
    }

    func decode(_ type: Bool.Type) throws -> Bool { try decodeScalar(type) }
    func decode(_ type: String.Type) throws -> String { try decodeScalar(type) }
    func decode(_ type: Double.Type) throws -> Double { try decodeScalar(type) }
    func decode(_ type: Int.Type) throws -> Int { try decodeScalar(type) }
    func decode(_ type: Float.Type) throws -> Float { Float(try decodeScalar(Double.self)) }
    func decode(_ type: Int8.Type) throws -> Int8 { try fitting(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try fitting(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try fitting(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try fitting(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try fitting(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try fitting(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try fitting(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try fitting(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try fitting(type) }

    func decodeInteger<Number: FixedWidthInteger>(_ type: Number.Type) throws -> Number {
        try fitting(type)
    }

    /// A whole number that must fit `type`.
    private func fitting<Number: FixedWidthInteger>(_ type: Number.Type) throws -> Number {
        guard let number = Number(exactly: try decodeScalar(Int.self)) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: codingPath, debugDescription: "Number does not fit in \(type)."))
        }
        return number
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try TreeDecoder(value: value, codingPath: codingPath, log: log).decodeValue(type)
    }

    /// Strings, booleans and numbers; a whole number written with a fraction or exponent
    /// (`5.0`, `5e0`) is accepted as an integer when it is exactly one, as Foundation does.
    func decodeScalar<T>(_ type: T.Type) throws -> T {
        switch (value, type) {
        case (.string(let text), is String.Type): return text as! T
        case (.bool(let flag), is Bool.Type): return flag as! T
        case (.integer(let number), is Int.Type): return number as! T
        case (.integer(let number), is Double.Type): return Double(number) as! T
        case (.number(let number), is Double.Type): return number as! T
        case (.number(let number), is Int.Type):
            guard number.rounded() == number, let whole = Int(exactly: number) else {
                throw DecodingError.dataCorrupted(
                    .init(codingPath: codingPath, debugDescription: "Number \(number) is not representable in Swift."))
            }
            return whole as! T
        default:
            throw treeMismatch(type, value, codingPath)
        }
    }
}
