import CurriculumKit
import Foundation
import TerminalKit
import Testing

@testable import WorkbenchApp

/// Files kept in memory, so the preview's writes can be read back without touching the disk.
private final class MemoryFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var contents: [String: String] = [:]
    /// Paths whose folder "does not exist": writing there fails.
    var missingFolders: Set<String> = []

    subscript(path: String) -> String? {
        lock.withLock { contents[path] }
    }

    var paths: [String] { lock.withLock { contents.keys.sorted() } }

    func put(_ text: String, at path: String) {
        lock.withLock { contents[path] = text }
    }

    var access: OutlineFiles {
        OutlineFiles(
            exists: { path in self.lock.withLock { self.contents[path] != nil } },
            write: { text, path in
                let folder = (path as NSString).deletingLastPathComponent
                if self.missingFolders.contains(folder) {
                    throw StoreError(.notFound, "the folder \(folder) does not exist; nothing was written")
                }
                self.put(text, at: path)
            })
    }
}

/// The shipped app with topic 15's example module selected in the modules pane.
private func exampleSelected(width: Int = 100, height: Int = 30, files: MemoryFiles = MemoryFiles()) throws -> WorkbenchApp {
    var app = try makeShippedApp(width: width, height: height)
    app.state.files = files.access
    app.press(.character("G"), .character("k"), .tab)
    return app
}

/// The outline's text as the view holds it, one string a line.
private func previewText(_ app: WorkbenchApp) -> [String] {
    app.state.printPreview?.view.lines.map { $0.map(\.text).joined() } ?? []
}

@Suite("Print preview")
struct PrintPreviewTests {
    @Test("p on a module shows its handout as text, with the keys in the footer")
    func opensOnModule() throws {
        var app = try exampleSelected()
        app.press(.character("p"))
        #expect(app.state.screen == .printPreview)
        let buffer = app.render()
        let lines = buffer.lines
        #expect(lines[1].hasPrefix(" Print preview · Local Action Plans for Improving"))
        #expect(lines[1].hasSuffix("  handout · text · as written "))
        #expect(lines[2].hasPrefix(" Local Action Plans for Improving the Position of Different Categories of "))
        #expect(lines[4].hasPrefix(" ========"))
        #expect(lines[28].hasPrefix(" 1–26 of "))
        #expect(lines[29].hasPrefix("  e edition  f format  a script  w write  Esc back  ? help"))
        expectRowsFit(buffer)
        // The text is the printed outline itself, wrapped to the paper's 80 columns.
        let expected = try OutlinePrinter.render(
            target: .module("\(exampleTopic)/\(exampleModule)"), store: app.state.store, options: OutlineOptions(width: 80))
        #expect(previewText(app) == expected.components(separatedBy: "\n"))
    }

    @Test("e, f, a and t switch edition, format, script and agenda, and the outline follows")
    func switchesOptions() throws {
        var app = try exampleSelected()
        app.press(.character("p"), .character("e"))
        #expect(app.screen[1].hasSuffix("  trainer · text · as written "))
        #expect(previewText(app).contains("Session notes for trainers"))
        app.press(.character("t"))
        #expect(app.screen[1].hasSuffix("  trainer · text · as written · agenda from 09:00 "))
        #expect(previewText(app).contains { $0.hasPrefix("Day 1 · 09:00") })
        app.press(.character("f"))
        #expect(app.screen[1].contains("trainer · markdown"))
        #expect(previewText(app).first?.hasPrefix("# Local Action Plans") == true)
        app.press(.character("f"))
        #expect(previewText(app).first == "<!DOCTYPE html>")
        app.press(.character("f"), .character("e"), .character("t"))
        #expect(app.screen[1].hasSuffix("  handout · text · as written "))
        app.press(.character("a"))
        #expect(app.screen[1].hasSuffix("  handout · text · Latin script "))
        app.press(.character("a"))
        #expect(app.screen[1].hasSuffix("  handout · text · Cyrillic script "))
        app.press(.character("a"))
        #expect(app.screen[1].hasSuffix("  handout · text · as written "))
    }

    @Test("the Serbian Cyrillic module prints in Latin with a")
    func transliterates() throws {
        var app = try makeShippedApp()
        app.press(Array(repeating: .character("j"), count: 12) + [.tab, .character("p")])
        #expect(previewText(app).first?.hasPrefix("Реадмисија") == true)
        app.press(.character("a"))
        #expect(previewText(app).first?.hasPrefix("Readmisija") == true)
        #expect(previewText(app).contains { $0.contains("Serbian Cyrillic → Latin") })
    }

    @Test("p from the topics pane prints the whole topic; Esc goes back")
    func opensOnTopic() throws {
        var app = try makeShippedApp()
        app.press(.character("G"), .character("k"), .character("p"))
        #expect(app.state.screen == .printPreview)
        #expect(app.screen[1].hasPrefix(" Print preview · Topic 15: Local Migration Governance"))
        let text = previewText(app)
        #expect(text.first?.hasPrefix("Topic 15: Local Migration Governance") == true)
        #expect(text.contains { $0.contains("new page") }, "modules start on a new page")
        app.press(.escape)
        #expect(app.state.screen == .browser)
        #expect(app.state.printPreview == nil)
    }

