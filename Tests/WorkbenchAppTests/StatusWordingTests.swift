import CurriculumKit
import TerminalKit
import Testing

@testable import WorkbenchApp

/// How statuses are named on screen: in full, and the urgent ones first where space is short.
@Suite("Status wording")
struct StatusWordingTests {
    @Test("the modules pane names its topic, an empty one says so, and diverged comes first")
    func modulesPaneTitle() throws {
        let folder = try TemporaryFolder()
        for id in ["first-extra", "second-extra", "third-extra"] {
            try folder.create(Module(id: id, topic: exampleTopic, title: "Extra \(id)"))
        }
        var store = try folder.open()
        let example = try #require(store.topic(named: exampleTopic)?.modules.first { $0.id == exampleModule })
        let base = try #require(example.record.current?.id)
        var module = try #require(example.module)
        for (author, title) in [("Marko Marković", "Prvi naslov"), ("Jelena Jovanović", "Други наслов")] {
            module.title = title
            try store.saveModule(module, base: base, author: author, message: "Title")
        }
        var app = makeApp(try folder.open())
        #expect(app.screen[1].contains("┌ Topic 1 · no modules yet ─"), "\(dump(app.screen))")
        app.press(.character("G"), .character("k"))
        #expect(app.screen[1].contains("┌ Topic 15 · 1 diverged, 3 … ┐"), "\(dump(app.screen))")
    }

    @Test("the reader and the browser say \"changes requested\", not \"changes\"")
    func changesRequested() throws {
        let folder = try TemporaryFolder()
        var store = try folder.open()
        let example = try #require(store.topic(named: exampleTopic)?.modules.first { $0.id == exampleModule })
        let revision = try #require(example.record.current?.id)
        for (verdict, time) in [(Verdict.submit, "2026-11-24T10:00:00Z"), (.requestChanges, "2026-11-24T11:00:00Z")] {
            try store.appendReview(
                ReviewEvent(revision: revision, reviewer: "Marko Marković", time: time, verdict: verdict),
                topic: exampleTopic, module: exampleModule)
        }
        var app = makeApp(try folder.open())
        app.press(.character("G"), .character("k"), .tab)
        #expect(app.screen[2].contains(" changes requested ┃"), "\(dump(app.screen))")
        app.press(.enter)
        #expect(app.screen[1].hasSuffix("  changes requested"), "\(dump(app.screen))")
    }
}
