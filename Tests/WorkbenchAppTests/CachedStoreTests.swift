import CurriculumKit
import Foundation
import TerminalKit
import Testing

@testable import WorkbenchApp

/// The workbench draws the same screens whether its store came from the summary cache
/// (modules read on first use) or from the files (every module read at once).
@Suite("Screens from the summary cache")
struct CachedStoreTests {
    /// Keys that visit every topic, the modules of each, a reader, the problems view and a search.
    private static let tour: [KeyEvent] =
        Array(repeating: [KeyEvent.character("j"), .tab, .character("j"), .character("j"), .backTab], count: 16).flatMap { $0 }
        + [.character("g"), .tab, .enter, .character("j"), .escape, .character("!"), .escape, .character("/")]
        + "migration".map { .character($0) } + [.enter, .character("n"), .escape]

    /// Every screen of the tour, for a store opened `cached` or from the files.
    private static func screens(_ store: CurriculumStore) -> [Buffer] {
        var app = makeApp(store)
        var screens = [app.render()]
        for key in tour {
            _ = app.handle(key)
            screens.append(app.render())
        }
        return screens
    }

    private static func expectSameScreens(_ path: String, cache: String) throws {
        let location = CacheLocation.directory(cache, settlingTime: 0.05)
        Thread.sleep(forTimeInterval: 0.12)
        let files = screens(try CurriculumStore.open(path))
        #expect(screens(try CurriculumStore.open(path, cache: location)) == files, "with a fresh cache")
        let warm = try CurriculumStore.open(path, cache: location)
        #expect(warm.allModules.allSatisfy { !$0.isBodyRead }, "the warm cache read no document")
        let drawn = screens(warm)
        for (index, (cached, read)) in zip(drawn, files).enumerated() where cached != read {
            Issue.record("screen \(index) differs:\(dump(cached.lines))\nfrom the files:\(dump(read.lines))")
            break
        }
    }

    @Test func shippedCurricula() throws {
        let folder = try TemporaryFolder()
        try Self.expectSameScreens(folder.path, cache: folder.base.appendingPathComponent("cache").path)
    }

    @Test func generatedFolderWithAnUnreadableModule() throws {
        let folder = try TemporaryFolder(empty: true)
        var store = try folder.open()
        let shipped = try CurriculumStore.open(shippedFolder).allModules.compactMap(\.module)
        let example = try #require(shipped.first)
        for index in 0..<40 {
            let topic = store.topics[index % 16].id
            var module = example
            module.id = "generated-\(index)"
            module.topic = topic
            module.title = "Generated module \(index) — Модул \(index)"
            try store.createModule(module, author: "Test Author", time: "2026-11-24T10:00:00Z")
        }
        // One module whose only revision was changed after it was written.
        let broken = store.topics[3].modules[0]
        let file = try #require(try folder.revisions(broken.record.folder).first)
        try folder.overwrite(file, with: "{}")
        try Self.expectSameScreens(folder.path, cache: folder.base.appendingPathComponent("cache").path)
    }
}
