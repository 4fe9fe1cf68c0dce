import Foundation
import Testing

@testable import CurriculumKit

@Suite("Drafts of unsaved edits")
struct DraftStoreTests {
    private func temporaryStore() -> (DraftStore, URL) {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("wb-drafts-\(UUID().uuidString)")
        return (DraftStore(directory: base.appendingPathComponent("drafts").path, folder: "/srv/Curricula"), base)
    }

    private let draft = Draft(
        kind: .module, topic: "07-migration-and-security", id: "border-risk-analysis",
        base: RevisionID("000002-5be0194f7a21"), time: "2026-11-23T10:15:03Z",
        document: .object(["title": .string("Анализа ризика — č ć š ž đ"), "sessions": .array([])]))

    @Test("a draft is written, read back exactly, replaced and removed")
    func roundTrip() throws {
        let (store, base) = temporaryStore()
        defer { try? FileManager.default.removeItem(at: base) }
        #expect(try store.read(kind: .module, topic: draft.topic, id: draft.id) == nil)
        try store.write(draft)
        #expect(try store.read(kind: .module, topic: draft.topic, id: draft.id) == draft)
        var newer = draft
        newer.document = .object(["title": .string("Друго")])
        newer.base = nil
        try store.write(newer)
        #expect(try store.read(kind: .module, topic: draft.topic, id: draft.id) == newer)
        #expect(try store.read(kind: .topic, topic: draft.topic, id: draft.id) == nil, "a topic's draft is another file")
        store.remove(kind: .module, topic: draft.topic, id: draft.id)
        #expect(try store.read(kind: .module, topic: draft.topic, id: draft.id) == nil)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: store.directory)
        #expect(leftovers.isEmpty, "no temporary files are left behind: \(leftovers)")
    }

    @Test("drafts of two folders never meet; the standard place is the user's state directory")
    func places() {
        let one = DraftStore.standard(folder: "/srv/a/Curricula", environment: ["XDG_STATE_HOME": "/home/ana/.state"])
        let two = DraftStore.standard(folder: "/srv/b/Curricula", environment: ["XDG_STATE_HOME": "/home/ana/.state"])
        #expect(one.directory == "/home/ana/.state/curriculum-workbench/drafts")
        #expect(one.path(kind: .module, topic: "t", id: "m") != two.path(kind: .module, topic: "t", id: "m"))
        let fallback = DraftStore.standard(folder: "/srv/a", environment: ["HOME": "/home/ana", "XDG_STATE_HOME": "relative"])
        #expect(fallback.directory == "/home/ana/.local/state/curriculum-workbench/drafts")
    }

    @Test("a damaged or foreign draft file is reported, never taken for a draft, and left in place")
    func damaged() throws {
        let (store, base) = temporaryStore()
        defer { try? FileManager.default.removeItem(at: base) }
        try store.write(draft)
        let path = store.path(kind: .module, topic: draft.topic, id: draft.id)
        for text in ["{\"format\": \"curriculum-workbench/draft@1\"", "[]", "{\"format\": \"other\"}", ""] {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            #expect(throws: StoreError.self) { try store.read(kind: .module, topic: draft.topic, id: draft.id) }
            #expect(FileManager.default.fileExists(atPath: path))
        }
    }
}
