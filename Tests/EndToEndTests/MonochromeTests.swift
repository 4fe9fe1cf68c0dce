import Foundation
import Testing

/// `NO_COLOR` and `--no-color`: no colour reaches the terminal, yet the selection shows.
@Suite("Monochrome screen", .requiresTmux, .timeLimit(.minutes(2)))
struct MonochromeTests {
    struct Setting: Sendable, CustomStringConvertible {
        var arguments: [String]
        var environment: [String: String]
        var description: String
    }

    static let monochromeSettings = [
        Setting(arguments: [], environment: ["NO_COLOR": "1"], description: "NO_COLOR=1"),
        Setting(arguments: ["--no-color"], environment: [:], description: "--no-color"),
    ]

    static let colourSettings = [
        Setting(arguments: [], environment: [:], description: "default"),
        Setting(arguments: [], environment: ["NO_COLOR": ""], description: "NO_COLOR set but empty"),
    ]

    @Test("no colour sequences, the selection in reverse video", arguments: monochromeSettings)
    func monochrome(_ setting: Setting) async throws {
        let workbench = try WorkbenchInTmux(setting.arguments, environment: setting.environment)
        try await workbench.waitForFirstFrame()
        try workbench.tmux.press("j")
        try await workbench.tmux.waitFor("topic 2/16")
        let browser = try workbench.tmux.styledScreen()
        #expect(browser.colourParameters.isEmpty, "colours sent: \(Set(browser.colourParameters).sorted())")
        let selected = try #require(browser.cells(of: "2 Human Rights and Migr"), "topic 2's row")
        #expect(selected.allSatisfy { $0.isReverse }, "the selected topic is drawn in reverse video")
        let other = try #require(browser.cells(of: "3 Prevention of Torture"), "topic 3's row")
        #expect(!other.contains { $0.isReverse }, "only the selected topic is in reverse video")
        #expect(browser.rows.contains { $0.contains { $0.isBold } }, "emphasis is drawn in bold")

        // The search results' selection, too, is visible without colour.
        try workbench.tmux.press("/")
        try await workbench.tmux.waitFor("Search every module")
        try workbench.tmux.type("migrants")
        let plain = try await workbench.tmux.waitFor("/ migrants", " module")
        let search = try workbench.tmux.styledScreen()
        #expect(search.colourParameters.isEmpty, "colours sent: \(Set(search.colourParameters).sorted())")
        // The first result is the row below the count; inside the box it is all reverse video.
        let countRow = try #require(
            plain.lines.firstIndex { $0.range(of: #"│ \d+ modules?"#, options: .regularExpression) != nil },
            "the count line:\(plain)")
        let firstHit = search.rows[countRow + 1]
        let edges = firstHit.indices.filter { firstHit[$0].character == "│" }
        try #require(edges.count >= 2, "the search box's borders on row \(countRow + 1):\(plain)")
        let inside = firstHit[(edges[0] + 2)..<(edges[1] - 1)]  // within the box's one-cell padding
        #expect(inside.allSatisfy { $0.isReverse }, "the selected result is in reverse video:\(plain)")
    }

    @Test("colours are used otherwise (so the check above can see them)", arguments: colourSettings)
    func coloured(_ setting: Setting) async throws {
        let workbench = try WorkbenchInTmux(setting.arguments, environment: setting.environment)
        try await workbench.waitForFirstFrame()
        let screen = try workbench.tmux.styledScreen()
        #expect(!screen.colourParameters.isEmpty, "a colour terminal gets colours:\n\(screen.raw)")
    }
}
