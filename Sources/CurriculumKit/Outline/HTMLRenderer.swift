/// Renders an outline as one self-contained HTML file for screen and print.
///
/// The file has its stylesheet inline and makes no external requests. Printed, it is laid out on
/// A4; every page of the outline (the contents, a topic, a module) starts on a new sheet and
/// opens with a header naming its topic and title. Engines that support CSS running elements
/// (WeasyPrint, Prince) repeat that header at the top of every sheet. Every piece of text is
/// HTML-escaped.
public struct HTMLRenderer: Sendable {
    public init() {}

    /// The outline as an HTML document, ending with a newline.
    public func render(_ outline: Outline) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="\(HTMLRenderer.escape(outline.language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLRenderer.escape(outline.title))</title>
            <style>
            \(HTMLRenderer.stylesheet)</style>
            </head>
            <body>

            """
        for page in outline.pages {
            html += render(page)
        }
        html += "</body>\n</html>\n"
        return html
    }

    /// One page as a `<section>`.
    public func render(_ page: OutlinePage) -> String {
        var html = "<section class=\"page \(page.kind.rawValue)\" id=\"\(HTMLRenderer.escape(page.anchor))\""
        if let language = page.language, !language.isEmpty { html += " lang=\"\(HTMLRenderer.escape(language))\"" }
        html += ">\n<header class=\"running\"><span class=\"context\">\(HTMLRenderer.escape(page.header.context))</span>"
        if !page.header.title.isEmpty {
            html += "<span class=\"title\">\(HTMLRenderer.escape(page.header.title))</span>"
        }
        html += "</header>\n"
        for block in page.blocks {
            html += render(block) + "\n"
        }
        return html + "</section>\n"
    }

    func render(_ block: OutlineBlock) -> String {
        switch block {
        case .heading(let level, let text):
            let tag = "h\(min(6, max(1, level)))"
            return "<\(tag)>\(HTMLRenderer.escape(text))</\(tag)>"
        case .meta(let lines):
            return "<p class=\"meta\">" + lines.map(HTMLRenderer.escape).joined(separator: "<br>\n") + "</p>"
        case .paragraph(let text):
            return "<p>\(inline(text))</p>"
        case .list(let items):
            return "<ul>\n" + items.map { "<li>\(inline($0))</li>\n" }.joined() + "</ul>"
        case .notice(let notice):
            return "<p class=\"notice\"><strong>\(HTMLRenderer.escape(notice.label)):</strong> \(HTMLRenderer.escape(notice.text))</p>"
        case .table(let table):
            return render(table)
        }
    }

    private func render(_ table: OutlineTable) -> String {
        func cellClass(_ column: OutlineTable.Column) -> String {
            column.alignment == .trailing ? " class=\"number\"" : ""
        }
        var html = "<table>\n<thead><tr>"
        for column in table.columns {
            html += "<th scope=\"col\"\(cellClass(column))>\(HTMLRenderer.escape(column.title))</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            html += row.kind == .pause ? "<tr class=\"pause\">" : "<tr>"
            for (index, column) in table.columns.enumerated() {
                let text = index < row.cells.count ? row.cells[index] : ""
                html += "<td\(cellClass(column))>\(HTMLRenderer.escape(text))</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>"
    }

    private func inline(_ text: OutlineText) -> String {
        text.runs.map { run in
            switch run {
            case .plain(let text):
                return HTMLRenderer.escape(text)
            case .strong(let text):
                return "<strong>\(HTMLRenderer.escape(text))</strong>"
            case .link(let text, let url):
                guard HTMLRenderer.isWebAddress(url) else { return HTMLRenderer.escape(text) }
                return "<a href=\"\(HTMLRenderer.escape(url))\">\(HTMLRenderer.escape(text))</a>"
            }
        }.joined()
    }

    /// Whether a link may be made: only http, https and mailto addresses, never `javascript:`.
    private static func isWebAddress(_ url: String) -> Bool {
        let lower = url.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:")
    }

    /// `text` safe in HTML content and in quoted attribute values.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// Screen and A4 print styles; system fonts only, so nothing is fetched.
    static let stylesheet = """
        :root { color-scheme: light; }
        body { font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 11pt;
          line-height: 1.45; color: #1a1a1a; background: #fff; max-width: 48em; margin: 2em auto; padding: 0 1.5em; }
        section.page + section.page { border-top: 1px solid #bbb; margin-top: 3em; padding-top: 1em; }
        header.running { display: flex; justify-content: space-between; gap: 2em; font-size: 8.5pt; color: #555;
          border-bottom: 0.5pt solid #999; padding-bottom: 0.3em; margin-bottom: 1.2em; }
        header.running .title { text-align: right; }
        h1 { font-size: 18pt; line-height: 1.2; margin: 0 0 0.4em; }
        h2 { font-size: 13pt; margin: 1.4em 0 0.4em; border-bottom: 0.5pt solid #ccc; }
        h3 { font-size: 11pt; margin: 1em 0 0.3em; }
        h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
        p, li { orphans: 3; widows: 3; }
        p.meta { color: #444; font-size: 9.5pt; margin-top: 0; }
        p.notice { border-left: 3pt solid #b45309; background: #fff7ed; padding: 0.4em 0.8em; }
        ul { padding-left: 1.4em; }
        table { border-collapse: collapse; width: 100%; margin: 0.4em 0 0.6em; font-size: 10pt; }
        th, td { text-align: left; vertical-align: top; padding: 0.25em 0.5em; border-bottom: 0.5pt solid #ccc; }
        th { border-bottom: 1pt solid #666; }
        th.number, td.number, th:first-child, td:first-child { white-space: nowrap; }
        th.number, td.number { text-align: right; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        tr.pause td { color: #666; font-style: italic; }
        a { color: #1d4ed8; }
        @page { size: A4; margin: 20mm 18mm 22mm 18mm;
          @top-center { content: element(running); }
          @bottom-right { content: counter(page); font-size: 8.5pt; color: #555; } }
        @media print {
          body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
          section.page + section.page { border-top: none; margin-top: 0; padding-top: 0; }
          section.page { break-before: page; page-break-before: always; }
          section.page:first-of-type { break-before: auto; page-break-before: auto; }
          header.running { position: running(running); }
          a { color: inherit; text-decoration: none; }
          p.notice { background: none; }
        }

        """
}
