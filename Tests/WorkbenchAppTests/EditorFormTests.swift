import CurriculumKit
import Foundation
import TerminalKit
import Testing

@testable import WorkbenchApp

@Suite("Editor form")
struct EditorFormTests {
    @Test("e opens the selected module in a form: sections, labels, totals, no warnings")
    func opens() throws {
        var fixture = try EditorFixture()
        fixture.editExample()
        #expect(fixture.app.state.screen == .editor)
        let lines = fixture.app.screen
        #expect(lines[1].hasPrefix(" Editing module · Local Action Plans for Improving"), "\(dump(lines))")
        #expect(lines[1].hasSuffix("✓ saved "))
        #expect(lines[2].hasPrefix(" 15/local-action-plans · revision 1 · 6 h in 4 sessions · no warnings"))
        #expect(lines[4].hasPrefix("│ BASICS"))
        #expect(lines[5].hasPrefix("│ Title              Local Action Plans for Improving the "))
        #expect(lines[6].hasPrefix("│                    Position of Different Categories of "))
        #expect(lines[4].contains("│ Total 6 h"))
        #expect(lines[28] == " Type; Enter goes to the next field" + String(repeating: " ", count: 65))
        #expect(lines[29].hasPrefix("  Tab field  Ctrl-S save  Ctrl-Z undo"))
        expectRowsFit(fixture.app.render())
        // The cursor stands after the title's last character, on its second wrapped line.
        let buffer = fixture.app.render()
        #expect(buffer.cursor == Position(x: 21 + DisplayWidth.of("Migrants"), y: 7))
    }

    @Test("typing, moving and deleting over mixed Cyrillic and Latin text; Cyrillic takes one column a letter")
    func typingMixedScripts() throws {
        var fixture = try EditorFixture()
        fixture.editExample()
        fixture.app.press(.end)
        fixture.app.type(" — Мигранти и č")
        #expect(fixture.text(.key("title"))?.hasSuffix("Migrants — Мигранти и č") == true)
        fixture.app.press(.controlArrow(.left), .controlArrow(.left))
        fixture.app.type("ђ")
        #expect(fixture.text(.key("title"))?.hasSuffix("Migrants — Мигранти ђи č") == true)
        fixture.app.press(.backspace, .delete, .delete)
        #expect(fixture.text(.key("title"))?.hasSuffix("Migrants — Мигранти č") == true)
        fixture.app.press(.end, .backspace)
        fixture.app.type("ž")
        #expect(fixture.text(.key("title"))?.hasSuffix("Мигранти ž") == true)
        let lines = fixture.app.screen
        #expect(lines[7].hasPrefix("│                    Migrants — Мигранти ž "), "\(dump(lines))")
        #expect(fixture.app.render().cursor == Position(x: 21 + DisplayWidth.of("Migrants — Мигранти ž"), y: 7))
        #expect(lines[1].hasSuffix("● unsaved changes "))
    }

    @Test("↓ from a field's last line goes to the next field; Enter adds lines only in texts")
    func movingBetweenFields() throws {
        var fixture = try EditorFixture()
        fixture.editExample()
        fixture.app.press(.down)
        #expect(fixture.editor.focus.path == ["language"])
        fixture.app.press(.enter)
        #expect(fixture.editor.focus.path == ["delivery"], "Enter in a one-line field goes on")
        fixture.tab(to: .key("aim"))
        fixture.app.press(.enter)
        fixture.app.type("Друга линија.")
        #expect(fixture.text(.key("aim"))?.hasSuffix("municipality.\nДруга линија.") == true)
        fixture.app.press(.up, .up, .up, .up, .up)
        #expect(fixture.editor.focus.path == ["eqfLevel"], "↑ past the first line leaves the text")
    }

    @Test("choices (the EQF level too) go through their values with ← → and by first letter; numbers take only valid values")
    func choicesAndNumbers() throws {
        var fixture = try EditorFixture()
        fixture.editExample()
        fixture.tab(to: .key("delivery"))
        fixture.app.press(.right)
        #expect(fixture.text(.key("delivery")) == "e-learning")
        fixture.app.press(.left, .left)
        #expect(fixture.text(.key("delivery")) == "study-visit")
        fixture.app.type("w")
        #expect(fixture.text(.key("delivery")) == "webinar")
        #expect(fixture.app.screen[28].hasPrefix(" ← → or Space choose: face-to-face · e-learning · blended"))

        fixture.tab(to: .key("eqfLevel"))
        #expect(fixture.app.screen[28].hasPrefix(" ← → or Space choose: none · 1 · 2 · 3 · 4 · 5 · 6 · 7 · 8"))
        fixture.app.press(.right)
        #expect(fixture.value(.key("eqfLevel")) == .integer(6))
        fixture.app.press(.right, .right, .right)
        #expect(fixture.value(.key("eqfLevel")) == nil, "after 8 comes none, which removes the field")
        fixture.app.type("3")
        #expect(fixture.value(.key("eqfLevel")) == .integer(3), "a digit chooses its level")
        fixture.app.type("x")
        #expect(fixture.message.hasPrefix("No choice starts with \"x\""))
        fixture.app.press(.left)
        #expect(fixture.value(.key("eqfLevel")) == .integer(2))

        fixture.tab(to: .key("sessions"), .index(0), .key("minutes"))
        fixture.app.press(.backspace, .backspace)
        fixture.app.type("45")
        #expect(fixture.value(.key("sessions"), .index(0), .key("minutes")) == .integer(45))
        #expect(fixture.app.screen[2].contains("5 h 45 min in 4 sessions"))
        fixture.app.type("00")
        #expect(fixture.value(.key("sessions"), .index(0), .key("minutes")) == .integer(450))
    }

