#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The stamps of everything a module's load depends on: its `revisions/` and `reviews/`
/// folders (an entry added, removed or renamed changes the folder) and every file the load read
/// (a file changed in place changes its own stamp).
///
/// Stamps are taken before the files are read, so a change made while reading is noticed on
/// the next open rather than hidden.
struct ModuleSignature: Hashable, Sendable {
    struct File: Hashable, Sendable {
        /// The path below the module folder, e.g. `revisions/000002-5be0194f7a21.json`.
        var name: String
        var stamp: FileStamp
    }

    var revisionsFolder: FileStamp
    var reviewsFolder: FileStamp
    var files: [File]

    /// Stamps the folders and every file in them that a load may read.
    static func take(moduleFolder: String) -> ModuleSignature {
        let revisions = FolderLayout.revisions(moduleFolder)
        let reviews = FolderLayout.reviews(moduleFolder)
        var signature = ModuleSignature(
            revisionsFolder: FileStamp(path: revisions), reviewsFolder: FileStamp(path: reviews), files: [])
        for name in DocumentLoader.visibleNames(in: revisions) {
            signature.files.append(File(name: "revisions/" + name, stamp: FileStamp(path: revisions + "/" + name)))
        }
        for name in DocumentLoader.visibleNames(in: reviews) where name.hasSuffix(".json") {
            signature.files.append(File(name: "reviews/" + name, stamp: FileStamp(path: reviews + "/" + name)))
        }
        return signature
    }

    /// This signature kept to the files named, or `nil` when one of them was not stamped (it
    /// appeared while the module was read).
    func keeping(_ names: [String]) -> ModuleSignature? {
        var kept = self
        kept.files = []
        for name in names {
            guard let file = files.first(where: { $0.name == name }) else { return nil }
            kept.files.append(file)
        }
        return kept
    }

    /// Whether the folders and files on disk still have these stamps.
    func isCurrent(moduleFolder: String) -> Bool {
        isCurrent(module: moduleFolder, in: AT_FDCWD)
    }

    /// Whether the folders and files of `module`, a folder below the open folder `directory`,
    /// still have these stamps. Called for every module of a folder when it opens, so paths are
    /// put together in one buffer rather than as new strings.
    func isCurrent(module: String, in directory: Int32) -> Bool {
        var path = PathBuffer(folder: module)
        guard path.stamp("revisions", relativeTo: directory) == revisionsFolder,
            path.stamp("reviews", relativeTo: directory) == reviewsFolder
        else { return false }
        return files.allSatisfy { path.stamp($0.name, relativeTo: directory) == $0.stamp }
    }

    /// The newest time in any stamp, in nanoseconds: an entry changed too recently is not cached,
    /// because a second change within the file system's clock tick could leave the same stamp.
    var latestChange: Int64 {
        ([revisionsFolder, reviewsFolder] + files.map(\.stamp)).map(\.latest).max() ?? 0
    }
}

extension FileStamp {
    func encode(into writer: inout ByteWriter) {
        writer.write(inode)
        writer.write(size)
        writer.write(modified)
        writer.write(changed)
    }

    init(from reader: inout ByteReader) throws(ByteReader.Malformed) {
        self.init(
            inode: try reader.readUInt64(), size: try reader.readInt64(), modified: try reader.readInt64(),
            changed: try reader.readInt64())
    }
}

extension ModuleSignature {
    func encode(into writer: inout ByteWriter) {
        revisionsFolder.encode(into: &writer)
        reviewsFolder.encode(into: &writer)
        writer.write(count: files.count)
        for file in files {
            writer.write(file.name)
            file.stamp.encode(into: &writer)
        }
    }

    init(from reader: inout ByteReader) throws(ByteReader.Malformed) {
        revisionsFolder = try FileStamp(from: &reader)
        reviewsFolder = try FileStamp(from: &reader)
        files = []
        for _ in 0..<(try reader.readCount(each: 36)) {
            let name = try reader.readString()
            files.append(File(name: name, stamp: try FileStamp(from: &reader)))
        }
    }
}

/// A folder's path followed by the name of something in it, as a C string built in place.
private struct PathBuffer {
    private var bytes: [CChar]
    private let prefixCount: Int

    init(folder: String) {
        bytes = []
        bytes.reserveCapacity(folder.utf8.count + 64)
        for byte in folder.utf8 { bytes.append(CChar(bitPattern: byte)) }
        bytes.append(CChar(UInt8(ascii: "/")))
        prefixCount = bytes.count
    }

    /// The stamp of `name` in the folder.
    mutating func stamp(_ name: String, relativeTo directory: Int32) -> FileStamp {
        bytes.removeSubrange(prefixCount...)
        for byte in name.utf8 { bytes.append(CChar(bitPattern: byte)) }
        bytes.append(0)
        return bytes.withUnsafeBufferPointer { FileStamp($0.baseAddress!, relativeTo: directory) }
    }
}
