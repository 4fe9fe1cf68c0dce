import CurriculumKit
import Foundation
import TerminalKit
import Testing

@testable import WorkbenchApp

@Suite("Editor: saving, leaving and drafts")
struct EditorSessionTests {
    @Test("Ctrl-S asks for a message and writes a revision on the head the edit started from")
    func save() throws {
        var fixture = try EditorFixture()
        fixture.editExample()
        let before = try fixture.exampleRevisions()
        let base = fixture.editor.base
        fixture.app.press(.end)
        fixture.app.type(" — ревизија")
        fixture.app.press(.control("s"))
        #expect(fixture.app.screen.contains { $0.contains("What did you change?") })
        fixture.app.press(.enter)
        #expect(fixture.message.hasPrefix("Write a few words about what changed"))
        fixture.app.type("Наслов допуњен")
        fixture.app.press(.enter)
        #expect(fixture.message.hasPrefix("Saved revision 000002-"), "\(dump(fixture.app.screen))")
        #expect(fixture.app.screen[1].hasSuffix("✓ saved "))
        let after = try fixture.exampleRevisions()
        #expect(after.count == before.count + 1)
        let store = try fixture.folder.open()
        let entry = try #require(store.topic(named: exampleTopic)?.modules.first { $0.id == exampleModule })
        #expect(entry.module?.title.hasSuffix(" — ревизија") == true)
        let head = try #require(entry.record.head)
        let header = try #require(store.withHistory(entry.record).headers[head])
        #expect(header.parents == [base!])
        #expect(header.message == "Наслов допуњен")
        #expect(header.author == "Ana Petrović")
        #expect(fixture.editor.base == head, "the next save builds on this one")
        fixture.app.press(.control("s"))
        #expect(fixture.message.hasPrefix("Nothing to save"))
    }

    @Test("a save after someone else's save succeeds and says plainly that the module diverged")
    func divergedSave() throws {
        var fixture = try EditorFixture()
        fixture.editExample()
        // A colleague saves from the same revision meanwhile.
        var other = try fixture.folder.open()
        var theirs = try #require(try fixture.storedExample())
        theirs.aim = "A colleague's aim."
        try other.saveModule(theirs, author: "Marko Marković", message: "Aim rewritten")

        fixture.app.press(.end)
        fixture.app.type("!")
        fixture.app.press(.control("s"))
        fixture.app.type("Title punctuation")
        fixture.app.press(.enter)
        let message = fixture.message
        #expect(message.contains("someone else saved this module meanwhile"), "\(message)")
        let store = try fixture.folder.open()
        let entry = try #require(store.topic(named: exampleTopic)?.modules.first { $0.id == exampleModule })
        #expect(entry.record.heads.count == 2)
        #expect(entry.status == .diverged)
    }

    @Test("a refused save keeps the changes, says why, and writes the draft at once")
    func refusedSave() throws {
        var fixture = try EditorFixture()
        fixture.editExample()
        fixture.app.press(.end)
        fixture.app.type(" (нацрт)")
        // The revisions folder now leads outside the folder: the store refuses to write through it.
        let revisions = fixture.folder.path + "/topics/\(exampleTopic)/modules/\(exampleModule)/revisions"
        let outside = fixture.folder.base.appendingPathComponent("elsewhere").path
        try FileManager.default.moveItem(atPath: revisions, toPath: outside)
        try FileManager.default.createSymbolicLink(atPath: revisions, withDestinationPath: outside)
        fixture.app.press(.control("s"))
        fixture.app.type("try")
        fixture.app.press(.enter)
        #expect(fixture.message.hasPrefix("Not saved: "), "\(dump(fixture.app.screen))")
        #expect(fixture.app.state.message?.text.contains("leads outside the folder") == true)
        #expect(fixture.app.state.message?.text.hasSuffix("Your changes are still here.") == true)
        #expect(fixture.editor.isDirty)
        #expect(fixture.text(.key("title"))?.hasSuffix(" (нацрт)") == true)
        let draft = try #require(try fixture.drafts.read(kind: .module, topic: exampleTopic, id: exampleModule))
        #expect(draft.document == fixture.editor.document)
    }

    @Test("leaving with unsaved changes asks: cancel stays, discard leaves and writes nothing")
    func leaveAndDiscard() throws {
        var fixture = try EditorFixture()
        fixture.editExample()
        fixture.app.press(.escape)
        #expect(fixture.app.state.screen == .browser, "no changes: Esc just closes")
        fixture.app.press(.character("e"), .end)
        fixture.app.type("?")
        fixture.app.tick(now: 10)
        fixture.app.press(.escape)
        let lines = fixture.app.screen
        #expect(lines.contains { $0.contains("Save your changes to “Local Action Plans") }, "\(dump(lines))")
        #expect(lines.contains { $0.contains("[ Save ] [ Discard ] [ Cancel ]") })
        fixture.app.press(.character("c"))
        #expect(fixture.app.state.screen == .editor)
        #expect(fixture.editor.isDirty)
        fixture.app.press(.escape, .character("d"))
        #expect(fixture.app.state.screen == .browser)
        #expect(fixture.message.hasPrefix("Changes discarded."))
        #expect(try fixture.exampleRevisions().count == 1)
        #expect(try fixture.drafts.read(kind: .module, topic: exampleTopic, id: exampleModule) == nil)
    }

