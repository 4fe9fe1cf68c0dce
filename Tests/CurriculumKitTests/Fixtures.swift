import Foundation
import Testing

@testable import CurriculumKit

/// Shared test data and temporary curricula folders built through the store's own API.
enum Fixtures {
    static let author = "Ana Petrović"
    static let reviewer = "Marko Marković"
    static let secondReviewer = "Elena Stojanovska"

    static let securityTopic = "07-migration-and-security"
    static let asylumTopic = "11-asylum-procedures"
    static let localTopic = "15-local-migration-governance"

    /// The package root, found from this file's place in `Tests/CurriculumKitTests/`.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped seed modules, canonical and complete.
    static let seedModulesFolder = packageRoot.appendingPathComponent("scripts/seed-modules")

    /// The bytes of a seed module file, e.g. `15-local-migration-governance__local-action-plans`.
    static func seedBytes(_ stem: String) throws -> [UInt8] {
        let url = seedModulesFolder.appendingPathComponent(stem + ".module.json")
        return [UInt8](try Data(contentsOf: url))
    }

    /// The stems of every shipped seed module file.
    static func seedStems() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: seedModulesFolder.path)
            .filter { $0.hasSuffix(".module.json") }
            .map { String($0.dropLast(".module.json".count)) }
            .sorted()
    }

    static let localActionPlansStem = "15-local-migration-governance__local-action-plans"
    static let serbianCyrillicStem = "13-return-and-reintegration__readmisija-i-reintegracija-povratnika"

    static func topic(_ id: String, number: Int, title: String, modules: [String] = []) -> Topic {
        Topic(
            id: id, number: number, title: title, aim: "Aim of \(title).", description: "About \(title).",
            targetGroups: ["Ministry of Interior of Montenegro"], modules: modules)
    }

    static let topics: [Topic] = [
        topic(securityTopic, number: 7, title: "Migration and Security"),
        topic(asylumTopic, number: 11, title: "Asylum Procedures and International Protection"),
        topic(localTopic, number: 15, title: "Local Migration Governance and Action Planning"),
    ]

    static func catalog(topics: [String]? = nil, members: [Member] = [], approvalsRequired: Int = 1) -> Catalog {
        Catalog(
            title: "Test curricula", languages: ["en", "sr-Latn", "sr-Cyrl"],
            topics: topics ?? Fixtures.topics.map(\.id), members: members, approvalsRequired: approvalsRequired)
    }

    /// A complete module that validates without findings: every outcome taught and assessed.
    static func module(_ id: String, topic: String = securityTopic, title: String? = nil) -> Module {
        Module(
            id: id, topic: topic, language: "en", title: title ?? "Module \(id)", aim: "Aim of \(id).",
            description: "What \(id) covers.", targetGroups: ["Border police officers"], eqfLevel: 5,
            delivery: .faceToFace, entryRequirements: "None.",
            learningOutcomes: [
                LearningOutcome(id: "LO1", domain: .knowledge, text: "Describe the framework."),
                LearningOutcome(id: "LO2", domain: .skills, text: "Apply the framework to a case."),
            ],
            sessions: [
                Session(id: "S1", title: "The framework", minutes: 60, method: .lecture, outcomes: ["LO1"]),
                Session(id: "S2", title: "A case", minutes: 90, method: .caseStudy, outcomes: ["LO2"]),
            ],
            assessments: [
                Assessment(id: "A1", method: .written, description: "Quiz.", outcomes: ["LO1", "LO2"])
            ],
            references: [Reference(id: "R1", kind: .handbook, citation: "Schengen Handbook")],
            crossCutting: [.fundamentalRights], keywords: ["framework"])
    }

    /// The default modules: two in topic 7 (in that teaching order) and one in topic 15.
    static let modules: [Module] = [
        module("border-risk-analysis"),
        module("interview-techniques"),
        module("local-action-plans", topic: localTopic),
    ]

    /// A fixed time `minute` minutes after 10:00 on 22 November 2026, so revision order is known.
    static func time(_ minute: Int) -> String {
        let hour = 10 + minute / 60
        let rest = minute % 60
        return "2026-11-22T\(hour < 10 ? "0" : "")\(hour):\(rest < 10 ? "0" : "")\(rest):00Z"
    }
}