    @Test("adding, moving and deleting list items assigns ids and keeps sessions' outcomes right")
    func lists() throws {
        var fixture = try EditorFixture()
        fixture.editExample()
        fixture.tab(to: .key("learningOutcomes"), addRow: true)
        fixture.app.press(.enter)
        #expect(fixture.value(.key("learningOutcomes"), .index(4), .key("id")) == .string("LO5"))
        #expect(fixture.editor.focus.path == [.key("learningOutcomes"), .index(4), .key("domain")])
        fixture.app.press(.tab)
        fixture.app.type("Објаснити правни оквир за повратнике")
        #expect(fixture.text(.key("learningOutcomes"), .index(4), .key("text")) == "Објаснити правни оквир за повратнике")
        #expect(fixture.app.screen.contains { $0.contains("▸ LO5 · learning outcome") })

        // Up one place, and the focus stays on the same field of the moved item.
        fixture.app.press(.controlArrow(.up))
        #expect(fixture.text(.key("learningOutcomes"), .index(3), .key("id")) == "LO5")
        #expect(fixture.text(.key("learningOutcomes"), .index(4), .key("id")) == "LO4")
        #expect(fixture.editor.focus.path == [.key("learningOutcomes"), .index(3), .key("text")])
        fixture.app.press(.function(8))
        #expect(fixture.text(.key("learningOutcomes"), .index(4), .key("id")) == "LO5")
        fixture.app.press(.function(8))
        #expect(fixture.message.hasPrefix("This is already the last learning outcome."))

        // Ctrl-N inside an item adds the next one after it, with the next free id.
        fixture.tab(to: .key("sessions"), .index(1), .key("title"))
        fixture.app.press(.control("n"))
        #expect(fixture.text(.key("sessions"), .index(2), .key("id")) == "S5")
        #expect(fixture.editor.focus.path == [.key("sessions"), .index(2), .key("title")])
        #expect(fixture.app.screen[2].contains("7 h in 5 sessions"))

        // Deleting asks first; Esc keeps the item.
        fixture.app.press(.control("d"))
        #expect(fixture.app.screen.contains { $0.contains("Delete session S5?") })
        fixture.app.press(.escape)
        #expect(fixture.value(.key("sessions"))?.arrayValue?.count == 5)
        fixture.app.press(.control("d"), .character("d"))
        #expect(fixture.value(.key("sessions"))?.arrayValue?.count == 4)

        // A deleted outcome leaves the sessions and assessments that named it.
        fixture.tab(to: .key("learningOutcomes"), .index(0), .key("text"))
        fixture.app.press(.control("d"), .enter)
        #expect(fixture.text(.key("learningOutcomes"), .index(0), .key("id")) == "LO1", "Enter chooses the highlighted button: Cancel")
        fixture.app.press(.control("d"), .left, .enter)
        #expect(fixture.text(.key("learningOutcomes"), .index(0), .key("id")) == "LO2")
        #expect(fixture.value(.key("sessions"), .index(0), .key("outcomes")) == .array([]))
        #expect(fixture.value(.key("sessions"), .index(2), .key("outcomes")) == .array([.string("LO2")]))
        #expect(fixture.value(.key("assessments"), .index(1), .key("outcomes")) == .array([]))
        #expect(fixture.message.hasPrefix("Learning outcome LO1 deleted; it was also taken out of 3 sessions or assessments."))
    }

    @Test("string lists: target groups and a session's materials are added, moved and deleted")
    func stringLists() throws {
        var fixture = try EditorFixture()
        fixture.editExample()
        fixture.tab(to: .key("sessions"), .index(0), .key("materials"), addRow: true)
        fixture.app.press(.enter)
        fixture.app.type("Закон о миграцијама")
        #expect(fixture.value(.key("sessions"), .index(0), .key("materials"), .index(2)) == .string("Закон о миграцијама"))
        fixture.app.press(.controlArrow(.up))
        #expect(fixture.value(.key("sessions"), .index(0), .key("materials"), .index(1)) == .string("Закон о миграцијама"))
        fixture.app.press(.control("d"), .character("d"))
        #expect(fixture.value(.key("sessions"), .index(0), .key("materials"))?.arrayValue?.count == 2)
        fixture.tab(to: .key("targetGroups"), .index(1))
        fixture.app.press(.control("n"))
        fixture.app.type("Commissariat for Refugees and Migration")
        #expect(fixture.value(.key("targetGroups"))?.arrayValue?.count == 3)
        #expect(fixture.text(.key("targetGroups"), .index(2)) == "Commissariat for Refugees and Migration")
    }

