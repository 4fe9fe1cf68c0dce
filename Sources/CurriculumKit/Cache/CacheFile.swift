import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A cache file: a magic line, a version, a checksum of the rest, then the payload.
enum CacheFile {
    /// Magic (12 bytes), version (4), checksum (8).
    static let headerSize = 24

    /// The file's bytes when its magic, version and checksum are right; `nil` otherwise.
    static func readVerified(_ path: String, magic: [UInt8], version: UInt32) -> [UInt8]? {
        guard let bytes = readWhole(path), bytes.count >= headerSize, bytes.starts(with: magic) else { return nil }
        var reader = ByteReader(bytes, offset: magic.count)
        guard (try? reader.readUInt32()) == version, let checksum = try? reader.readUInt64(),
            CacheChecksum.of(bytes, from: headerSize) == checksum
        else { return nil }
        return bytes
    }

    /// Writes magic, version, checksum and `payload` to `path` through a temporary file and a
    /// rename, creating the cache directory (private to the user) when needed. Errors are ignored:
    /// the cache is an optimisation.
    static func write(_ payload: [UInt8], to path: String, magic: [UInt8], version: UInt32) {
        var header = ByteWriter()
        header.write(raw: magic)
        header.write(version)
        var file = header.bytes
        file.reserveCapacity(headerSize + payload.count)
        file += [UInt8](repeating: 0, count: 8)
        file += payload
        let checksum = CacheChecksum.of(file, from: headerSize)
        withUnsafeBytes(of: checksum.littleEndian) { file.replaceSubrange(16..<24, with: $0) }
        let directory = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        _ = try? AtomicWriter.write(file, to: directory, name: (path as NSString).lastPathComponent, mode: .replace)
    }

    /// The whole file, read with one allocation of its size.
    private static func readWhole(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size > 0 else { return nil }
        let size = Int(status.st_size)
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            var filled = 0
            while filled < size {
                let count = read(descriptor, buffer.baseAddress! + filled, size - filled)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { break }
                filled += count
            }
            initialized = filled
        }
        guard bytes.count == size else { return nil }
        // A file that grew while read is being rewritten: its checksum decides.
        var extra: UInt8 = 0
        if read(descriptor, &extra, 1) > 0 { bytes.append(extra) }
        return bytes
    }
}

extension CacheFile {
    /// The SHA-256 of `bytes` in hex, for keying a cache to a file's content.
    static func digest(_ bytes: [UInt8]) -> String {
        ContentHash.hex(ContentHash.sha256(bytes))
    }
}