    @Test("p in the reader, and Esc returns to the reader")
    func fromReader() throws {
        var app = try exampleSelected()
        app.press(.enter, .character("p"))
        #expect(app.state.screen == .printPreview)
        app.press(.escape)
        #expect(app.state.screen == .reader)
    }

    @Test("w proposes <id>.<ext>, Enter writes the file as printed at 80 columns")
    func writes() throws {
        let files = MemoryFiles()
        var app = try exampleSelected(width: 60, height: 16, files: files)
        app.press(.character("p"), .character("w"))
        var lines = app.screen
        #expect(lines[14] == " Write to: local-action-plans.txt" + String(repeating: " ", count: 27))
        #expect(lines[15].hasPrefix("  Enter write  Esc cancel"))
        app.press(.enter)
        #expect(app.state.printPreview?.prompt == nil)
        lines = app.screen
        #expect(lines[15].hasPrefix(" Wrote ") && lines[15].contains("local-action-plans.txt"), "\(dump(lines))")
        let expected = try OutlinePrinter.render(
            target: .module("\(exampleTopic)/\(exampleModule)"), store: app.state.store, options: OutlineOptions(width: 80))
        #expect(files["local-action-plans.txt"] == expected, "the file is at 80 columns although the screen is 60")

        // Another format proposes another extension; the name can be edited.
        app.press(.character("f"), .character("f"), .character("w"), .control("u"))
        app.type("out/handout.html")
        app.press(.enter)
        #expect(files["out/handout.html"]?.hasPrefix("<!DOCTYPE html>") == true)
    }

    @Test("an existing file is replaced only after y; n goes back to the name")
    func asksBeforeReplacing() throws {
        let files = MemoryFiles()
        files.put("keep me", at: "local-action-plans.txt")
        var app = try exampleSelected(files: files)
        app.press(.character("p"), .character("w"), .enter)
        #expect(app.screen[28].hasPrefix(" local-action-plans.txt exists. Replace it? y yes · n no"))
        #expect(app.screen[29].hasPrefix("  y replace  n other name"))
        app.press(.character("x"))
        #expect(files["local-action-plans.txt"] == "keep me", "other keys do nothing")
        app.press(.character("n"))
        #expect(app.screen[28].hasPrefix(" Write to: local-action-plans.txt"))
        #expect(files["local-action-plans.txt"] == "keep me")
        app.press(.enter, .character("y"))
        #expect(files["local-action-plans.txt"]?.hasPrefix("Local Action Plans") == true)
    }

    @Test("Esc cancels the prompt; a failed write says why and writes nothing")
    func cancelAndFailure() throws {
        let files = MemoryFiles()
        files.missingFolders = ["/nonexistent"]
        var app = try exampleSelected(files: files)
        app.press(.character("p"), .character("w"), .escape)
        #expect(app.state.printPreview?.prompt == nil)
        #expect(app.state.screen == .printPreview)
        #expect(files.paths.isEmpty)
        app.press(.character("w"), .control("u"))
        app.type("/nonexistent/x.txt")
        app.press(.enter)
        #expect(app.screen[29].hasPrefix(" Could not write /nonexistent/x.txt: the folder /nonexistent does not exist; nothing"))
        #expect(files.paths.isEmpty)
        app.press(.character("w"), .control("u"), .enter)
        #expect(app.screen[29].hasPrefix(" Type a file name, or press Esc to cancel."))
        #expect(files.paths.isEmpty)
    }

    @Test("typing q into the file name does not quit; q quits from the preview")
    func quitKeys() throws {
        var app = try exampleSelected()
        app.press(.character("p"), .character("w"))
        #expect(app.press(.character("q")) == [])
        #expect(app.press(.escape, .character("q")) == [.quit])
    }

    @Test("scrolling, the help of its keys, and a resize that wraps the text again")
    func scrollHelpResize() throws {
        var app = try exampleSelected(width: 60, height: 16)
        app.press(.character("p"))
        var buffer = app.render()
        expectRowsFit(buffer)
        #expect(buffer.lines[14].hasPrefix(" 1–12 of "))
        // Narrower than the paper: the preview wraps to the screen, at most 58 columns.
        #expect(previewText(app).allSatisfy { DisplayWidth.of($0) <= 58 })
        app.press(.pageDown)
        #expect(app.screen[14].hasPrefix(" 13–24 of "))
        app.press(.character("G"))
        #expect(app.screen[12].hasPrefix(" Fundamental rights, gender, vulnerability."), "\(dump(app.screen))")
        #expect(app.screen[15].hasPrefix("  e edition  f format  a script  w write  Esc back  ? help"))
        app.press(.character("?"))
        #expect(app.screen.contains { $0.contains("Handout or trainer edition") })
        app.press(.escape)
        app.resize(width: 100, height: 30)
        buffer = app.render()
        expectRowsFit(buffer)
        #expect(previewText(app).contains { DisplayWidth.of($0) > 58 }, "wider again: wrapped at 80")
    }
}
