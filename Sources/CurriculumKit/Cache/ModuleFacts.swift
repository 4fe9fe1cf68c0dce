/// What the browser and `list` show of a module, known without reading its document: the
/// summary the cache keeps for each module.
public struct ModuleFacts: Sendable, Hashable {
    /// The current revision's title; `nil` when the module has no usable current revision.
    public var title: String?
    public var language: String?
    public var totalMinutes: Int?
    /// The revision a new edit continues from.
    public var head: RevisionID?
    /// Revisions no other revision names as parent, newest first.
    public var heads: [RevisionID]
    /// Who wrote the current revision, and when.
    public var author: String?
    public var time: String?
    public var status: DocumentStatus
    /// Errors found while loading the module's files (as `record.problems`).
    public var problems: [Diagnostic]

    /// The facts of a module that was not read: nothing known.
    static let unread = ModuleFacts(
        title: nil, language: nil, totalMinutes: nil, head: nil, heads: [], author: nil, time: nil, status: .draft, problems: [])

    /// Whether the module has a current revision that can be used (as `module != nil`).
    public var isReadable: Bool { title != nil }

    /// Whether the module's files have errors.
    public var hasErrors: Bool { problems.contains { $0.severity == .error } }

    init(record: DocumentRecord<Module>, status: DocumentStatus) {
        let module = record.current?.document
        title = module?.title
        language = module?.language
        totalMinutes = module?.totalMinutes
        head = record.head
        heads = record.heads
        author = record.current?.info.author
        time = record.current?.info.time
        self.status = status
        problems = record.problems
    }

    init(
        title: String?, language: String?, totalMinutes: Int?, head: RevisionID?, heads: [RevisionID], author: String?,
        time: String?, status: DocumentStatus, problems: [Diagnostic]
    ) {
        self.title = title
        self.language = language
        self.totalMinutes = totalMinutes
        self.head = head
        self.heads = heads
        self.author = author
        self.time = time
        self.status = status
        self.problems = problems
    }
}

extension ModuleFacts {
    func encode(into writer: inout ByteWriter) {
        writer.write(title)
        writer.write(language)
        writer.write(totalMinutes.map { String($0) })
        writer.write(UInt8(head == nil ? 0 : 1))
        if let head { head.encode(into: &writer) }
        writer.write(count: heads.count)
        for head in heads { head.encode(into: &writer) }
        writer.write(author)
        writer.write(time)
        writer.write(status.rawValue)
        writer.write(count: problems.count)
        for problem in problems {
            writer.write(UInt8(problem.severity == .error ? 1 : 0))
            writer.write(problem.file)
            writer.write(problem.pointer)
            writer.write(problem.message)
        }
    }

    init(from reader: inout ByteReader) throws(ByteReader.Malformed) {
        let title = try reader.readOptionalString()
        let language = try reader.readOptionalString()
        let minutesText = try reader.readOptionalString()
        let head: RevisionID?
        switch try reader.readByte() {
        case 0: head = nil
        case 1: head = try RevisionID(from: &reader)
        default: throw .init()
        }
        var heads: [RevisionID] = []
        for _ in 0..<(try reader.readCount(each: 16)) {
            heads.append(try RevisionID(from: &reader))
        }
        let author = try reader.readOptionalString()
        let time = try reader.readOptionalString()
        guard let status = DocumentStatus(rawValue: try reader.readString()) else { throw .init() }
        var problems: [Diagnostic] = []
        for _ in 0..<(try reader.readCount(each: 13)) {
            let severity: Diagnostic.Severity
            switch try reader.readByte() {
            case 0: severity = .warning
            case 1: severity = .error
            default: throw .init()
            }
            let file = try reader.readString()
            let pointer = try reader.readString()
            problems.append(Diagnostic(severity, file: file, pointer: pointer, try reader.readString()))
        }
        var minutes: Int?
        if let minutesText {
            guard let value = Int(minutesText) else { throw .init() }
            minutes = value
        }
        self.init(
            title: title, language: language, totalMinutes: minutes, head: head, heads: heads, author: author, time: time,
            status: status, problems: problems)
    }
}

extension RevisionID {
    /// Seq (32 bits) and the 12 hex digits of the hash.
    func encode(into writer: inout ByteWriter) {
        writer.write(UInt32(truncatingIfNeeded: seq))
        writer.write(raw: Array(hash.utf8.prefix(12)) + Array(repeating: UInt8(ascii: "0"), count: max(0, 12 - hash.utf8.count)))
    }

    /// Reads what `encode` wrote; anything but 12 lower-case hex digits is damage.
    init(from reader: inout ByteReader) throws(ByteReader.Malformed) {
        let seq = Int(try reader.readUInt32())
        let start = reader.offset
        try reader.skip(12)
        let digits = reader.bytes[start..<(start + 12)]
        guard seq <= 999_999, digits.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else {
            throw .init()
        }
        self.init(seq: seq, hash: String(decoding: digits, as: UTF8.self))
    }
}
