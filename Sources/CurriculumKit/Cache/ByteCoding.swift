/// Appends little-endian integers and length-prefixed strings to a byte array: the cache files'
/// encoding, compact and read without a JSON parser.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    mutating func reserve(_ count: Int) { bytes.reserveCapacity(count) }

    mutating func write(_ value: UInt8) { bytes.append(value) }

    mutating func write(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ value: Int64) { write(UInt64(bitPattern: value)) }

    /// A count or small number that fits in 32 bits.
    mutating func write(count: Int) { write(UInt32(truncatingIfNeeded: count)) }

    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            write(count: utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// An optional string: a flag byte, then the string.
    mutating func write(_ text: String?) {
        write(UInt8(text == nil ? 0 : 1))
        if let text { write(text) }
    }

    mutating func write(raw: some Collection<UInt8>) { bytes.append(contentsOf: raw) }
}

/// Reads what `ByteWriter` wrote; every read is bounds-checked and throws on a short or malformed file.
struct ByteReader {
    struct Malformed: Error {}

    let bytes: [UInt8]
    private(set) var offset: Int

    init(_ bytes: [UInt8], offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func readByte() throws(Malformed) -> UInt8 {
        guard offset < bytes.count else { throw Malformed() }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func readUInt32() throws(Malformed) -> UInt32 {
        guard offset + 4 <= bytes.count else { throw Malformed() }
        let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self) }
        offset += 4
        return UInt32(littleEndian: value)
    }

    mutating func readUInt64() throws(Malformed) -> UInt64 {
        guard offset + 8 <= bytes.count else { throw Malformed() }
        let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self) }
        offset += 8
        return UInt64(littleEndian: value)
    }

    mutating func readInt64() throws(Malformed) -> Int64 { Int64(bitPattern: try readUInt64()) }

    /// A count, refused when it could not fit in what is left of the file.
    mutating func readCount(each minimumSize: Int = 1) throws(Malformed) -> Int {
        let count = Int(try readUInt32())
        guard count * max(1, minimumSize) <= bytes.count - offset else { throw Malformed() }
        return count
    }

    /// A string; text that is not valid UTF-8 means a damaged file.
    mutating func readString() throws(Malformed) -> String {
        let range = try readRange()
        let text: String? = bytes.withUnsafeBufferPointer { buffer in
            String(validating: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
        }
        guard let text else { throw Malformed() }
        return text
    }

    mutating func readOptionalString() throws(Malformed) -> String? {
        switch try readByte() {
        case 0: return nil
        case 1: return try readString()
        default: throw Malformed()
        }
    }

    /// The range of a length-prefixed run of bytes, skipped over.
    mutating func readRange() throws(Malformed) -> Range<Int> {
        let count = try readCount()
        defer { offset += count }
        return offset..<(offset + count)
    }

    mutating func skip(_ count: Int) throws(Malformed) {
        guard count >= 0, offset + count <= bytes.count else { throw Malformed() }
        offset += count
    }
}

/// A fast checksum of a cache file's bytes (sums of 64-bit words in four lanes, each rotated per
/// word so that swapped words count, then mixed): it catches truncated, garbled and partly
/// written files, not tampering. Four independent lanes let the processor add several words at
/// once: a search cache is a hundred megabytes.
enum CacheChecksum {
    static func of(_ bytes: [UInt8], from start: Int = 0) -> UInt64 {
        bytes.withUnsafeBytes { of(UnsafeRawBufferPointer(rebasing: $0[start...])) }
    }

    /// The checksum of `raw`, whole (an array's bytes or a mapped file's).
    static func of(_ raw: UnsafeRawBufferPointer) -> UInt64 {
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (0x9E37_79B9_7F4A_7C15 &+ UInt64(raw.count), 1, 2, 3)
        let blocks = raw.count / 32
        var offset = 0
        for _ in 0..<blocks {
            lanes.0 = rotated(lanes.0) &+ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            lanes.1 = rotated(lanes.1) &+ raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)
            lanes.2 = rotated(lanes.2) &+ raw.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self)
            lanes.3 = rotated(lanes.3) &+ raw.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self)
            offset += 32
        }
        var sum = lanes.0
        for lane in [lanes.1, lanes.2, lanes.3] { sum = rotated(sum) &* 0xBF58_476D_1CE4_E5B9 &+ lane }
        for position in offset..<raw.count { sum = rotated(sum) &+ UInt64(raw[position]) }
        return sum
    }

    private static func rotated(_ value: UInt64) -> UInt64 { value &<< 5 | value &>> 59 }
}
