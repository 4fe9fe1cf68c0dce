#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The least a durable save must do, for comparing `workbench save` with.
enum ReferenceWrite {
    /// Writes FILE's bytes into DIR as a new file; returns an error text on failure.
    static func run(file: String, directory: String) -> String? {
        guard let bytes = readAll(file) else { return "cannot read \(file): \(errnoText())" }
        let unique = "\(getpid())-\(nanoseconds())"
        let temporary = "\(directory)/.tmp-\(unique)"
        let final = "\(directory)/ref-\(unique).json"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return "cannot create \(temporary): \(errnoText())" }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, bytes.count - written) }
            if result < 0 {
                if errno == EINTR { continue }
                close(fd)
                return "cannot write \(temporary): \(errnoText())"
            }
            written += result
        }
        guard fsync(fd) == 0 else { return "fsync \(temporary): \(errnoText())" }
        guard close(fd) == 0 else { return "close \(temporary): \(errnoText())" }
        guard rename(temporary, final) == 0 else { return "rename to \(final): \(errnoText())" }
        let directoryFD = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard directoryFD >= 0 else { return "cannot open \(directory): \(errnoText())" }
        defer { close(directoryFD) }
        guard fsync(directoryFD) == 0 else { return "fsync \(directory): \(errnoText())" }
        return nil
    }

    private static func readAll(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { return nil }
            if count == 0 { return bytes }
            bytes += chunk[0..<count]
        }
    }

    private static func nanoseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
    }

    private static func errnoText() -> String { String(cString: strerror(errno)) }
}
