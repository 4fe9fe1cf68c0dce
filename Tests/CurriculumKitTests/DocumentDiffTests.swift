import Testing

@testable import CurriculumKit

private func module() -> Module {
    Fixtures.module("border-risk-analysis")
}

/// The old and new texts a word diff spells out.
private func sides(_ words: [WordChange]) -> (old: String, new: String) {
    (
        words.filter { $0.kind != .inserted }.map(\.text).joined(),
        words.filter { $0.kind != .deleted }.map(\.text).joined()
    )
}

@Suite("Document diff")
struct DocumentDiffTests {
    @Test("an unchanged module has no changes")
    func unchanged() {
        #expect(DocumentDiff.changes(from: module(), to: module()).isEmpty)
    }

    @Test("a changed title and aim, in document order")
    func scalarFields() {
        var new = module()
        new.aim = "A new aim."
        new.title = "Risk analysis at the border"
        new.eqfLevel = nil
        let changes = DocumentDiff.changes(from: module(), to: new)
        #expect(changes.map(\.pointer) == ["/title", "/aim", "/eqfLevel"])
        #expect(changes[0] == DocumentChange(
            kind: .changed, pointer: "/title", label: "Title", old: "Module border-risk-analysis",
            new: "Risk analysis at the border"))
        #expect(changes[2].kind == .removed && changes[2].label == "EQF level" && changes[2].old == "5")
    }

    @Test("an edited outcome is named by its id and field")
    func editedOutcome() throws {
        var new = module()
        new.learningOutcomes[1].text = "Apply the framework to a real case at the border."
        let changes = DocumentDiff.changes(from: module(), to: new)
        let change = try #require(changes.first)
        #expect(changes.count == 1)
        #expect(change.kind == .changed)
        #expect(change.pointer == "/learningOutcomes/1/text")
        #expect(change.label == "Learning outcome LO2 · text")
        #expect(change.old == "Apply the framework to a case.")
        #expect(!change.words.isEmpty)
        #expect(sides(change.words) == (change.old!, change.new!))
        #expect(change.words.filter { $0.kind == .inserted }.map(\.text) == ["real ", " at the border"])
    }

    @Test("sessions added, removed, moved and edited in one list")
    func sessionList() {
        var old = module()
        old.sessions.append(Session(id: "S3", title: "Wrap-up", minutes: 30, method: .discussion))
        var new = old
        // S3 moves to the front, S2 is removed, S1 is edited, S4 is added at the end.
        new.sessions = [
            old.sessions[2],
            Session(id: "S1", title: "The framework", minutes: 75, method: .lecture, outcomes: ["LO1"]),
            Session(id: "S4", title: "Group work on the plan", minutes: 45, method: .groupWork),
        ]
        let changes = DocumentDiff.changes(from: old, to: new)
        let summary = changes.map { "\($0.kind.word) \($0.pointer) \($0.label)" }
        #expect(
            summary == [
                "moved /sessions/0 Session S3 moved",
                "changed /sessions/1/minutes Session S1 · minutes",
                "removed /sessions/1 Session S2 removed",
                "added /sessions/2 Session S4 added",
            ])
        #expect(changes[0].old == "position 3" && changes[0].new == "position 1")
        #expect(changes[1].old == "60" && changes[1].new == "75")
        #expect(changes[2].old == "S2 A case")
        #expect(changes[3].new == "S4 Group work on the plan")
    }

    @Test("two items swapping places: one of them moved")
    func swap() {
        var new = module()
        new.learningOutcomes.swapAt(0, 1)
        let changes = DocumentDiff.changes(from: module(), to: new)
        #expect(changes.count == 1)
        #expect(changes.first?.kind == .moved)
        #expect(changes.first?.label.hasPrefix("Learning outcome LO") == true)
    }

    @Test("lists of text are matched by value")
    func textLists() {
        var old = module()
        old.keywords = ["border", "risk", "frontex"]
        var new = old
        new.keywords = ["frontex", "border", "analysis"]
        new.sessions[0].materials = ["Slides"]
        let changes = DocumentDiff.changes(from: old, to: new)
        let summary = changes.map { "\($0.kind.word) \($0.pointer) \($0.label) \($0.old ?? "-") \($0.new ?? "-")" }
        #expect(
            summary == [
                "added /sessions/0/materials/0 Session S1 · materials - Slides",
                "moved /keywords/0 Keywords · frontex moved position 3 position 1",
                "changed /keywords/2 Keywords risk analysis",
            ])
    }

    @Test("an outcome added to a session's outcomes")
    func outcomeAddedToSession() {
        var new = module()
        new.sessions[1].outcomes.append("LO1")
        let changes = DocumentDiff.changes(from: module(), to: new)
        #expect(changes == [
            DocumentChange(kind: .added, pointer: "/sessions/1/outcomes/1", label: "Session S2 · outcomes", old: nil, new: "LO1")
        ])
    }

    @Test("word changes in Cyrillic text")
    func cyrillicWords() throws {
        var old = module()
        old.aim = "Полазници ће разумети поступак реадмисије и реинтеграције повратника."
        var new = old
        new.aim = "Полазници ће применити поступак реадмисије и одрживе реинтеграције повратника."
        let change = try #require(DocumentDiff.changes(from: old, to: new).first)
        #expect(change.label == "Aim")
        #expect(
            change.words == [
                WordChange(kind: .same, text: "Полазници ће "),
                WordChange(kind: .deleted, text: "разумети"),
                WordChange(kind: .inserted, text: "применити"),
                WordChange(kind: .same, text: " поступак реадмисије и "),
                WordChange(kind: .inserted, text: "одрживе "),
                WordChange(kind: .same, text: "реинтеграције повратника."),
            ])
    }

    @Test("neighbouring replaced words become one change")
    func groupedWords() {
        let words = WordDiff.changes(from: "the old plan was agreed", to: "the new draft plan was agreed")
        #expect(
            words == [
                WordChange(kind: .same, text: "the "),
                WordChange(kind: .deleted, text: "old"),
                WordChange(kind: .inserted, text: "new draft"),
                WordChange(kind: .same, text: " plan was agreed"),
            ])
        #expect(sides(words) == ("the old plan was agreed", "the new draft plan was agreed"))
    }

    @Test("word changes always give both texts back", arguments: [
        ("", "one two three four"),
        ("one two three four", ""),
        ("a  b\tc\nd", "a b c d"),
        ("Plan lokalnih akcija za migracije", "Lokalni akcioni plan  za migracije i razvoj"),
        ("Šta je  plan?", "Шта је план?"),
    ])
    func wordRoundTrip(old: String, new: String) {
        #expect(sides(WordDiff.changes(from: old, to: new)) == (old, new))
    }

    @Test("short or rewritten texts have no word changes")
    func wordsOnlyWhenUseful() throws {
        var new = module()
        new.title = "Something else"
        new.aim = "Entirely different words here now."
        let changes = DocumentDiff.changes(from: module(), to: new)
        #expect(changes.count == 2)
        #expect(changes.allSatisfy { $0.words.isEmpty })
    }

    @Test("unknown fields are compared too")
    func unknownFields() throws {
        let old: JSONValue = .object(["title": .string("A"), "zNew": .integer(1)])
        let new: JSONValue = .object(["title": .string("A"), "zNew": .integer(2), "extra": .bool(true)])
        let changes = DocumentDiff.changes(from: old, to: new)
        #expect(changes.map(\.label) == ["Extra", "Z new"])
        #expect(changes.map(\.kind) == [.added, .changed])
    }

    @Test("a topic's module order")
    func topicModules() {
        let old = Fixtures.topics[0]
        var new = old
        new.modules = ["b", "a"]
        var oldWithModules = old
        oldWithModules.modules = ["a", "b"]
        let changes = DocumentDiff.changes(from: oldWithModules, to: new)
        #expect(changes.count == 1 && changes[0].kind == .moved)
    }

    @Test("a long module diffs quickly")
    func speed() {
        var old = module()
        let text = (0..<400).map { "word\($0 % 37)" }.joined(separator: " ")
        old.description = text
        old.sessions = (0..<60).map { Session(id: "S\($0)", title: "Session \($0)", minutes: 30, method: .lecture) }
        var new = old
        new.description = text.replacingOccurrences(of: "word3 ", with: "term3 ")
        new.sessions.reverse()
        let start = ContinuousClock.now
        let changes = DocumentDiff.changes(from: old, to: new)
        #expect(!changes.isEmpty)
        #expect(ContinuousClock.now - start < .seconds(1))
    }
}
