import Foundation
import Testing

/// A module goes from draft to approved through the real terminal UI, with a request for
/// changes on its outcomes on the way.
@Suite("Reviewing a module in the real terminal UI", .requiresTmux, .timeLimit(.minutes(3)))
struct ReviewTests {
    @Test("a reviewer asks for changes on the outcomes, the author sees it, edits, resolves and resubmits, a second reviewer approves")
    func reviewRoundTrip() async throws {
        let folder = try PrivateFolder()
        let catalog = folder.curricula.appendingPathComponent("catalog.json")
        var text = try String(contentsOf: catalog, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "\"members\": []",
            with: """
                "members": [
                {"country": "RS", "institution": "KIRS", "name": "\(PrivateFolder.user)", "roles": ["author"]},
                {"country": "ME", "institution": "MUP", "name": "Marko Marković", "roles": ["reviewer"]},
                {"country": "MK", "institution": "MVR", "name": "Јелена Јовановић", "roles": ["reviewer"]}]
                """)
        try text.write(to: catalog, atomically: false, encoding: .utf8)

        // The author submits the example module.
        var session = try await reader(as: PrivateFolder.user, folder: folder)
        try session.tmux.press("s")
        try await session.tmux.waitFor("Submitted for review", "in review")
        try await quit(session)

        // A reviewer asks for changes on the learning outcomes.
        session = try await reader(as: "Marko Marković", folder: folder)
        try session.tmux.press("]", "x")
        try await session.tmux.waitFor("Changes wanted in Learning outcomes:")
        try session.tmux.type("LO2 treba da bude merljiv")
        try session.tmux.press("Enter")
        try await session.tmux.waitFor("Changes requested; the authors see your comment under Learning outcomes.")
        try await quit(session)

        // The author sees the comment under the outcomes, edits, resolves it and submits again.
        session = try await reader(as: PrivateFolder.user, folder: folder)
        try await session.tmux.waitFor("1 open comment", "» Marko Marković (changes requested) on /learningOutcomes:")
        try session.tmux.press("e")
        try await session.tmux.waitFor("Editing module · ")
        try session.tmux.press("End")
        try session.tmux.type(" (revised)")
        try session.tmux.press("C-s")
        try await session.tmux.waitFor("What did you change?")
        try session.tmux.type("Outcomes made measurable")
        try session.tmux.press("Enter")
        try await session.tmux.waitFor("Saved revision 000002-")
        try session.tmux.press("Escape")
        try await session.tmux.waitFor("▾ Overview")
        try session.tmux.press("]", "o")
        try await session.tmux.waitFor("Resolving (reply):")
        try session.tmux.type("Measurable now.")
        try session.tmux.press("Enter")
        try await session.tmux.waitFor("Comment resolved.", "✓ Marko Marković")
        try session.tmux.press("s")
        try await session.tmux.waitFor("Submitted for review")
        try await quit(session)

        // A second reviewer approves.
        session = try await reader(as: "Јелена Јовановић", folder: folder)
        try session.tmux.press("a")
        try await session.tmux.waitFor("Approved (the module is now approved).")
        try await quit(session)

        let review = try folder.runCommand(["review", "15/local-action-plans"])
        #expect(review.output.contains("approved"), "the command line tells the same story:\n\(review.output)")
        let history = try folder.runCommand(["history", "15/local-action-plans"])
        #expect(history.output.contains("Outcomes made measurable"))
    }

    /// The workbench as `user`, on the example module's reader.
    private func reader(as user: String, folder: PrivateFolder) async throws -> WorkbenchInTmux {
        let session = try WorkbenchInTmux(environment: ["WORKBENCH_USER": user], folder: folder)
        try await session.tmux.waitFor(user, "topic 1/16")
        try session.tmux.press("G", "k", "Tab", "Enter")
        try await session.tmux.waitFor("▾ Overview", "Local Action Plans")
        return session
    }

    private func quit(_ session: WorkbenchInTmux) async throws {
        try session.tmux.press("q")
        #expect(try await session.waitForExit() == 0)
    }
}
