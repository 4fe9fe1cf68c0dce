import CurriculumKit
import Foundation
import TerminalKit
import Testing

@testable import WorkbenchApp

/// An app as `user` on the fixture's folder as it is on disk now.
private func app(_ fixture: EditorFixture, as user: String) throws -> WorkbenchApp {
    var state = WorkbenchState(store: try fixture.folder.open(), user: user, folderName: "Curricula", width: 100, height: 30)
    state.drafts = fixture.drafts
    return WorkbenchApp(state: state)
}

/// Saves the example module with `change` applied, from `base` (else the current head).
private func save(
    _ fixture: EditorFixture, by author: String, base: RevisionID? = nil, message: String, _ change: (inout Module) -> Void
) throws {
    var store = try fixture.folder.open()
    var module = try #require(try fixture.storedExample())
    change(&module)
    try store.saveModule(module, base: base, author: author, message: message)
}

private func firstRevision(_ fixture: EditorFixture) throws -> RevisionID {
    let store = try fixture.folder.open()
    let entry = try #require(store.topic(named: exampleTopic)?.modules.first { $0.id == exampleModule })
    return try #require(store.withHistory(entry.record).revisionIDs.min())
}

@Suite("History, merge and review screens")
struct HistoryMergeReviewTests {
    @Test("H lists the revisions and what each changed, word by word; c compares with the current version")
    func history() throws {
        let fixture = try EditorFixture()
        try save(fixture, by: "Marko Marković", message: "Aim sharpened") { $0.aim = $0.aim.replacingOccurrences(of: "draft or revise", with: "write") }
        var app = try app(fixture, as: "Ana Petrović")
        app.press(.character("G"), .character("k"), .tab, .character("H"))
        #expect(app.state.screen == .history)
        var lines = app.screen
        #expect(lines[1].hasPrefix(" History · Local Action Plans for Improving"), "\(dump(lines))")
        #expect(lines[1].contains("2 revisions"))
        #expect(lines[3].contains("● 2 · ") && lines[3].contains("Marko Marković"), "\(dump(lines))")
        #expect(lines[4].contains("Aim sharpened"))
        #expect(lines[2].contains("What 000002-"))
        #expect(lines.contains { $0.contains("~ Aim") })
        let diffText = (app.state.history?.diff.lines ?? []).map { $0.map(\.text).joined() }
        #expect(diffText.contains { $0.contains("to [-draft or revise-]{+write+} a Local") }, "words marked in the diff: \(diffText)")
        #expect(lines[4].hasSuffix("Councils to [-draft  │"), "and drawn wrapped:\(dump(lines))")
        app.press(.character("j"))
        lines = app.screen
        #expect(lines[2].contains("created the module"))
        #expect(lines.contains { $0.contains("+ Title added") })
        app.press(.character("c"))
        lines = app.screen
        #expect(lines[2].contains("to the current version"))
        #expect(lines.contains { $0.contains("~ Aim") })
        // v marks a revision to compare any other with.
        app.press(.character("v"), .character("k"))
        lines = app.screen
        #expect(lines[2].contains("From 000001-") && lines[2].contains(" to 000002-"), "\(dump(lines))")
        #expect(lines.contains { $0.contains("~ Aim") })
        app.press(.escape)
        #expect(app.state.screen == .browser)
    }

    @Test("r restores an old revision as a new one after asking; nothing in between is lost")
    func restore() throws {
        let fixture = try EditorFixture()
        try save(fixture, by: "Marko Marković", message: "New title") { $0.title = "Нов наслов" }
        var app = try app(fixture, as: "Ana Petrović")
        app.press(.character("G"), .character("k"), .tab, .character("H"), .character("j"), .character("r"))
        #expect(app.screen.contains { $0.contains("Write the content of revision 000001-") })
        app.press(.escape)
        #expect(try fixture.exampleRevisions().count == 2, "Esc cancels")
        app.press(.character("r"), .character("r"))
        #expect(app.state.message?.text.hasPrefix("Restored 000001-") == true)
        #expect(try fixture.exampleRevisions().count == 3)
        #expect(try fixture.storedExample()?.title == "Local Action Plans for Improving the Position of Different Categories of Migrants")
        #expect(app.screen[1].contains("3 revisions"))
        app.press(.character("r"))
        #expect(app.state.message?.text == "This is already the current version.")
    }