/// A curricula folder inside a unique scratch directory; the scratch directory is removed afterwards.
struct FixtureFolder {
    /// The unique scratch directory (outside the curricula folder, for "outside" checks).
    let scratch: String
    /// The curricula folder, `scratch/Curricula`.
    let root: String
    var store: CurriculumStore

    var layout: FolderLayout { store.layout }

    /// The store opened again from disk, as another process would see it.
    func reopened() throws -> CurriculumStore {
        try CurriculumStore.open(root)
    }

    func moduleFolder(_ id: String, topic: String = Fixtures.securityTopic) -> String {
        layout.moduleFolder(topic, id)
    }

    func revisionsFolder(_ id: String, topic: String = Fixtures.securityTopic) -> String {
        FolderLayout.revisions(moduleFolder(id, topic: topic))
    }

    /// The revision file names of a module, sorted.
    func revisionFiles(_ id: String, topic: String = Fixtures.securityTopic) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: revisionsFolder(id, topic: topic))) ?? []).sorted()
    }

    func read(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    func write(_ bytes: [UInt8], to path: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }
}

/// Runs `body` with a unique empty directory under the temporary directory, then removes it.
func withScratchDirectory<T>(_ body: (String) throws -> T) throws -> T {
    let base = FileManager.default.temporaryDirectory.path
    let path = CurriculumStore.resolvedPath(base) + "/curriculumkit-tests-" + UUID().uuidString.lowercased()
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try body(path)
}

/// Runs `body` with a curricula folder holding a catalog, topics and modules written through the store.
func withFixtureFolder<T>(
    catalog: Catalog = Fixtures.catalog(),
    topics: [Topic] = Fixtures.topics,
    modules: [Module] = Fixtures.modules,
    _ body: (inout FixtureFolder) throws -> T
) throws -> T {
    try withScratchDirectory { scratch in
        let root = scratch + "/Curricula"
        let store = try makeCurriculaFolder(at: root, catalog: catalog, topics: topics, modules: modules)
        var folder = FixtureFolder(scratch: scratch, root: root, store: store)
        return try body(&folder)
    }
}

/// Writes a curricula folder at `root` and returns the store opened on it.
///
/// The catalog is written with the store's atomic writer (there is no catalog editor yet);
/// topics are saved with `saveTopic`, modules created with `createModule`, each at a known time.
func makeCurriculaFolder(
    at root: String, catalog: Catalog = Fixtures.catalog(), topics: [Topic] = Fixtures.topics,
    modules: [Module] = Fixtures.modules, author: String = Fixtures.author
) throws -> CurriculumStore {
    let layout = FolderLayout(root: root)
    try AtomicWriter.makeDirectories(root)
    try AtomicWriter.write(DocumentCoding.encodeDocument(catalog), to: root, name: "catalog.json", mode: .replace)
    for topic in topics {
        try AtomicWriter.makeDirectories(layout.topicFolder(topic.id))
    }
    var store = try CurriculumStore.open(root)
    let writer = catalog.members.first?.name ?? author
    for topic in topics {
        try store.saveTopic(topic, author: writer, message: "Topic created", time: Fixtures.time(0))
    }
    for (index, module) in modules.enumerated() {
        try store.createModule(module, author: writer, time: Fixtures.time(1 + index))
    }
    return store
}

