import Foundation
import Testing

@testable import CurriculumKit

/// Text from the files is data: HTML and Markdown escape it, text output shows controls as symbols.
@Suite("Printing: escaping text from the files")
struct OutlineEscapingTests {
    /// A module whose every field tries to be markup.
    static let hostile: Module = {
        var module = PrintingFixtures.module(title: "<script>alert(1)</script> & \"Quoted\" 'title'")
        module.aim = "Use <b>bold</b> & &amp; entities | pipes * stars _ under"
        module.targetGroups = ["# not a heading", "1. not a list"]
        module.learningOutcomes[0].text = "Describe <img src=x onerror=alert(2)>."
        module.sessions[0].title = "Cells | with | pipes"
        module.sessions[1].title = "Page\u{0C}break and \u{1B}[31mred\u{1B}[0m"
        module.references = [
            Reference(id: "R1", kind: .web, citation: "Evil link", url: "javascript:alert(3)"),
            Reference(id: "R2", kind: .web, citation: "Quote \" in URL", url: "https://example.org/?a=1&b=\"2\""),
        ]
        return module
    }()

    private func printed(_ format: OutlineFormat, _ edition: OutlineEdition = .trainer) throws -> String {
        try withFixtureFolder(modules: [Self.hostile]) { folder in
            try PrintingFixtures.print("printing-sample", folder.store, PrintingFixtures.options(format, edition))
        }
    }

    @Test("HTML: every piece of text is escaped; no script, no raw tag, no javascript link")
    func html() throws {
        let html = try printed(.html)
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("javascript:alert(3)\""))
        #expect(html.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Quoted&quot; &#39;title&#39;</title>"))
        #expect(html.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Quoted&quot; &#39;title&#39;</h1>"))
        #expect(html.contains("Use &lt;b&gt;bold&lt;/b&gt; &amp; &amp;amp; entities"))
        #expect(html.contains("<li>Evil link (web) javascript:alert(3)</li>"))
        #expect(html.contains("<a href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\">"))
        #expect(html.contains("Page\u{240C}break and \u{241B}[31mred\u{241B}[0m"))
    }

    @Test("HTML: one self-contained file that fetches nothing, with an A4 print stylesheet")
    func selfContained() throws {
        let store = try PrintingFixtures.shippedStore()
        let html = try PrintingFixtures.print("all", store, PrintingFixtures.options(.html, .trainer))
        for request in ["<link", "<script", "<img", "src=", "@import", "url(", "<iframe", "<object", "@font-face"] {
            #expect(!html.contains(request), "\(request)")
        }
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"))
        #expect(html.contains("@page { size: A4;"))
        #expect(html.contains("@media print"))
        #expect(html.contains("<header class=\"running\">"))
        #expect(html.hasSuffix("</body>\n</html>\n"))
    }

    @Test("Markdown: pipes in cells are escaped, so every row keeps its column count")
    func markdownTables() throws {
        let markdown = try printed(.markdown)
        #expect(markdown.contains("| S1 | Cells \\| with \\| pipes | lecture | LO1 | 60 |"))
        let lines = markdown.components(separatedBy: "\n")
        let header = try #require(lines.firstIndex(of: "| # | Session | Method | Outcomes | Min |"))
        let table = lines[header...].prefix { $0.hasPrefix("|") }
        #expect(table.count == 2 + Self.hostile.sessions.count)
        for row in table {
            let separators = row.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            #expect(separators == 6, "\(row)")
        }
    }

    @Test("Markdown: markup in the text stays text")
    func markdownText() throws {
        let markdown = try printed(.markdown)
        #expect(markdown.hasPrefix("# \\<script\\>alert(1)\\</script\\> & \"Quoted\" 'title'\n"))
        #expect(markdown.contains("Use \\<b\\>bold\\</b\\> & \\&amp; entities \\| pipes \\* stars \\_ under"))
        #expect(markdown.contains("- \\# not a heading\n- 1\\. not a list"))
        #expect(markdown.contains("- Evil link (web) javascript:alert(3)"))
        #expect(!markdown.contains("](javascript"))
    }

    @Test("text: a form feed or escape sequence in a title is shown, never sent to the printer")
    func textControls() throws {
        let text = try printed(.text)
        #expect(formFeeds(text) == 0)
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("Page\u{240C}break and \u{241B}[31mred\u{241B}[0m"))
        #expect(text.hasPrefix("<script>alert(1)</script> & \"Quoted\" 'title'\n"))
    }
}