    @Test("m merges a diverged module: one conflict taken from the second version, both sides' additions kept")
    func merge() throws {
        let fixture = try EditorFixture()
        let base = try firstRevision(fixture)
        try save(fixture, by: "Marko Marković", base: base, message: "Title in Latin") {
            $0.title = "Lokalni akcioni planovi"
            $0.keywords.append("opština")
        }
        try save(fixture, by: "Jelena Jovanović", base: base, message: "Title in Cyrillic, a session") {
            $0.title = "Локални акциони планови"
            $0.sessions.append(Session(id: "S9", title: "Нова сесија", minutes: 30, method: .lecture))
        }
        var app = try app(fixture, as: "Ana Petrović")
        app.press(.character("G"), .character("k"), .tab, .character("H"))
        #expect(app.screen[1].contains("diverged: 2 versions (m merges)"))
        app.press(.character("m"))
        #expect(app.state.screen == .merge)
        var lines = app.screen
        #expect(lines[1].contains("2 versions · conflict 1 of 1 · 1 open"), "\(dump(lines))")
        #expect(lines[2].hasPrefix("┌ Title"))
        #expect(lines.contains { $0.contains("Lokalni akcioni planovi") && $0.contains("Локални акциони планови") })
        app.press(.control("s"))
        #expect(app.state.message?.text.hasPrefix("1 conflict is still open") == true)
        let second = try #require(app.state.merge?.merge.conflicts.first?.values.firstIndex(of: .string("Локални акциони планови")))
        app.press(.character(Character(String(second + 1))))
        lines = app.screen
        #expect(lines[1].contains("0 open"))
        #expect(lines.contains { $0.contains("✓ taken") })
        app.press(.control("s"))
        #expect(app.state.screen == .history)
        #expect(app.state.message?.text.hasPrefix("Merged 2 versions as revision 000003-") == true)
        let store = try fixture.folder.open()
        let entry = try #require(store.topic(named: exampleTopic)?.modules.first { $0.id == exampleModule })
        #expect(entry.record.heads.count == 1)
        #expect(entry.module?.title == "Локални акциони планови")
        #expect(entry.module?.keywords.contains("opština") == true)
        #expect(entry.module?.sessions.contains { $0.id == "S9" } == true)
        let head = try #require(entry.record.head)
        #expect(store.withHistory(entry.record).headers[head]?.parents.count == 2)
    }

    @Test("a conflicting text can be written by hand on the merge screen")
    func mergeByHand() throws {
        let fixture = try EditorFixture()
        let base = try firstRevision(fixture)
        try save(fixture, by: "Marko Marković", base: base, message: "Latin") { $0.title = "Lokalni akcioni planovi" }
        try save(fixture, by: "Jelena Jovanović", base: base, message: "Cyrillic") { $0.title = "Локални акциони планови" }
        var app = try app(fixture, as: "Ana Petrović")
        app.press(.character("G"), .character("k"), .tab, .character("H"), .character("m"), .character("e"))
        #expect(app.screen.contains { $0.contains("Your value (Enter takes it, Esc leaves it)") })
        app.press(.control("a"), .control("k"))
        app.type("Локални акциони планови (Lokalni akcioni planovi)")
        app.press(.enter)
        #expect(app.screen.contains { $0.contains("✓ written by hand: Локални акциони планови (Lokalni") })
        app.press(.control("s"))
        #expect(try fixture.storedExample()?.title == "Локални акциони планови (Lokalni akcioni planovi)")
    }

    @Test("a module that has not diverged has nothing to merge, and says so")
    func nothingToMerge() throws {
        let fixture = try EditorFixture()
        var app = try app(fixture, as: "Ana Petrović")
        app.press(.character("G"), .character("k"), .tab, .character("H"), .character("m"))
        #expect(app.state.screen == .history)
        #expect(app.state.message?.text.isEmpty == false)
    }

