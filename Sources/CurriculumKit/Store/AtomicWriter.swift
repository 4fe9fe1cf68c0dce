import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files so that a crash leaves the old state or the new one, never a torn file.
///
/// `Data.write(options: .atomic)` is not used: on Linux it never fsyncs the directory, resets
/// the file mode, replaces a symlink at the destination and falls back to a plain write.
enum AtomicWriter {
    /// Temporary files start with this; readers skip names starting with ".".
    static let temporaryPrefix = ".tmp-"
    /// A stray temporary file older than this is left over from a crash and may be removed.
    static let strayAge: TimeInterval = 600

    enum Mode {
        /// Fail if the name exists (revision and review files are never rewritten).
        case createNew
        /// Replace an existing file in one step (the catalog).
        case replace
    }

    enum Outcome: Equatable {
        case written
        /// A file of that name already holds exactly these bytes.
        case alreadyPresent
    }

    /// Writes `bytes` as `directory/name`: exclusive temporary file, write, fsync, rename or link, fsync the directory.
    @discardableResult
    static func write(_ bytes: [UInt8], to directory: String, name: String, mode: Mode) throws(StoreError) -> Outcome {
        let finalPath = directory + "/" + name
        removeStrayTemporaryFiles(in: directory)
        let temporaryPath = directory + "/" + temporaryPrefix + randomName() + ".json"
        let descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw failure("cannot create a file in \(directory)", errno)
        }
        var closed = false
        defer {
            if !closed { close(descriptor) }
            unlink(temporaryPath)
        }
        try writeAll(bytes, to: descriptor, path: temporaryPath)
        guard fsync(descriptor) == 0 else { throw failure("cannot flush \(temporaryPath) to disk", errno) }
        closed = true
        guard close(descriptor) == 0 else { throw failure("cannot close \(temporaryPath)", errno) }

        var outcome = Outcome.written
        switch mode {
        case .replace:
            guard rename(temporaryPath, finalPath) == 0 else { throw failure("cannot write \(finalPath)", errno) }
        case .createNew:
            if link(temporaryPath, finalPath) != 0 {
                let code = errno
                if code == EPERM || code == ENOTSUP || code == EOPNOTSUPP || code == ENOSYS {
                    // A shared drive without hard links: the name holds the content's hash, so a file
                    // already there has the same bytes and replacing it loses nothing.
                    guard rename(temporaryPath, finalPath) == 0 else { throw failure("cannot write \(finalPath)", errno) }
                    break
                }
                guard code == EEXIST else { throw failure("cannot write \(finalPath)", code) }
                guard let existing = try? readFile(finalPath), existing == bytes else {
                    throw StoreError(.refused, "\(finalPath) already exists with other content; nothing was written")
                }
                outcome = .alreadyPresent
            }
        }
        try syncDirectory(directory)
        return outcome
    }

    /// Creates `path` and any missing parents, fsyncing each parent so the new entries survive a crash.
    static func makeDirectories(_ path: String) throws(StoreError) {
        switch PathStatus.of(path) {
        case .folder: return
        case .file: throw StoreError(.io, "\(path) exists and is not a folder")
        case .missing: break
        }
        let parent = PathStatus.parent(path)
        if !parent.isEmpty && parent != path { try makeDirectories(parent) }
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            throw failure("cannot create the folder \(path)", errno)
        }
        try syncDirectory(parent.isEmpty ? "." : parent)
    }

    static func syncDirectory(_ directory: String) throws(StoreError) {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure("cannot open the folder \(directory)", errno) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw failure("cannot flush the folder \(directory) to disk", errno) }
    }

    /// The whole content of a file.
    static func readFile(_ path: String) throws(StoreError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure("cannot read \(path)", errno) }
        defer { close(descriptor) }
        var status = stat()
        let expected = fstat(descriptor, &status) == 0 && status.st_size > 0 ? Int(status.st_size) : 0
        // Read straight into the array; a file that grows while read is read to its end.
        var result = [UInt8](repeating: 0, count: max(expected, 4096))
        var filled = 0
        while true {
            if filled == result.count { result.append(contentsOf: repeatElement(0, count: result.count)) }
            let count = result.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure("cannot read \(path)", errno)
            }
            if count == 0 { break }
            filled += count
        }
        result.removeSubrange(filled...)
        return result
    }

    /// The last `length` bytes of a file (all of it when shorter), or `nil` when it cannot be read.
    static func readTail(_ path: String, length: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        let size = Int(status.st_size)
        let start = max(0, size - length)
        var tail = [UInt8](repeating: 0, count: size - start)
        var filled = 0
        while filled < tail.count {
            let count = tail.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + filled, $0.count - filled, off_t(start + filled)) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { break }
            filled += count
        }
        tail.removeSubrange(filled...)
        return tail
    }

    static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(StoreError) {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure("cannot write \(path)", errno)
            }
            offset += count
        }
    }

    /// 32 random hex digits, for a temporary file no other writer picks.
    private static func randomName() -> String {
        var generator = SystemRandomNumberGenerator()
        return ContentHash.hex((0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }

    /// Removes temporary files that a crashed writer left behind; recent ones may be another writer's.
    /// The files are stamped with `stat`: Foundation's folder listing and attributes cost more on
    /// first use than the save they precede.
    static func removeStrayTemporaryFiles(in directory: String) {
        let now = Double(time(nil))
        for name in DocumentLoader.names(in: directory, where: { $0.hasPrefix(temporaryPrefix) }) {
            let path = directory + "/" + name
            var status = stat()
            if stat(path, &status) == 0, now - Double(status.st_mtim.tv_sec) > strayAge {
                unlink(path)
            }
        }
    }

    private static func failure(_ what: String, _ code: Int32) -> StoreError {
        StoreError(.io, "\(what): \(String(cString: strerror(code)))")
    }
}
