import Foundation
import Testing

@testable import CurriculumKit

private let moduleID = "border-risk-analysis"
private let topic = Fixtures.securityTopic

private func tree(_ module: Module) -> JSONValue {
    DocumentCoding.tree(of: module)
}

private func merge(_ base: Module, _ versions: Module...) throws -> (module: Module, conflicts: [MergeConflict]) {
    let (merged, conflicts) = TreeMerge.merge(base: tree(base), versions: versions.map(tree))
    return (try DocumentCoding.decodeDocument(Module.self, from: CanonicalJSON.bytes(merged)), conflicts)
}

private let base = Fixtures.module(moduleID)

@Suite("Merge")
struct MergeTests {
    @Test("fields changed on one side only are taken from that side")
    func noConflict() throws {
        var ours = base
        ours.title = "Ours"
        ours.learningOutcomes[0].text = "Describe the Schengen framework."
        var theirs = base
        theirs.aim = "Theirs."
        theirs.keywords.append("risk")
        let (merged, conflicts) = try merge(base, ours, theirs)
        #expect(conflicts.isEmpty)
        var expected = base
        expected.title = "Ours"
        expected.learningOutcomes[0].text = "Describe the Schengen framework."
        expected.aim = "Theirs."
        expected.keywords.append("risk")
        #expect(merged == expected)
    }

    @Test("a text changed differently on both sides is one conflict, resolved per field")
    func textConflict() throws {
        var ours = base
        ours.learningOutcomes[1].text = "Apply the framework to a real case."
        ours.title = "Same on both"
        var theirs = base
        theirs.learningOutcomes[1].text = "Apply the framework to two cases."
        theirs.title = "Same on both"
        let (merged, conflicts) = try merge(base, ours, theirs)
        let conflict = try #require(conflicts.first)
        #expect(conflicts.count == 1)
        #expect(conflict.id == "/learningOutcomes/id=LO2/text")
        #expect(conflict.pointer == "/learningOutcomes/1/text")
        #expect(conflict.label == "Learning outcome LO2 · text")
        #expect(conflict.base == .string("Apply the framework to a case."))
        #expect(conflict.values == [.string("Apply the framework to a real case."), .string("Apply the framework to two cases.")])
        #expect(merged.learningOutcomes[1].text == "Apply the framework to a real case.")  // ours while open
        #expect(merged.title == "Same on both")

        let resolved = TreeMerge.merge(base: tree(base), versions: [tree(ours), tree(theirs)], resolutions: [conflict.id: .head(1)])
        #expect(resolved.conflicts.allSatisfy { $0.isResolved })
        #expect(resolved.merged[path: ["learningOutcomes", 1, "text"]] == .string("Apply the framework to two cases."))
        let edited = TreeMerge.merge(
            base: tree(base), versions: [tree(ours), tree(theirs)], resolutions: [conflict.id: .value(.string("Both."))])
        #expect(edited.merged[path: ["learningOutcomes", 1, "text"]] == .string("Both."))
    }

    @Test("both sides adding sessions keep both, in place")
    func bothAddSessions() throws {
        var ours = base
        ours.sessions.insert(Session(id: "S-ana", title: "Ana's exercise", minutes: 30, method: .exercise), at: 1)
        var theirs = base
        theirs.sessions.append(Session(id: "S-marko", title: "Marko's visit", minutes: 120, method: .fieldVisit))
        theirs.sessions[0].minutes = 45
        let (merged, conflicts) = try merge(base, ours, theirs)
        #expect(conflicts.isEmpty)
        #expect(merged.sessions.map(\.id) == ["S1", "S-ana", "S2", "S-marko"])
        #expect(merged.sessions[0].minutes == 45)
    }

    @Test("items both sides append keep ours first, then theirs")
    func bothAppend() throws {
        var ours = base
        ours.sessions.append(Session(id: "S-ours", title: "Ours", minutes: 10, method: .lecture))
        ours.keywords.append("ours")
        var theirs = base
        theirs.sessions.append(Session(id: "S-theirs", title: "Theirs", minutes: 10, method: .lecture))
        theirs.keywords.append("theirs")
        let (merged, conflicts) = try merge(base, ours, theirs)
        #expect(conflicts.isEmpty)
        #expect(merged.sessions.map(\.id) == ["S1", "S2", "S-ours", "S-theirs"])
        #expect(merged.keywords == ["framework", "ours", "theirs"])
    }

