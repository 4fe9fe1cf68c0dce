import Foundation
import Testing

/// A folder with a damaged file still opens; the problems view names the file.
@Suite("A folder with a broken revision file", .requiresTmux, .timeLimit(.minutes(2)))
struct BrokenFolderTests {
    @Test("opens anyway, and ! lists the broken file with the reason")
    func problemsView() async throws {
        let folder = try PrivateFolder()
        let revision = try #require(try folder.revisionFiles(of: PrivateFolder.exampleModule).last)
        try Data("{ not json".utf8).write(to: revision)
        let relativePath = PrivateFolder.exampleModule + "/revisions/" + revision.lastPathComponent

        // 120 columns: wide enough for the whole path of the file.
        let workbench = try WorkbenchInTmux(width: 120, folder: folder)
        let browser = try await workbench.waitForFirstFrame()
        #expect(browser.lines[0].contains("1 problem (!)"), "the header points at the problem:\(browser)")
        #expect(browser.contains("┏ Topics") && browser.contains("16 Children and Youth"), "the browser works:\(browser)")

        try workbench.tmux.press("!")
        let problems = try await workbench.tmux.waitFor("Problems · ")
        #expect(problems.contains("error " + relativePath), "the problem names the file:\(problems)")
        #expect(problems.contains("not valid JSON"), "and says what is wrong with it:\(problems)")

        try workbench.tmux.press("Escape")
        try await workbench.tmux.waitFor("┏ Topics")
        try workbench.tmux.press("G")
        try workbench.tmux.press("k")
        try await workbench.tmux.waitFor("topic 15/16")
        try await workbench.tmux.waitFor("local-action-plans cannot be read")
    }
}
