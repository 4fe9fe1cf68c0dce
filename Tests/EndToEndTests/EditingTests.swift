import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A working-group member writes a module in the real terminal UI, and loses nothing when
/// the terminal goes away before saving.
@Suite("Drafting a module in the real terminal UI", .requiresTmux, .timeLimit(.minutes(3)))
struct EditingTests {
    private let title = "Управљање миграцијама на граници"
    private let id = "upravljanje-migracijama-na-granici"

    @Test("create a module in topic 7 with a Cyrillic title, two outcomes and two sessions; save; then a hang-up before saving loses nothing")
    func draftSaveAndRecover() async throws {
        let folder = try PrivateFolder()
        try await createAndSave(in: folder)

        let shown = try showJSON(folder)
        let document = try #require(shown["document"] as? [String: Any])
        #expect(document["title"] as? String == title)
        #expect(document["language"] as? String == "sr-Cyrl")
        let outcomes = try #require(document["learningOutcomes"] as? [[String: Any]])
        #expect(outcomes.map { $0["id"] as? String } == ["LO1", "LO2"])
        #expect(outcomes.map { $0["text"] as? String } == ["Препознати ризике на граници", "Применити закон о странцима"])
        let sessions = try #require(document["sessions"] as? [[String: Any]])
        #expect(sessions.map { $0["id"] as? String } == ["S1", "S2"])
        #expect(sessions.map { $0["title"] as? String } == ["Анализа ризика", "Правни оквир"])
        #expect(sessions.map { $0["outcomes"] as? [String] } == [["LO1"], ["LO2"]])
        let revision = try #require(shown["revision"] as? [String: Any])
        #expect(revision["message"] as? String == "Прва верзија")
        #expect(revision["author"] as? String == PrivateFolder.user)

        // Edit again; the terminal is closed before saving.
        let second = try WorkbenchInTmux(folder: folder)
        try await second.waitForFirstFrame()
        try await openNewModule(second)
        try second.tmux.press("End")
        try second.tmux.type(" — допуна")
        try await second.tmux.waitFor("● unsaved changes", "допуна")
        let pid = try await second.processID()
        try second.tmux.killSession()
        try await waitUntilGone(pid)
        let drafts = folder.home.appendingPathComponent(".local/state/curriculum-workbench/drafts")
        let files = try FileManager.default.contentsOfDirectory(atPath: drafts.path).filter { $0.hasSuffix(".json") }
        #expect(files.count == 1, "one draft kept outside the folder: \(files)")

        // Reopened, the module offers the draft back, showing what it changes.
        let third = try WorkbenchInTmux(folder: folder)
        try await third.waitForFirstFrame()
        try await openNewModule(third)
        let offer = try await third.tmux.waitFor("Unsaved changes found", "• Title:", "[ Restore ]")
        #expect(offer.contains("допуна"), "the change is shown:\(offer)")
        try third.tmux.press("r")
        try await third.tmux.waitFor("● unsaved changes", "Restored.")
        try third.tmux.press("C-s")
        try await third.tmux.waitFor("What did you change?")
        try third.tmux.type("Допуна наслова")
        try third.tmux.press("Enter")
        try await third.tmux.waitFor("Saved revision 000003-")
        try third.tmux.press("Escape")
        try await third.tmux.waitFor("Topic 7 ·")
        try third.tmux.press("q")
        #expect(try await third.waitForExit() == 0)
        let restored = try #require(try showJSON(folder)["document"] as? [String: Any])
        #expect(restored["title"] as? String == title + " — допуна")
        #expect(try FileManager.default.contentsOfDirectory(atPath: drafts.path).filter { $0.hasSuffix(".json") }.isEmpty,
                "the draft is gone once saved")
    }

    /// n in topic 7, the title, the two outcomes and the two sessions, then Ctrl-S and quit.
    private func createAndSave(in folder: PrivateFolder) async throws {
        let workbench = try WorkbenchInTmux(folder: folder)
        try await workbench.waitForFirstFrame()
        try workbench.tmux.press(Array(repeating: "j", count: 6))
        try await workbench.tmux.waitFor("topic 7/16")
        try workbench.tmux.press("n")
        try await workbench.tmux.waitFor("New module in 07 · Migration and Security")
        try workbench.tmux.type(title)
        try await workbench.tmux.waitFor(id)
        try workbench.tmux.press("Enter")
        try await workbench.tmux.waitFor("Editing module · " + title, "Created \(id)")

        // Ten fields down from the title: the learning outcomes' add row.
        try workbench.tmux.press(Array(repeating: "Tab", count: 10))
        try await workbench.tmux.waitFor("Enter adds a learning outcome")
        try workbench.tmux.press("Enter", "Tab")
        try await workbench.tmux.waitFor("▸ LO1 · learning outcome")
        try workbench.tmux.type("Препознати ризике на граници")
        try workbench.tmux.press("C-n", "Tab")
        try await workbench.tmux.waitFor("▸ LO2 · learning outcome")
        try workbench.tmux.type("Применити закон о странцима")
        try await workbench.tmux.waitFor("Применити закон о странцима")

        // The first warning is "no sessions": Ctrl-G goes to where sessions are added.
        try workbench.tmux.press("C-g")
        try await workbench.tmux.waitFor("1/5: the module has no sessions")
        try workbench.tmux.press("Enter")
        try await workbench.tmux.waitFor("▸ S1 · session")
        try workbench.tmux.type("Анализа ризика")
        try workbench.tmux.press("Tab", "Tab", "Tab")
        try await workbench.tmux.waitFor("Space ticks")
        try workbench.tmux.press("Space")
        try await workbench.tmux.waitFor("[x] LO1  [ ] LO2")
        try workbench.tmux.press("C-n")
        try await workbench.tmux.waitFor("▸ S2 · session")
        try workbench.tmux.type("Правни оквир")
        try workbench.tmux.press("Tab", "Tab", "Tab", "Right", "Space")
        try await workbench.tmux.waitFor("[ ] LO1  [x] LO2")
        try await workbench.tmux.waitFor("2 h in 2 sessions")

        try workbench.tmux.press("C-s")
        try await workbench.tmux.waitFor("What did you change?")
        try workbench.tmux.type("Прва верзија")
        try workbench.tmux.press("Enter")
        try await workbench.tmux.waitFor("Saved revision 000002-", "✓ saved")
        try workbench.tmux.press("Escape")
        try await workbench.tmux.waitFor("Topic 7 ·")
        try workbench.tmux.press("q")
        #expect(try await workbench.waitForExit() == 0)
    }

    /// From the first frame: topic 7, its second module, e.
    private func openNewModule(_ workbench: WorkbenchInTmux) async throws {
        try workbench.tmux.press(Array(repeating: "j", count: 6))
        try await workbench.tmux.waitFor("topic 7/16")
        try workbench.tmux.press("Tab", "j")
        try await workbench.tmux.waitFor(title)
        try workbench.tmux.press("e")
        try await workbench.tmux.waitFor("Editing module · ")
    }

    private func showJSON(_ folder: PrivateFolder) throws -> [String: Any] {
        let output = try folder.runCommand(["show", "7/\(id)", "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(output.output.utf8))
        return try #require(object as? [String: Any])
    }

    private func waitUntilGone(_ pid: pid_t) async throws {
        let deadline = ContinuousClock.now + .seconds(10)
        while kill(pid, 0) == 0 {
            guard ContinuousClock.now < deadline else { throw WaitTimedOut(expectation: "process \(pid) to end", screen: Screen(captured: "")) }
            try await Task.sleep(for: .milliseconds(50))
        }
    }
}