    @Test("an item removed on one side and untouched on the other is removed; edited on the other, a conflict")
    func removals() throws {
        var ours = base
        ours.sessions.remove(at: 1)
        ours.keywords = []
        var theirs = base
        theirs.keywords = ["framework", "borders"]
        theirs.references[0].citation = "Practical Handbook for Border Guards"
        let (merged, conflicts) = try merge(base, ours, theirs)
        #expect(conflicts.isEmpty)
        #expect(merged.sessions.map(\.id) == ["S1"])
        #expect(merged.keywords == ["borders"])
        #expect(merged.references[0].citation == "Practical Handbook for Border Guards")

        theirs.sessions[1].title = "A harder case"
        let (_, editConflicts) = try merge(base, ours, theirs)
        #expect(editConflicts.map(\.id) == ["/sessions/id=S2"])
        #expect(editConflicts.first?.values.first == .some(nil))
        #expect(editConflicts.first?.label == "Session S2")
    }

    @Test("moving on one side and editing on the other")
    func moveAndEdit() throws {
        var ours = base
        ours.sessions.swapAt(0, 1)
        var theirs = base
        theirs.sessions[0].title = "The legal framework"
        let (merged, conflicts) = try merge(base, ours, theirs)
        #expect(conflicts.isEmpty)
        #expect(merged.sessions.map(\.id) == ["S2", "S1"])
        #expect(merged.sessions[1].title == "The legal framework")
    }

    @Test("three versions merge at once; a field all three changed lists three values")
    func threeWay() throws {
        var a = base
        a.title = "A"
        a.sessions.append(Session(id: "S3", title: "Third", minutes: 10, method: .discussion))
        var b = base
        b.title = "B"
        b.keywords.append("b")
        var c = base
        c.title = "C"
        c.aim = "C's aim."
        let (merged, conflicts) = try merge(base, a, b, c)
        #expect(conflicts.map(\.id) == ["/title"])
        #expect(conflicts.first?.values == [.string("A"), .string("B"), .string("C")])
        #expect(merged.sessions.map(\.id) == ["S1", "S2", "S3"])
        #expect(merged.keywords == ["framework", "b"])
        #expect(merged.aim == "C's aim.")
    }

    @Test("versions with no common ancestor: equal fields merge, different ones conflict")
    func noAncestor() {
        var other = base
        other.title = "Other"
        other.sessions.append(Session(id: "S3", title: "Third", minutes: 10, method: .lecture))
        let (merged, conflicts) = TreeMerge.merge(base: nil, versions: [tree(base), tree(other)])
        #expect(conflicts.map(\.id) == ["/title"])
        #expect(merged["sessions"]?.arrayValue?.count == 3)
        #expect(TreeMerge.merge(base: nil, versions: []).conflicts.isEmpty)
    }

    @Test("the lowest common ancestor of heads in a graph with an earlier merge")
    func commonAncestor() {
        func id(_ seq: Int) -> RevisionID { RevisionID(seq: seq, hash: String(repeating: String(seq % 10), count: 12)) }
        func info(_ seq: Int, _ parents: [Int]) -> RevisionInfo {
            RevisionInfo(seq: seq, parents: parents.map(id), author: "a", time: Fixtures.time(seq), message: "")
        }
        // 1 ← 2 ← 3, 2 ← 4, (3, 4) ← 5, 4 ← 6: heads 5 and 6 meet at 4.
        let headers = [id(1): info(1, []), id(2): info(2, [1]), id(3): info(3, [2]), id(4): info(3, [2]), id(5): info(4, [3, 4]), id(6): info(4, [4])]
        #expect(RevisionGraph.commonAncestor(of: [id(5), id(6)], headers: headers) == id(4))
        #expect(RevisionGraph.commonAncestor(of: [id(3), id(6)], headers: headers) == id(2))
        #expect(RevisionGraph.commonAncestor(of: [id(3)], headers: headers) == id(3))
    }
}

