import CurriculumKit
import TerminalKit
import Testing

@testable import WorkbenchApp

/// The editor's fields and layout as new users met them: numbers, choices, references, sizes.
@Suite("Editor fields and layout")
struct EditorFieldBehaviourTests {
    private static let minutes: [JSONPathStep] = [.key("sessions"), .index(0), .key("minutes")]

    @Test("typing into a prefilled number replaces it; a refused key says why")
    func numberReplaced() throws {
        var fixture = try EditorFixture()
        fixture.editExample()
        fixture.tab(to: .key("sessions"), .index(0), .key("minutes"))
        #expect(fixture.app.screen[28].hasPrefix(" A number from 0 to 1440; typing replaces it"), "\(dump(fixture.app.screen))")
        fixture.app.type("90")
        #expect(fixture.editor.document[path: JSONPath(Self.minutes)] == .integer(90), "not 6090")
        fixture.app.type("0")
        #expect(fixture.editor.document[path: JSONPath(Self.minutes)] == .integer(900))
        fixture.app.type("0")
        #expect(fixture.editor.document[path: JSONPath(Self.minutes)] == .integer(900))
        #expect(fixture.message == "9000 is too large: Minutes is a whole number from 0 to 1440.")
        fixture.app.type("x")
        #expect(fixture.message == "Only digits go in this field: \"x\" was not typed.")

        // Any key but a digit ends the replacing: the number is then edited in place.
        fixture.app.press(.tab, .backTab, .left, .backspace)
        #expect(fixture.editor.document[path: JSONPath(Self.minutes)] == .integer(90), "900 less its second digit")
        fixture.app.type("5")
        #expect(fixture.editor.document[path: JSONPath(Self.minutes)] == .integer(950))
    }

    @Test("a new reference's kind is not guessed: it is asked for, and saving waits for it")
    func referenceKindAsked() throws {
        var fixture = try EditorFixture()
        fixture.editExample()
        let count = fixture.editor.document["references"]?.arrayValue?.count ?? 0
        fixture.tab(to: .key("references"), addRow: true)
        fixture.app.press(.enter)
        let kind = JSONPath([.key("references"), .index(count), .key("kind")])
        #expect(fixture.editor.document[path: kind] == nil)
        #expect(fixture.editor.focus.path == kind)
        #expect(fixture.app.screen.contains { $0.contains("Kind             ") && $0.contains("— choose with ← →") }, "\(dump(fixture.app.screen))")
        let id = "R\(count + 1)"
        #expect(fixture.editor.findings.first?.message == "Kind of reference \(id): not chosen yet; ← → choose one")
        fixture.app.press(.tab, .control("s"))
        #expect(fixture.editor.modal == nil, "no message is asked for")
        #expect(fixture.message == "Not saved yet: Kind of reference \(id): not chosen yet; ← → choose one.")
        #expect(fixture.editor.focus.path == kind, "the focus goes to the choice")
        fixture.app.press(.right)
        #expect(fixture.editor.document[path: kind] == .string("eu-acquis"))
        #expect(!fixture.editor.findings.contains { $0.message.contains("not chosen yet") })
    }

    @Test("at 100×30 the line under the title keeps the checks whole")
    func summaryLineWhole() throws {
        var fixture = try EditorFixture()
        let long = "integration-of-returnees-under-readmission-agreements-and-local-plan"
        try fixture.folder.create(Module(id: String(long.prefix(63)), topic: exampleTopic, title: "Returnees"))
        fixture.app = makeApp(try fixture.folder.open())
        fixture.app.press(.character("G"), .character("k"), .tab, .character("j"), .character("e"))
        let line = fixture.app.screen[2]
        #expect(line.hasSuffix(" (Ctrl-G) "), "\(dump(fixture.app.screen))")
        #expect(line.hasSuffix("… ⚠ 1 warning (Ctrl-G) "), "\(line)")
        #expect(line.hasPrefix(" 15/integration-of-returnees"))
    }

    @Test("at 80×24 the footer keeps Esc close and F1 help, and the checks pane stays")
    func eightyByTwentyFour() throws {
        var fixture = try EditorFixture(width: 80, height: 24)
        fixture.editExample()
        let lines = fixture.app.screen
        #expect(lines[23].contains("Esc close  F1 help"), "\(dump(lines))")
        #expect(lines[3].contains("┌ Checks"), "\(dump(lines))")
        #expect(lines[4].contains("Total 6 h"))
        expectRowsFit(fixture.app.render())
    }

    @Test("q on the too-small screen in the editor asks about unsaved changes, as Esc does")
    func tooSmallAsks() throws {
        var fixture = try EditorFixture()
        fixture.editExample()
        fixture.tab(to: .key("title"))
        fixture.app.type(" (draft)")
        fixture.app.resize(width: 50, height: 12)
        #expect(fixture.app.press(.character("q")) == [], "unsaved changes: not quit at once")
        var lines = fixture.app.screen
        #expect(lines.contains { $0.contains("Unsaved changes: Save your changes to") }, "\(dump(lines))")
        #expect(lines.contains { $0.contains("s save · d discard · c cancel") }, "\(dump(lines))")
        fixture.app.press(.character("c"))
        #expect(fixture.editor.modal == nil)
        #expect(fixture.app.screen.contains { $0.contains("press q to quit") })

        fixture.app.press(.character("q"), .character("s"))
        lines = fixture.app.screen
        #expect(lines.contains { $0.contains("What did you change?") }, "\(dump(lines))")
        fixture.app.type("Marked as a draft")
        #expect(fixture.app.press(.enter) == [.quit])
        #expect(try fixture.storedExample()?.title.hasSuffix(" (draft)") == true, "saved before quitting")
    }

    @Test("q on the too-small screen quits at once when nothing is unsaved")
    func tooSmallClean() throws {
        var fixture = try EditorFixture()
        fixture.editExample()
        fixture.app.resize(width: 50, height: 12)
        #expect(fixture.app.press(.character("q")) == [.quit])
    }
}
