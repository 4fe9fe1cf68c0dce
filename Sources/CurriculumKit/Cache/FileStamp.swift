#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `stat` says about a file or folder: enough to notice that it was changed, replaced,
/// or that entries were added to or removed from a folder.
///
/// The inode tells a replaced file; the change time (`ctime`) moves on every write, rename
/// and `touch` and cannot be set back by the user; size and modification time cover file
/// systems whose change time is coarse.
struct FileStamp: Hashable, Sendable {
    var inode: UInt64
    var size: Int64
    /// Modification time, nanoseconds since 1970.
    var modified: Int64
    /// Status change time, nanoseconds since 1970.
    var changed: Int64

    /// A path that does not exist or cannot be examined.
    static let missing = FileStamp(inode: 0, size: -1, modified: 0, changed: 0)

    init(inode: UInt64, size: Int64, modified: Int64, changed: Int64) {
        self.inode = inode
        self.size = size
        self.modified = modified
        self.changed = changed
    }

    /// The stamp of `path`, following symbolic links as reading it does.
    init(path: String) {
        self.init(path, relativeTo: AT_FDCWD)
    }

    /// The stamp of `path` below the open folder `directory` (an absolute path ignores it):
    /// ten thousand modules' stamps without walking the whole path each time.
    init(_ path: String, relativeTo directory: Int32) {
        self = path.withCString { FileStamp($0, relativeTo: directory) }
    }

    /// The stamp of the C string `path` below the open folder `directory`.
    init(_ path: UnsafePointer<CChar>, relativeTo directory: Int32) {
        var status = stat()
        guard fstatat(directory, path, &status, 0) == 0 else {
            self = .missing
            return
        }
        #if canImport(Darwin)
            let modified = status.st_mtimespec
            let changed = status.st_ctimespec
        #else
            let modified = status.st_mtim
            let changed = status.st_ctim
        #endif
        self.init(
            inode: UInt64(status.st_ino), size: Int64(status.st_size),
            modified: Int64(modified.tv_sec) * 1_000_000_000 + Int64(modified.tv_nsec),
            changed: Int64(changed.tv_sec) * 1_000_000_000 + Int64(changed.tv_nsec))
    }

    var exists: Bool { size >= 0 }

    /// The later of the two times, in nanoseconds.
    var latest: Int64 { max(modified, changed) }
}
