/// Renders an outline as CommonMark with pipe tables (GitHub Flavored Markdown).
///
/// Text from the files is escaped, so a `|`, `*` or `<` in a title stays text; pages are separated
/// by a thematic break (`---`).
public struct MarkdownRenderer: Sendable {
    public init() {}

    /// The outline as Markdown, ending with a newline.
    public func render(_ outline: Outline) -> String {
        outline.pages.map(render).joined(separator: "\n---\n\n")
    }

    /// One page as Markdown, ending with a newline.
    public func render(_ page: OutlinePage) -> String {
        page.blocks.map(render).joined(separator: "\n\n") + "\n"
    }

    func render(_ block: OutlineBlock) -> String {
        switch block {
        case .heading(let level, let text):
            return String(repeating: "#", count: min(6, max(1, level))) + " " + MarkdownRenderer.escape(text)
        case .meta(let lines):
            // A backslash at the end of a line is a hard line break.
            return lines.map { MarkdownRenderer.escapeLineStart(MarkdownRenderer.escape($0)) }.joined(separator: "\\\n")
        case .paragraph(let text):
            return MarkdownRenderer.escapeLineStart(inline(text))
        case .list(let items):
            return items.map { "- " + MarkdownRenderer.escapeLineStart(inline($0)) }.joined(separator: "\n")
        case .notice(let notice):
            return "> **\(MarkdownRenderer.escape(notice.label)):** \(MarkdownRenderer.escape(notice.text))"
        case .table(let table):
            return render(table)
        }
    }

    private func render(_ table: OutlineTable) -> String {
        var lines = ["| " + table.columns.map { MarkdownRenderer.cell($0.title) }.joined(separator: " | ") + " |"]
        lines.append("| " + table.columns.map { $0.alignment == .trailing ? "--:" : "---" }.joined(separator: " | ") + " |")
        for row in table.rows {
            let cells = table.columns.indices.map { index in
                let text = MarkdownRenderer.cell(index < row.cells.count ? row.cells[index] : "")
                return row.kind == .pause && !text.isEmpty ? "*\(text)*" : text
            }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }

    private func inline(_ text: OutlineText) -> String {
        text.runs.map { run in
            switch run {
            case .plain(let text):
                return MarkdownRenderer.escape(text)
            case .strong(let text):
                return "**\(MarkdownRenderer.escape(text))**"
            case .link(let text, let url):
                guard MarkdownRenderer.isWebAddress(url) else { return MarkdownRenderer.escape(text) }
                let destination = MarkdownRenderer.destination(url)
                return text == url ? "<\(destination)>" : "[\(MarkdownRenderer.escape(text))](<\(destination)>)"
            }
        }.joined()
    }

    // MARK: Escaping

    /// Characters that start or end inline markup anywhere in a line.
    private static let inlineSpecials: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~"]

    /// `text` with every character that could start inline markup backslash-escaped.
    public static func escape(_ text: String) -> String {
        var result = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            if inlineSpecials.contains(character) {
                result += "\\"
            } else if character == "&", index + 1 < characters.count,
                characters[index + 1] == "#" || characters[index + 1].isLetter
            {
                result += "\\"  // would read as an entity such as &amp; or &#60;
            }
            result.append(character)
        }
        return result
    }

    /// Escapes what would start a block at the beginning of a line: a heading, quote, list item,
    /// setext underline or code block.
    static func escapeLineStart(_ text: String) -> String {
        let trimmed = String(text.drop { $0 == " " })
        guard let first = trimmed.first else { return trimmed }
        if "#>-+=".contains(first) { return "\\" + trimmed }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        if (1...9).contains(digits.count) {
            let rest = trimmed.dropFirst(digits.count)
            if let marker = rest.first, marker == "." || marker == ")" {
                return String(digits) + "\\" + rest
            }
        }
        return trimmed
    }

    /// A table cell: escaped, on one line.
    static func cell(_ text: String) -> String {
        escape(text.split(whereSeparator: \.isNewline).joined(separator: " "))
    }

    /// Whether a link may be made: only http, https and mailto addresses, never `javascript:`.
    private static func isWebAddress(_ url: String) -> Bool {
        let lower = url.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:")
    }

    /// A link destination inside `<…>`: no spaces, angle brackets or line breaks.
    private static func destination(_ url: String) -> String {
        var result = ""
        for character in url {
            switch character {
            case " ": result += "%20"
            case "<": result += "%3C"
            case ">": result += "%3E"
            case "\\": result += "%5C"
            default:
                if character.isNewline { continue }
                result.append(character)
            }
        }
        return result
    }
}
