import Foundation

/// Loads a document folder: lists its revisions, finds the heads, reads the newest head in full.
enum DocumentLoader {
    /// The names in a folder, without hidden and temporary files; empty when the folder is missing.
    static func visibleNames(in folder: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    static func load<Document: PreservingUnknownFields & Sendable & Hashable>(
        _ type: Document.Type, folder: String, layout: FolderLayout
    ) -> DocumentRecord<Document> {
        let relativeFolder = layout.relative(folder)
        let id = (folder as NSString).lastPathComponent
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
