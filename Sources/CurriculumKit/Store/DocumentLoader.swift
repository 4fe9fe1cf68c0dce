import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Loads a document folder: lists its revisions, finds the heads, reads the newest head in full.
enum DocumentLoader {
    /// The names in a folder, without hidden and temporary files, sorted; empty when the folder
    /// is missing. Read with `readdir`: listing ten thousand folders through Foundation cost more
    /// than reading them.
    static func visibleNames(in folder: String) -> [String] {
        names(in: folder) { !$0.hasPrefix(".") }.sorted()
    }

    /// The names in a folder that `isWanted` accepts, in the folder's order; empty when the
    /// folder is missing.
    static func names(in folder: String, where isWanted: (String) -> Bool) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if isWanted(name) { names.append(name) }
        }
        return names
    }

    static func load<Document: PreservingUnknownFields & Sendable & Hashable>(
        _ type: Document.Type, folder: String, layout: FolderLayout
    ) -> DocumentRecord<Document> {
        let relativeFolder = layout.relative(folder)
        let id = PathStatus.lastComponent(folder)
        var record = DocumentRecord<Document>(
            folder: relativeFolder, id: id, headers: [:], heads: [], current: nil, problems: [])
        let revisionsFolder = FolderLayout.revisions(folder)
        var ids: [RevisionID] = []
        for name in visibleNames(in: revisionsFolder) {
            guard let revisionID = RevisionID(fileName: name) else {
                record.problems.append(
                    Diagnostic(
                        .warning, file: layout.relative(revisionsFolder + "/" + name),
                        "not a revision file name (000001-0123456789ab.json); ignored"))
                continue
            }
            ids.append(revisionID)
        }
        if ids.isEmpty {
            record.problems.append(Diagnostic(.error, file: relativeFolder, "the document has no revisions"))
            return record
        }
        record.revisionIDs = ids
        if let linear = loadLinear(type, record: record, revisionsFolder: revisionsFolder, layout: layout) {
            return linear
        }
        for revisionID in ids {
            let path = revisionsFolder + "/" + revisionID.fileName
            do {
                record.headers[revisionID] = try RevisionReader.readHeader(path: path, relativePath: layout.relative(path))
            } catch {
                record.problems.append(error.diagnostic)
            }
        }
        record.heads = heads(of: record.headers)
        for head in record.heads {
            let path = revisionsFolder + "/" + head.fileName
            do {
                record.current = try RevisionReader.read(type, id: head, path: path, relativePath: layout.relative(path))
                break
            } catch {
                record.problems.append(error.diagnostic)
            }
        }
        if let current = record.current, record.heads.first != current.id {
            record.problems.append(
                Diagnostic(
                    .error, file: current.file,
                    "the newest revision cannot be used, so an older head is shown"))
        }
        return record
    }

    /// A history numbered 1, 2, … n with no seq twice has one head, the last: each revision's seq
    /// is one more than its largest parent's, so revision k names k − 1 as a parent. Only that
    /// head is read; the older headers wait until something asks for them. `nil` when the
    /// history is not like that or the head cannot be used, and everything must be read.
    private static func loadLinear<Document: PreservingUnknownFields & Sendable & Hashable>(
        _ type: Document.Type, record: DocumentRecord<Document>, revisionsFolder: String, layout: FolderLayout
    ) -> DocumentRecord<Document>? {
        let ids = record.revisionIDs
        guard ids.enumerated().allSatisfy({ $0.element.seq == $0.offset + 1 }), let head = ids.last else { return nil }
        let path = revisionsFolder + "/" + head.fileName
        guard let current = try? RevisionReader.read(type, id: head, path: path, relativePath: layout.relative(path)) else {
            return nil
        }
        if ids.count > 1, !current.info.parents.contains(ids[ids.count - 2]) { return nil }
        var record = record
        record.current = current
        record.heads = [head]
        record.headers = [head: current.info]
        record.isHistoryLoaded = ids.count == 1
        return record
    }

    /// `record` with the header of every revision read.
    static func withHistory<Document>(_ record: DocumentRecord<Document>, layout: FolderLayout) -> DocumentRecord<Document> {
        guard !record.isHistoryLoaded else { return record }
        var record = record
        let revisionsFolder = FolderLayout.revisions(layout.root + "/" + record.folder)
        for revisionID in record.revisionIDs where record.headers[revisionID] == nil {
            let path = revisionsFolder + "/" + revisionID.fileName
            do {
                record.headers[revisionID] = try RevisionReader.readHeader(path: path, relativePath: layout.relative(path))
            } catch {
                record.problems.append(error.diagnostic)
            }
        }
        record.isHistoryLoaded = true
        return record
    }

    /// The revisions that no other revision names as parent, newest (time, then seq) first.
    static func heads(of headers: [RevisionID: RevisionInfo]) -> [RevisionID] {
        var named = Set<RevisionID>()
        for info in headers.values { named.formUnion(info.parents) }
        return headers.keys.filter { !named.contains($0) }.sorted { lhs, rhs in
            let left = headers[lhs]!
            let right = headers[rhs]!
            if left.time != right.time { return left.time > right.time }
            return lhs > rhs
        }
    }
}
