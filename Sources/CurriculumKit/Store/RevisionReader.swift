import Foundation

/// Reads revision files: headers cheaply for finding heads, whole files verified for use.
enum RevisionReader {
    /// Reads a whole revision file, checking its name, hash and format.
    static func read<Document: PreservingUnknownFields & Sendable & Hashable>(
        _ type: Document.Type, id: RevisionID, path: String, relativePath: String
    ) throws(DocumentReadError) -> StoredRevision<Document> {
        let bytes: [UInt8]
        do {
            bytes = try AtomicWriter.readFile(path)
        } catch {
            throw DocumentReadError(file: relativePath, pointer: "", message: error.message)
        }
        let actual = ContentHash.short(bytes)
        guard actual == id.hash else {
            throw DocumentReadError(
                file: relativePath, pointer: "",
                message: "the file was changed after it was written (its content hash is \(actual), its name says \(id.hash)); it is not used")
        }
        return try decode(type, bytes: bytes, id: id, relativePath: relativePath)
    }

    /// Decodes verified bytes into a stored revision.
    static func decode<Document: PreservingUnknownFields & Sendable & Hashable>(
        _ type: Document.Type, bytes: [UInt8], id: RevisionID, relativePath: String
    ) throws(DocumentReadError) -> StoredRevision<Document> {
        let file: RevisionFile<Document>
        let tree: JSONValue
        let leftUnread: Bool
        do {
            (file, tree, leftUnread) = try DocumentCoding.decodeNoting(RevisionFile<Document>.self, from: bytes)
        } catch {
            throw DocumentReadError(file: relativePath, pointer: error.pointer, message: error.reasonText)
        }
        guard file.revision.seq == id.seq else {
            throw DocumentReadError(
                file: relativePath, pointer: "/revision/seq",
                message: "the revision says seq \(file.revision.seq) but its file name says \(id.seq)")
        }
        var document = file.document
        // Re-encoding to find unknown fields is costly; it is done only when decoding left some member unread.
        if leftUnread, let raw = tree["document"] {
            document.unknownFields = UnknownFields.difference(raw: raw, known: DocumentCoding.tree(of: document))
        }
        return StoredRevision(id: id, info: file.revision, document: document, file: relativePath)
    }

    /// Reads only the `revision` header, from the end of the file where the canonical form puts it.
    static func readHeader(path: String, relativePath: String) throws(DocumentReadError) -> RevisionInfo {
        if let info = try? tailHeader(path: path) { return info }
        let bytes: [UInt8]
        do {
            bytes = try AtomicWriter.readFile(path)
        } catch {
            throw DocumentReadError(file: relativePath, pointer: "", message: error.message)
        }
        do {
            let (file, _) = try DocumentCoding.decode(HeaderOnly.self, from: bytes)
            return file.revision
        } catch {
            throw DocumentReadError(file: relativePath, pointer: error.pointer, message: error.reasonText)
        }
    }

    private struct HeaderOnly: Decodable {
        var revision: RevisionInfo
    }

    private static let tailLength = 8192
    private static let marker = Array("\n  \"revision\": {".utf8)

    /// The header parsed from the file's last few kilobytes, or `nil` when the file is not canonical there.
    private static func tailHeader(path: String) throws -> RevisionInfo? {
        guard let tail = AtomicWriter.readTail(path, length: tailLength) else { return nil }
        guard let markerStart = lastIndex(of: marker, in: tail) else { return nil }
        var end = tail.count
        while end > 0, tail[end - 1] == UInt8(ascii: "\n") || tail[end - 1] == UInt8(ascii: " ") { end -= 1 }
        guard end > 0, tail[end - 1] == UInt8(ascii: "}") else { return nil }
        let objectBytes = Array(tail[(markerStart + marker.count - 1)..<(end - 1)])
        let tree = try JSONParser.parse(objectBytes)
        guard case .object = tree else { return nil }
        return try JSONValueDecoder().decode(RevisionInfo.self, from: tree)
    }

    private static func lastIndex(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        var index = bytes.count - pattern.count
        while index >= 0 {
            if bytes[index] == pattern[0], bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
                return index
            }
            index -= 1
        }
        return nil
    }
}

/// A revision file that cannot be used, with the file and place named.
struct DocumentReadError: Error {
    var file: String
    var pointer: String
    var message: String

    var diagnostic: Diagnostic {
        Diagnostic(.error, file: file, pointer: pointer, message)
    }
}

extension DocumentError {
    /// The reason without the pointer, which a diagnostic carries on its own.
    var reasonText: String {
        switch self {
        case .syntax(let error): "not valid JSON: \(error)"
        case .content(_, let reason): reason
        }
    }
}