    @Test("undo and redo go back and forth over typing (a word at a time) and list changes")
    func undoRedo() throws {
        var fixture = try EditorFixture()
        fixture.editExample()
        let original = fixture.text(.key("title"))!
        fixture.app.press(.end)
        fixture.app.type(" нова реч")
        fixture.app.press(.control("z"))
        #expect(fixture.text(.key("title")) == original + " нова ")
        fixture.app.press(.control("z"))
        #expect(fixture.text(.key("title")) == original)
        fixture.app.press(.control("y"), .control("y"))
        #expect(fixture.text(.key("title")) == original + " нова реч")
        fixture.tab(to: .key("references"), addRow: true)
        fixture.app.press(.enter)
        #expect(fixture.text(.key("references"), .index(2), .key("id")) == "R3")
        fixture.app.press(.control("z"))
        #expect(fixture.value(.key("references"))?.arrayValue?.count == 2)
        #expect(fixture.text(.key("title")) == original + " нова реч")
        fixture.app.press(.control("z"), .control("z"), .control("z"))
        #expect(fixture.editor.document == fixture.editor.saved)
        #expect(fixture.app.screen[1].hasSuffix("✓ saved "))
        fixture.app.press(.control("z"))
        #expect(fixture.message.hasPrefix("Nothing to undo."))
    }

    @Test("warnings update as you type and Ctrl-G jumps to the field they name")
    func liveWarnings() throws {
        var fixture = try EditorFixture()
        fixture.editExample()
        fixture.tab(to: .key("learningOutcomes"), addRow: true)
        fixture.app.press(.enter)
        var lines = fixture.app.screen
        #expect(lines[2].contains("⚠ 3 warnings (Ctrl-G)"), "\(dump(lines))")
        #expect(lines.contains { $0.contains("• outcome LO5 has no text") })
        fixture.app.press(.control("g"))
        #expect(fixture.editor.focus.path == [.key("learningOutcomes"), .index(4), .key("text")])
        #expect(fixture.message.hasPrefix("1/3: outcome LO5 has no text"))
        fixture.app.type("Analyse returnees' needs")
        lines = fixture.app.screen
        #expect(lines[2].contains("⚠ 2 warnings (Ctrl-G)"))
        // Ticking LO5 in a session's outcomes answers "taught by no session".
        fixture.tab(to: .key("sessions"), .index(1), .key("outcomes"))
        fixture.app.press(.end, .character(" "))
        #expect(fixture.value(.key("sessions"), .index(1), .key("outcomes")) == .array([.string("LO2"), .string("LO5")]))
        lines = fixture.app.screen
        #expect(lines[2].contains("⚠ 1 warning (Ctrl-G)"))
        #expect(lines.contains { $0.contains("[x] LO2  [ ] LO3  [ ] LO4  [x] LO5") || $0.contains("[x] LO5") })
        fixture.app.press(.control("g"))
        #expect(fixture.editor.focus.path == [.key("learningOutcomes"), .index(4), .key("domain")])
        #expect(fixture.app.screen[28].contains("⚠ outcome LO5 is assessed by no assessment"))
    }

    @Test("the form fits a 60×16 terminal, without the checks pane")
    func narrow() throws {
        var fixture = try EditorFixture(width: 60, height: 16)
        fixture.editExample()
        let buffer = fixture.app.render()
        expectRowsFit(buffer)
        #expect(buffer.lines[3].hasPrefix("┌ Module"))
        #expect(!buffer.lines.contains { $0.contains("Checks") })
        fixture.tab(to: .key("references"), .index(1), .key("url"))
        expectRowsFit(fixture.app.render())
        #expect(fixture.app.render().cursor != nil)
    }

    @Test("F1 lists the editor's keys from the same map the editor uses")
    func help() throws {
        var fixture = try EditorFixture()
        fixture.editExample()
        fixture.app.press(.function(1))
        let lines = fixture.app.screen
        #expect(lines.contains { $0.contains("Ctrl-S") && $0.contains("Save a new revision") })
        #expect(lines.contains { $0.contains("Ctrl-↑ F7") && $0.contains("Move this item up") })
        fixture.app.press(.escape)
        #expect(fixture.app.state.overlay == nil)
        #expect(fixture.app.state.screen == .editor)
    }
}