    @Test("review in the reader: submit, a reviewer asks for changes on an outcome, the author answers and resubmits, another reviewer approves")
    func reviewRoundTrip() throws {
        let fixture = try EditorFixture()
        let catalog = fixture.folder.path + "/catalog.json"
        var text = try String(contentsOfFile: catalog, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "\"members\": []",
            with: """
                "members": [
                {"country": "RS", "institution": "KIRS", "name": "Ana Petrović", "roles": ["author"]},
                {"country": "ME", "institution": "MUP", "name": "Marko Marković", "roles": ["reviewer"]},
                {"country": "MK", "institution": "MVR", "name": "Јелена Јовановић", "roles": ["reviewer"]}]
                """)
        try text.write(toFile: catalog, atomically: false, encoding: .utf8)

        // The author submits.
        var author = try app(fixture, as: "Ana Petrović")
        author.press(.character("G"), .character("k"), .tab, .enter, .character("s"))
        #expect(author.screen[1].contains("in review"), "\(dump(author.screen))")
        author.press(.character("a"))
        #expect(author.state.message?.text.hasPrefix("Refused: ") == true, "an author cannot approve")

        // A reviewer comments on the learning outcomes and asks for changes.
        var reviewer = try app(fixture, as: "Marko Marković")
        reviewer.press(.character("G"), .character("k"), .tab, .enter)
        while reviewer.state.reader.map({ $0.sections[$0.selectedSection].title != "Learning outcomes" }) == true {
            reviewer.press(.character("]"))
        }
        reviewer.press(.character("x"))
        #expect(reviewer.screen[28].hasPrefix(" Changes wanted in Learning outcomes: "))
        reviewer.type("LO2 treba da bude merljiv")
        reviewer.press(.enter)
        #expect(reviewer.screen[1].contains("changes"))
        #expect(reviewer.state.message?.text == "Changes requested; the authors see your comment under Learning outcomes.")

        // The author sees it under the outcomes, edits, resolves it and submits again.
        author = try app(fixture, as: "Ana Petrović")
        author.press(.character("G"), .character("k"), .tab, .enter)
        let lines = author.screen
        #expect(lines.contains { $0.contains("Learning outcomes") && $0.contains("1 open comment") }, "\(dump(lines))")
        #expect(lines.contains { $0.contains("» Marko Marković (changes requested) on /learningOutcomes: LO2 treba da") })
        author.press(.character("e"))
        var editor = EditorFixture.wrapping(author, fixture)
        editor.tab(to: .key("learningOutcomes"), .index(1), .key("text"))
        editor.app.press(.end)
        editor.app.type(" (at least three needs per category)")
        editor.app.press(.control("s"))
        editor.app.type("LO2 made measurable")
        editor.app.press(.enter, .escape)
        author = editor.app
        #expect(author.state.screen == .reader)
        while author.state.reader.map({ $0.sections[$0.selectedSection].title != "Learning outcomes" }) == true {
            author.press(.character("]"))
        }
        author.press(.character("o"))
        author.type("Measurable now.")
        author.press(.enter)
        #expect(author.state.message?.text == "Comment resolved.")
        #expect(author.screen.contains { $0.contains("✓ Marko Marković") })
        author.press(.character("s"))
        #expect(author.screen[1].contains("in review"))

        // A second reviewer approves.
        var second = try app(fixture, as: "Јелена Јовановић")
        second.press(.character("G"), .character("k"), .tab, .enter, .character("a"))
        #expect(second.screen[1].contains("approved"), "\(dump(second.screen))")
        let store = try fixture.folder.open()
        #expect(store.topic(named: exampleTopic)?.modules.first { $0.id == exampleModule }?.status == .approved)
    }
}

extension EditorFixture {
    /// The fixture's helpers over an app already running.
    static func wrapping(_ app: WorkbenchApp, _ fixture: EditorFixture) -> EditorFixture {
        var copy = fixture
        copy.app = app
        return copy
    }
}