@Suite("Merging in the store")
struct StoreMergeTests {
    @Test("two heads merge into one revision whose parents are both heads")
    func twoHeads() throws {
        try withFixtureFolder { folder throws in
            let start = try #require(try folder.store.requireModule(moduleID).record.head)
            var ana = base
            ana.title = "Ana's title"
            var marko = base
            marko.aim = "Marko's aim."
            let first = try folder.store.saveModule(ana, base: start, author: Fixtures.author, message: "Title", time: Fixtures.time(20))
            let second = try folder.store.saveModule(marko, base: start, author: Fixtures.reviewer, message: "Aim", time: Fixtures.time(21))

            let merge = try folder.store.prepareMerge(topic: topic, module: moduleID, user: Fixtures.author)
            #expect(merge.heads == [first.id, second.id])  // Ana's own head is "ours"
            #expect(merge.base == start)
            #expect(merge.isComplete)
            #expect(merge.changes(toHead: 0).map(\.label) == ["Aim"])
            let result = try folder.store.writeMerge(merge, author: Fixtures.author, time: Fixtures.time(22))
            #expect(result.heads == [result.id])
            let entry = try folder.reopened().requireModule(moduleID)
            #expect(entry.record.heads == [result.id])
            #expect(entry.record.current?.info.parents == [first.id, second.id])
            #expect(entry.record.current?.info.message == "Merge revisions \(first.id) and \(second.id)")
            #expect(entry.record.current?.info.seq == 3)
            #expect(entry.module?.title == "Ana's title" && entry.module?.aim == "Marko's aim.")
            #expect(entry.status == .draft)

            #expect(
                expectStoreError(.refused) { try folder.store.prepareMerge(topic: topic, module: moduleID, user: Fixtures.author) }?
                    .message == "\(topic)/\(moduleID) has one version (\(result.id)); there is nothing to merge")
        }
    }

    @Test("open conflicts refuse the write; resolved, the merge is written")
    func conflictsFirst() throws {
        try withFixtureFolder { folder throws in
            let start = try #require(try folder.store.requireModule(moduleID).record.head)
            var ana = base
            ana.title = "Ana's title"
            var marko = base
            marko.title = "Marko's title"
            try folder.store.saveModule(ana, base: start, author: Fixtures.author, message: "a", time: Fixtures.time(20))
            let markos = try folder.store.saveModule(marko, base: start, author: Fixtures.reviewer, message: "m", time: Fixtures.time(21))
            var merge = try folder.store.prepareMerge(topic: topic, module: moduleID, user: "Someone")
            #expect(merge.heads.first == markos.id)  // nobody's own: the newest is "ours"
            #expect(merge.openConflicts.map(\.label) == ["Title"])
            let before = filesUnder(folder.root)
            #expect(
                expectStoreError(.refused) { try folder.store.writeMerge(merge, author: Fixtures.author) }?.message
                    == "1 conflicting field of \(topic)/\(moduleID) must be resolved first (Title at /title); nothing was written")
            #expect(filesUnder(folder.root) == before)
            merge.resolve("/title", with: .head(1))
            #expect(merge.isComplete)
            try folder.store.writeMerge(merge, author: Fixtures.author, message: "Merge titles", time: Fixtures.time(22))
            #expect(try folder.store.requireModule(moduleID).module?.title == "Ana's title")
        }
    }

    @Test("three heads merge into one revision with three parents")
    func threeHeads() throws {
        try withFixtureFolder { folder throws in
            let start = try #require(try folder.store.requireModule(moduleID).record.head)
            var heads: [RevisionID] = []
            for (index, name) in [Fixtures.author, Fixtures.reviewer, Fixtures.secondReviewer].enumerated() {
                var module = base
                module.sessions.append(Session(id: "S-\(index)", title: "By \(name)", minutes: 15, method: .discussion))
                heads.append(try folder.store.saveModule(module, base: start, author: name, message: "Session", time: Fixtures.time(20 + index)).id)
            }
            #expect(try folder.store.requireModule(moduleID).record.heads.count == 3)
            let merge = try folder.store.prepareMerge(topic: topic, module: moduleID, user: Fixtures.reviewer)
            #expect(merge.heads == [heads[1], heads[2], heads[0]])
            #expect(merge.isComplete)
            let result = try folder.store.writeMerge(merge, author: Fixtures.reviewer, time: Fixtures.time(30))
            let entry = try folder.store.requireModule(moduleID)
            #expect(entry.record.heads == [result.id])
            #expect(Set(entry.record.current?.info.parents ?? []) == Set(heads))
            #expect(entry.module?.sessions.map(\.id).sorted() == ["S-0", "S-1", "S-2", "S1", "S2"])
        }
    }

    @Test("a topic two people added modules to merges with both modules in its order")
    func topicMerge() throws {
        try withFixtureFolder { folder throws in
            let topicEntry = try #require(folder.store.topics.first { $0.id == topic })
            let start = try #require(topicEntry.record.head)
            var document = try #require(topicEntry.topic)
            let order = document.modules
            document.modules = order + ["ana-module"]
            try folder.store.saveTopic(document, base: start, author: Fixtures.author, message: "Add ana", time: Fixtures.time(20))
            document.modules = order + ["marko-module"]
            try folder.store.saveTopic(document, base: start, author: Fixtures.reviewer, message: "Add marko", time: Fixtures.time(21))
            #expect(folder.store.topics.first { $0.id == topic }?.record.isDiverged == true)

            let merge = try folder.store.prepareTopicMerge(topic: topic, user: Fixtures.author)
            #expect(merge.isComplete && merge.base == start && merge.name == topic)
            let result = try folder.store.writeMerge(merge, author: Fixtures.author, time: Fixtures.time(22))
            let merged = try #require(try folder.reopened().topics.first { $0.id == topic })
            #expect(merged.record.heads == [result.id])
            #expect(merged.topic?.modules == order + ["ana-module", "marko-module"])
            #expect(merged.record.current?.info.parents.count == 2)
        }
    }

    @Test("a merge prepared before someone saved again is refused")
    func staleMerge() throws {
        try withFixtureFolder { folder throws in
            let start = try #require(try folder.store.requireModule(moduleID).record.head)
            var module = base
            module.title = "One"
            try folder.store.saveModule(module, base: start, author: Fixtures.author, message: "1", time: Fixtures.time(20))
            module.title = "Two"
            try folder.store.saveModule(module, base: start, author: Fixtures.author, message: "2", time: Fixtures.time(21))
            var merge = try folder.store.prepareMerge(topic: topic, module: moduleID, user: Fixtures.author)
            merge.resolveAll(with: .head(0))
            module.title = "Three"
            try folder.store.saveModule(module, base: start, author: Fixtures.reviewer, message: "3", time: Fixtures.time(22))
            #expect(expectStoreError(.refused) { try folder.store.writeMerge(merge, author: Fixtures.author) }?.message.contains("changed while it was being merged") == true)
        }
    }
}

