import Crypto

/// The content hash that names revision files.
enum ContentHash {
    /// The first 12 hex digits of the SHA-256 of `bytes`.
    static func short(_ bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes).prefix(6))
    }

    /// `bytes` in lower-case hex, two digits each.
    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in bytes { text += [digits[Int(byte >> 4)], digits[Int(byte & 0xF)]] }
        return String(decoding: text, as: UTF8.self)
    }
}