    @Test("Ctrl-C with unsaved changes offers to save, then quits")
    func quitSaving() throws {
        var fixture = try EditorFixture()
        fixture.editExample()
        fixture.app.press(.end)
        fixture.app.type(".")
        #expect(fixture.app.press(.control("c")).isEmpty)
        #expect(fixture.app.screen.contains { $0.contains("before quitting?") })
        fixture.app.press(.character("s"))
        fixture.app.type("Full stop")
        #expect(fixture.app.press(.enter) == [.quit])
        #expect(try fixture.exampleRevisions().count == 2)
    }

    @Test("unsaved edits are kept as a draft outside the folder and offered back, with what they change")
    func draftRestore() throws {
        var fixture = try EditorFixture()
        fixture.editExample()
        fixture.app.press(.end)
        fixture.app.type(" — нацрт")
        fixture.tab(to: .key("sessions"), addRow: true)
        fixture.app.press(.enter)
        fixture.app.tick(now: 1)
        let draft = try #require(try fixture.drafts.read(kind: .module, topic: exampleTopic, id: exampleModule))
        #expect(draft.document == fixture.editor.document)
        #expect(draft.base == fixture.editor.base)
        #expect(!fixture.drafts.path(kind: .module, topic: exampleTopic, id: exampleModule).hasPrefix(fixture.folder.path))
        // Typing again within two seconds waits for the next write.
        fixture.app.type("x")
        fixture.app.tick(now: 2)
        #expect(try fixture.drafts.read(kind: .module, topic: exampleTopic, id: exampleModule)?.document != fixture.editor.document)
        fixture.app.tick(now: 3.5)
        #expect(try fixture.drafts.read(kind: .module, topic: exampleTopic, id: exampleModule)?.document == fixture.editor.document)
        let typed = fixture.editor.document

        // The process dies; a new session on the same folder opens the module again.
        var next = try EditorFixture.reopened(fixture)
        next.editExample()
        let lines = next.app.screen
        #expect(lines.contains { $0.contains("Unsaved changes found") }, "\(dump(lines))")
        #expect(lines.contains { $0.contains("• Title:") })
        #expect(lines.contains { $0.contains("Session S5") })
        #expect(lines.contains { $0.contains("[ Restore ] [ Discard them ] [ Not now ]") })
        next.app.press(.character("r"))
        #expect(next.editor.document == typed)
        #expect(next.editor.isDirty)
        #expect(next.app.screen[1].hasSuffix("● unsaved changes "))
    }

