/// Renders an outline as plain text for a terminal or `lp`.
///
/// Lines are wrapped to `width` columns, counted by display width so that Cyrillic and CJK text
/// lines up; headings are underlined (`=`, `-`, `~` by level); tables are aligned columns whose
/// widest cells wrap; pages are separated by a form feed, so a printer starts each on a new sheet.
public struct TextRenderer: Sendable {
    /// The width lines are wrapped to, in columns.
    public var width: Int

    public init(width: Int = 80) {
        self.width = max(OutlineOptions.minimumWidth, width)
    }

    /// The outline as text: every line ends with a newline, pages are joined by `\u{0C}`.
    public func render(_ outline: Outline) -> String {
        outline.pages.map(render).joined(separator: "\u{0C}")
    }

    /// One page as text, ending with a newline.
    public func render(_ page: OutlinePage) -> String {
        var lines: [String] = []
        for block in page.blocks {
            if !lines.isEmpty { lines.append("") }
            lines += render(block)
        }
        return lines.map(trimmingTrailingSpaces).joined(separator: "\n") + "\n"
    }

    func render(_ block: OutlineBlock) -> [String] {
        switch block {
        case .heading(let level, let text):
            let lines = TextWidth.wrap(text, width: width)
            let rule: Character = level <= 1 ? "=" : level == 2 ? "-" : "~"
            let underline = String(repeating: rule, count: lines.map { TextWidth.of($0) }.max() ?? 0)
            return lines + [underline]
        case .meta(let lines):
            return lines.flatMap { TextWidth.wrap($0, width: width) }
        case .paragraph(let text):
            return TextWidth.wrap(text.plainText, width: width)
        case .list(let items):
            return items.flatMap { hanging("- ", $0.plainText) }
        case .notice(let notice):
            return hanging("! ", "\(notice.label): \(notice.text)")
        case .table(let table):
            return render(table)
        }
    }

    /// `text` wrapped after `marker`, its continuation lines indented under the text.
    private func hanging(_ marker: String, _ text: String) -> [String] {
        let indent = String(repeating: " ", count: TextWidth.of(marker))
        return TextWidth.wrap(text, width: width - indent.count).enumerated().map { index, line in
            (index == 0 ? marker : indent) + line
        }
    }

    // MARK: Tables

    private static let gap = "  "

    func render(_ table: OutlineTable) -> [String] {
        let widths = columnWidths(table)
        var lines = [row(table.columns.map(\.title), table: table, widths: widths).first ?? ""]
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: TextRenderer.gap))
        for tableRow in table.rows {
            lines += row(tableRow.cells, table: table, widths: widths)
        }
        return lines
    }

    /// One table row; a cell wider than its column wraps onto further lines.
    private func row(_ cells: [String], table: OutlineTable, widths: [Int]) -> [String] {
        let wrapped = widths.indices.map { column in
            let text = column < cells.count ? cells[column] : ""
            return TextWidth.wrap(text, width: widths[column])
        }
        let height = wrapped.map(\.count).max() ?? 1
        return (0..<height).map { line in
            widths.indices.map { column in
                let text = line < wrapped[column].count ? wrapped[column][line] : ""
                return TextWidth.pad(text, to: widths[column], trailing: table.columns[column].alignment == .trailing)
            }.joined(separator: TextRenderer.gap)
        }
    }

    /// Each column as wide as its widest cell; when the table is wider than the page, the widest
    /// columns give up room, never below their heading's width.
    func columnWidths(_ table: OutlineTable) -> [Int] {
        let count = table.columns.count
        guard count > 0 else { return [] }
        let natural = (0..<count).map { column in
            ([table.columns[column].title] + table.rows.map { column < $0.cells.count ? $0.cells[column] : "" })
                .map { TextWidth.of($0) }.max() ?? 0
        }
        let minimum = (0..<count).map { column in
            max(TextWidth.of(table.columns[column].title), min(8, longestWord(table, column)))
        }
        let available = width - TextRenderer.gap.count * (count - 1)
        guard natural.reduce(0, +) > available else { return natural }
        // Water-filling: columns that fit in a fair share keep their width; the rest share the remainder.
        var widths = natural
        var flexible = Set(0..<count)
        var remaining = available
        while !flexible.isEmpty {
            let share = remaining / flexible.count
            let fitting = flexible.filter { natural[$0] <= share }
            if fitting.isEmpty {
                let sorted = flexible.sorted()
                for (position, column) in sorted.enumerated() {
                    let extra = position < remaining - share * flexible.count ? 1 : 0
                    widths[column] = max(minimum[column], share + extra)
                }
                break
            }
            for column in fitting {
                widths[column] = natural[column]
                remaining -= natural[column]
                flexible.remove(column)
            }
        }
        return widths
    }

    /// The widest word in a column: the column is not made narrower than that, up to 8 columns.
    private func longestWord(_ table: OutlineTable, _ column: Int) -> Int {
        table.rows.compactMap { column < $0.cells.count ? $0.cells[column] : nil }
            .flatMap { $0.split(separator: " ") }.map { TextWidth.of($0) }.max() ?? 0
    }

    private func trimmingTrailingSpaces(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }
}