extension CurriculumStore {
    /// The entry of a module by topic and id, failing the test when it is missing.
    func requireModule(
        _ id: String, topic: String = Fixtures.securityTopic, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> ModuleEntry {
        let entry = topics.first { $0.id == topic }?.modules.first { $0.id == id }
        return try #require(entry, "no module \(topic)/\(id)", sourceLocation: sourceLocation)
    }
}

/// Returns the error `body` throws, or records an issue and returns `nil` when it does not throw.
func expectStoreError<T>(
    _ kind: StoreError.Kind? = nil, sourceLocation: SourceLocation = #_sourceLocation,
    _ body: () throws -> T
) -> StoreError? {
    do {
        _ = try body()
        Issue.record("expected a StoreError, but the call succeeded", sourceLocation: sourceLocation)
        return nil
    } catch let error as StoreError {
        if let kind {
            #expect(error.kind == kind, "\(error.message)", sourceLocation: sourceLocation)
        }
        return error
    } catch {
        Issue.record("expected a StoreError, got \(error)", sourceLocation: sourceLocation)
        return nil
    }
}

/// Thrown after recording an issue, to stop a test that cannot go on.
struct ExpectedFailure: Error {}

/// Lists every regular file under `path`, relative to it, sorted (symbolic links are not followed).
func filesUnder(_ path: String) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: path) else { return [] }
    var files: [String] = []
    while let name = enumerator.nextObject() as? String {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isDirectory), !isDirectory.boolValue {
            files.append(name)
        }
    }
    return files.sorted()
}

/// An independent SHA-256 (FIPS 180-4), to check content hashes without trusting the code under test.
enum ReferenceSHA256 {
    private static let k: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    /// The digest as lower-case hex.
    static func hex(_ message: [UInt8]) -> String {
        var h: [UInt32] = [
            0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
        ]
        var data = message
        let bitLength = UInt64(message.count) * 8
        data.append(0x80)
        while data.count % 64 != 56 { data.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { data.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        func rotate(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
        for chunk in stride(from: 0, to: data.count, by: 64) {
            var w = [UInt32](repeating: 0, count: 64)
            for i in 0..<16 {
                let b = chunk + i * 4
                w[i] = UInt32(data[b]) << 24 | UInt32(data[b + 1]) << 16 | UInt32(data[b + 2]) << 8 | UInt32(data[b + 3])
            }
            for i in 16..<64 {
                let s0 = rotate(w[i - 15], 7) ^ rotate(w[i - 15], 18) ^ (w[i - 15] >> 3)
                let s1 = rotate(w[i - 2], 17) ^ rotate(w[i - 2], 19) ^ (w[i - 2] >> 10)
                w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
            }
            var (a, b, c, d, e, f, g, hh) = (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
            for i in 0..<64 {
                let s1 = rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)
                let choice = (e & f) ^ (~e & g)
                let t1 = hh &+ s1 &+ choice &+ k[i] &+ w[i]
                let s0 = rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)
                let majority = (a & b) ^ (a & c) ^ (b & c)
                let t2 = s0 &+ majority
                (hh, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
            }
            for (i, value) in [a, b, c, d, e, f, g, hh].enumerated() { h[i] = h[i] &+ value }
        }
        return h.map { word in
            let text = String(word, radix: 16)
            return String(repeating: "0", count: 8 - text.count) + text
        }.joined()
    }

    /// The first 12 hex digits, as revision file names use them.
    static func short(_ message: [UInt8]) -> String {
        String(hex(message).prefix(12))
    }
}

/// Bytes of a UTF-8 string, for brevity.
func utf8(_ text: String) -> [UInt8] {
    Array(text.utf8)
}

extension FixtureFolder {
    /// Writes a revision file by hand, named by the SHA-256 of `bytes` unless `name` is given.
    @discardableResult
    func writeRawRevision(
        _ bytes: [UInt8], seq: Int, module: String, topic: String = Fixtures.securityTopic, name: String? = nil
    ) throws -> RevisionID {
        let id = RevisionID(seq: seq, hash: ReferenceSHA256.short(bytes))
        let folder = revisionsFolder(module, topic: topic)
        try AtomicWriter.makeDirectories(folder)
        try write(bytes, to: folder + "/" + (name ?? id.fileName))
        return id
    }

    /// The canonical bytes of a revision file holding `module`, as the store would write them.
    static func revisionBytes(_ module: Module, info: RevisionInfo) -> [UInt8] {
        CanonicalJSON.bytes(
            .object([
                "revision": DocumentCoding.tree(of: info),
                "document": module.unknownFields.applied(to: DocumentCoding.tree(of: module)),
            ]))
    }
}