    @Test("a draft can be put off (kept) or discarded (removed); an unreadable draft is reported, not lost")
    func draftChoices() throws {
        var fixture = try EditorFixture()
        fixture.editExample()
        fixture.app.press(.end)
        fixture.app.type("!")
        fixture.app.flushDraft()
        let path = fixture.drafts.path(kind: .module, topic: exampleTopic, id: exampleModule)
        #expect(FileManager.default.fileExists(atPath: path))

        var later = try EditorFixture.reopened(fixture)
        later.editExample()
        later.app.press(.character("n"))
        #expect(later.app.state.screen == .browser)
        #expect(FileManager.default.fileExists(atPath: path), "Not now keeps the draft")
        later.app.press(.character("e"), .character("d"))
        #expect(later.app.state.screen == .editor)
        #expect(!later.editor.isDirty)
        #expect(!FileManager.default.fileExists(atPath: path), "Discard removes it")

        try Data("{\"format\": \"curriculum-workbench/draft@1\", \"kind\": ".utf8).write(to: URL(fileURLWithPath: path))
        var damaged = try EditorFixture.reopened(fixture)
        damaged.editExample()
        #expect(damaged.app.state.screen == .editor)
        #expect(damaged.app.state.message?.text.hasSuffix("is damaged and cannot be restored (it is left where it is)") == true)
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test("a draft started from an older revision says so, and saving it makes the module diverge")
    func draftAfterSomeoneSaved() throws {
        var fixture = try EditorFixture()
        fixture.editExample()
        fixture.app.press(.end)
        fixture.app.type(" (moje)")
        fixture.app.flushDraft()
        var other = try fixture.folder.open()
        var theirs = try #require(try fixture.storedExample())
        theirs.aim = "Changed by a colleague."
        try other.saveModule(theirs, author: "Marko Marković", message: "Aim")

        var later = try EditorFixture.reopened(fixture)
        later.editExample()
        #expect(later.app.screen.contains { $0.contains("Someone saved a newer version since") }, "\(dump(later.app.screen))")
        later.app.press(.character("r"))
        later.app.press(.control("s"))
        later.app.type("Restored draft")
        later.app.press(.enter)
        #expect(later.message.contains("diverged"))
    }

    @Test("n asks for a title, proposes the id from Cyrillic, creates the module and opens it")
    func newModule() throws {
        var fixture = try EditorFixture()
        // Topic 7.
        fixture.app.press(.down, .down, .down, .down, .down, .down)
        fixture.app.press(.character("n"))
        #expect(fixture.app.screen.contains { $0.contains("New module in 07 · Migration and Security") })
        fixture.app.type("Безбедност граница и миграције")
        #expect(fixture.app.state.newModule?.id.text == "bezbednost-granica-i-migracije")
        #expect(fixture.app.screen.contains { $0.contains("bezbednost-granica-i-migracije") })
        fixture.app.press(.enter)
        #expect(fixture.app.state.screen == .editor)
        #expect(fixture.text(.key("title")) == "Безбедност граница и миграције")
        #expect(fixture.text(.key("language")) == "sr-Cyrl")
        #expect(fixture.message.hasPrefix("Created bezbednost-granica-i-migracije in topic 07-migration-and-security."))
        let store = try fixture.folder.open()
        let topic = try #require(store.topic(named: "7"))
        #expect(topic.topic?.modules == ["border-risk-analysis", "bezbednost-granica-i-migracije"], "appended to the teaching order")
        #expect(topic.modules.last?.module?.title == "Безбедност граница и миграције")
    }

    @Test("the new-module id can be edited, and a bad or taken id is refused with the reason")
    func newModuleProblems() throws {
        var fixture = try EditorFixture()
        fixture.app.press(.character("G"), .character("k"), .character("n"))
        fixture.app.type("Local Action Plans")
        #expect(fixture.app.state.newModule?.problem == "a module \"local-action-plans\" already exists in topic 15-local-migration-governance")
        fixture.app.press(.enter)
        #expect(fixture.app.state.newModule != nil, "nothing is created")
        #expect(fixture.app.state.newModule?.field == .id)
        fixture.app.press(.control("u"))
        fixture.app.type("Plans 2")
        #expect(fixture.app.state.newModule?.problem == "an id cannot hold spaces")
        fixture.app.press(.control("u"))
        fixture.app.type("local-plans-2")
        #expect(fixture.app.state.newModule?.problem == nil)
        fixture.app.press(.tab)
        fixture.app.type(" II")
        #expect(fixture.app.state.newModule?.id.text == "local-plans-2", "an edited id is no longer proposed")
        fixture.app.press(.escape)
        #expect(fixture.app.state.newModule == nil)
        #expect(try fixture.folder.open().topic(named: "15")?.modules.count == 1)
    }

    @Test("a reader who is not a member cannot open the editor, and is told why")
    func readOnlyUser() throws {
        var fixture = try EditorFixture()
        let catalog = fixture.folder.path + "/catalog.json"
        var text = try String(contentsOfFile: catalog, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "\"members\": []",
            with: "\"members\": [{\"country\": \"RS\", \"institution\": \"KIRS\", \"name\": \"Jelena Jovanović\", \"roles\": [\"author\"]}]")
        try text.write(toFile: catalog, atomically: false, encoding: .utf8)
        var state = WorkbenchState(store: try fixture.folder.open(), user: "Ana Petrović", folderName: "Curricula", width: 100, height: 30)
        state.drafts = fixture.drafts
        fixture.app = WorkbenchApp(state: state)
        fixture.editExample()
        #expect(fixture.app.state.screen == .browser)
        #expect(fixture.message.contains("is not a member of this folder's catalog"))
        fixture.app.press(.character("n"))
        #expect(fixture.app.state.newModule == nil)
    }

    @Test("the topic editor puts modules in order and saves the topic")
    func topicOrder() throws {
        var fixture = try EditorFixture()
        try fixture.folder.create(Module(id: "second-module", topic: exampleTopic, title: "Друга обука"))
        var state = WorkbenchState(store: try fixture.folder.open(), user: "Ana Petrović", folderName: "Curricula", width: 100, height: 30)
        state.drafts = fixture.drafts
        fixture.app = WorkbenchApp(state: state)
        fixture.app.press(.character("G"), .character("k"), .character("e"))
        #expect(fixture.app.screen[1].hasPrefix(" Editing topic · Local Migration Governance"))
        fixture.tab(to: .key("modules"), .index(1))
        #expect(fixture.app.screen.contains { $0.contains("second-module — Друга обука") })
        fixture.app.press(.controlArrow(.up))
        #expect(fixture.value(.key("modules")) == .array([.string("second-module"), .string("local-action-plans")]))
        fixture.app.press(.control("s"))
        fixture.app.type("Order")
        fixture.app.press(.enter, .escape)
        #expect(fixture.app.state.screen == .browser)
        #expect(try fixture.folder.open().topic(named: "15")?.modules.map(\.id) == ["second-module", "local-action-plans"])
    }
}

extension EditorFixture {
    /// A new app on the same folder and draft directory, as after a restart.
    static func reopened(_ fixture: EditorFixture) throws -> EditorFixture {
        var next = fixture
        var state = WorkbenchState(store: try fixture.folder.open(), user: "Ana Petrović", folderName: "Curricula", width: 100, height: 30)
        state.drafts = fixture.drafts
        next.app = WorkbenchApp(state: state)
        return next
    }
}
