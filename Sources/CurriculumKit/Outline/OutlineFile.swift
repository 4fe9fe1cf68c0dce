import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a printed outline to a file so that a reader never sees half of it.
public enum OutlineFile {
    /// Writes `text` to `path`: a new temporary file in the same folder, written and flushed,
    /// then renamed over the destination. An existing file keeps its permissions; a symbolic link
    /// at `path` is followed, so the file it points to is replaced.
    ///
    /// Throws, having written nothing, when the folder does not exist or cannot be written, or
    /// when `path` is a folder.
    public static func write(_ text: String, to path: String) throws(StoreError) {
        let destination = resolved(path)
        let folder = (destination as NSString).deletingLastPathComponent
        let shownFolder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.isEmpty ? "." : folder, isDirectory: &isDirectory) else {
            throw StoreError(.notFound, "the folder \(shownFolder) does not exist; nothing was written")
        }
        guard isDirectory.boolValue else {
            throw StoreError(.notFound, "\(shownFolder) is not a folder; nothing was written")
        }
        if FileManager.default.fileExists(atPath: destination, isDirectory: &isDirectory), isDirectory.boolValue {
            throw StoreError(.refused, "\(path) is a folder; give a file name; nothing was written")
        }
        var mode: mode_t = 0o666
        var existing = stat()
        let keepsMode = stat(destination, &existing) == 0
        if keepsMode { mode = existing.st_mode & 0o7777 }

        let name = (destination as NSString).lastPathComponent
        let temporary = (folder.isEmpty ? "." : folder) + "/." + name + ".print-" + UUID().uuidString.lowercased()
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw failure("cannot create a file in \(shownFolder)", errno) }
        var isOpen = true
        var isRenamed = false
        defer {
            if isOpen { close(descriptor) }
            if !isRenamed { unlink(temporary) }
        }
        if keepsMode { fchmod(descriptor, mode) }
        do {
            try AtomicWriter.writeAll(Array(text.utf8), to: descriptor, path: path)
        } catch {
            throw StoreError(.io, "\(error.message); nothing was written")
        }
        guard fsync(descriptor) == 0 else { throw failure("cannot flush \(path) to disk", errno) }
        isOpen = false
        guard close(descriptor) == 0 else { throw failure("cannot write \(path)", errno) }
        guard rename(temporary, destination) == 0 else { throw failure("cannot write \(path)", errno) }
        isRenamed = true
        let directory = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directory >= 0 {
            _ = fsync(directory)
            close(directory)
        }
    }

    /// `path`, following a symbolic link at the destination itself.
    private static func resolved(_ path: String) -> String {
        guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) else { return path }
        if target.hasPrefix("/") { return target }
        return ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(target)
    }

    private static func failure(_ what: String, _ code: Int32) -> StoreError {
        StoreError(.io, "\(what): \(String(cString: strerror(code))); nothing was written")
    }
}