@Suite("Restore and revision diff")
struct RestoreTests {
    @Test("restoring writes the old content as a new revision on the head")
    func restore() throws {
        try withFixtureFolder { folder throws in
            let first = try #require(try folder.store.requireModule(moduleID).record.head)
            var module = base
            module.title = "Second"
            let second = try folder.store.saveModule(module, author: Fixtures.author, message: "2", time: Fixtures.time(20))
            module.aim = "Third."
            try folder.store.saveModule(module, author: Fixtures.author, message: "3", time: Fixtures.time(21))

            let comparison = try folder.store.moduleChanges(topic: topic, module: moduleID, from: first)
            #expect(comparison.changes.map(\.label) == ["Title", "Aim"])
            let latest = try folder.store.moduleChanges(topic: topic, module: moduleID)
            #expect(latest.old == second.id && latest.changes.map(\.label) == ["Aim"])
            let initial = try folder.store.moduleChanges(topic: topic, module: moduleID, to: first)
            #expect(initial.old == nil && initial.changes.isEmpty)

            let restored = try folder.store.restoreModule(topic: topic, module: moduleID, revision: first, author: Fixtures.reviewer, time: Fixtures.time(22))
            let entry = try folder.reopened().requireModule(moduleID)
            #expect(entry.record.heads == [restored.id])
            #expect(entry.module == base)
            #expect(entry.record.current?.info.message == "Restore revision \(first)")
            #expect(entry.record.current?.info.seq == 4)
            #expect(
                expectStoreError(.refused) {
                    try folder.store.restoreModule(topic: topic, module: moduleID, revision: first, author: Fixtures.reviewer)
                }?.message == "the current version of \(topic)/\(moduleID) already has the content of revision \(first); nothing was written")
            #expect(
                expectStoreError(.refused) {
                    try folder.store.restoreModule(topic: topic, module: moduleID, revision: restored.id, author: Fixtures.reviewer)
                }?.message == "revision \(restored.id) is already the current version of \(topic)/\(moduleID)")
        }
    }
}
