extension KeyedDecodingContainer {
    /// Decodes a value that a hand-written draft may leave out; a present value of the wrong type is still an error.
    func decode<T: Decodable>(_ key: Key, default value: @autoclosure () -> T) throws -> T {
        try decodeIfPresent(T.self, forKey: key) ?? value()
    }

    func decode<T: Decodable>(_ key: Key) throws -> T {
        try decode(T.self, forKey: key)
    }
}
