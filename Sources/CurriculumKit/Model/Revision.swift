/// Who wrote a revision, when, why, and which revisions it continues.
public struct RevisionInfo: Codable, Hashable, Sendable {
    /// 1 + the largest seq among the parents.
    public var seq: Int
    public var parents: [RevisionID]
    public var author: String
    /// UTC, ISO-8601 with seconds: `2026-11-22T10:15:03Z`.
    public var time: String
    public var message: String

    public init(seq: Int, parents: [RevisionID], author: String, time: String, message: String) {
        self.seq = seq
        self.parents = parents
        self.author = author
        self.time = time
        self.message = message
    }
}

/// A revision's id and file name stem: `<seq, 6 digits>-<first 12 hex of SHA-256 of the file>`.
public struct RevisionID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let seq: Int
    public let hash: String

    public init(seq: Int, hash: String) {
        self.seq = seq
        self.hash = hash
    }

    /// Reads an id like `000002-5be0194f7a21`; `nil` when the text is not one.
    public init?(_ text: some StringProtocol) {
        // Checked byte by byte: a folder's thousands of file names pass through here.
        let bytes = Array(text.utf8)
        guard bytes.count == 19, bytes[6] == UInt8(ascii: "-") else { return nil }
        var seq = 0
        for byte in bytes[0..<6] {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            seq = seq * 10 + Int(byte - UInt8(ascii: "0"))
        }
        let hash = bytes[7...]
        guard hash.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0) })
        else { return nil }
        self.seq = seq
        self.hash = String(decoding: hash, as: UTF8.self)
    }

    /// Reads a revision file name (`000002-5be0194f7a21.json`).
    public init?(fileName: String) {
        guard fileName.hasSuffix(".json") else { return nil }
        self.init(fileName.dropLast(5))
    }

    public var description: String {
        let digits = String(seq)
        return String(repeating: "0", count: max(0, 6 - digits.count)) + digits + "-" + hash
    }

    public var fileName: String { description + ".json" }

    public static func < (lhs: RevisionID, rhs: RevisionID) -> Bool {
        (lhs.seq, lhs.hash) < (rhs.seq, rhs.hash)
    }
}

extension RevisionID: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let id = RevisionID(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "\"\(text)\" is not a revision id (000001-0123456789ab)")
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// The file a revision is stored in: `{"revision": {...}, "document": {...}}`.
public struct RevisionFile<Document: Codable & Sendable & Hashable>: Codable, Hashable, Sendable {
    public var revision: RevisionInfo
    public var document: Document

    public init(revision: RevisionInfo, document: Document) {
        self.revision = revision
        self.document = document
    }
}
