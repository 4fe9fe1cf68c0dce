import Crypto

/// The content hash that names revision files.
enum ContentHash {
    /// The first 12 hex digits of the SHA-256 of `bytes`.
    static func short(_ bytes: [UInt8]) -> String {
        hex(sha256(bytes).prefix(6))
    }

    /// The SHA-256 of `bytes`, hashed as a buffer: the generic `hash(data:)` looks up
    /// `DataProtocol` conformances the first time, which costs more than hashing a revision.
    static func sha256(_ bytes: [UInt8]) -> [UInt8] {
        var hasher = SHA256()
        bytes.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        return hasher.finalize().withUnsafeBytes { Array($0) }
    }

    /// `bytes` in lower-case hex, two digits each.
    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in bytes { text += [digits[Int(byte >> 4)], digits[Int(byte & 0xF)]] }
        return String(decoding: text, as: UTF8.self)
    }
}
