import Crypto

/// The content hash that names revision files.
enum ContentHash {
    /// The first 12 hex digits of the SHA-256 of `bytes`.
    static func short(_ bytes: [UInt8]) -> String {
        let digest = SHA256.hash(data: bytes)
        var hex = ""
        hex.reserveCapacity(12)
        for byte in digest.prefix(6) {
            hex += String(byte >> 4, radix: 16) + String(byte & 0xF, radix: 16)
        }
        return hex
    }
}
