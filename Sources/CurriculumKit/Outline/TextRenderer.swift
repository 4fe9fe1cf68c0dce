/// Renders an outline as plain text for a terminal or `lp`.
///
/// Lines are wrapped to `width` columns, counted by display width so that Cyrillic and CJK text
/// lines up; headings are underlined (`=`, `-`, `~` by level); tables are aligned columns whose
/// widest cells wrap; tables with the same columns under sub-headings (the days of an agenda)
/// share their column widths; pages are separated by a form feed, so a printer starts each on a
/// new sheet.
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
        var shared: [Int: OutlineTable] = [:]
        for (index, block) in page.blocks.enumerated() {
            if !lines.isEmpty { lines.append("") }
            if case .table(let table) = block {
                if shared[index] == nil { shared.merge(sharingWidths(page.blocks, from: index)) { first, _ in first } }
                lines += render(table, widthsOf: shared[index] ?? table)
            } else {
                lines += render(block)
            }
        }
        return lines.map(trimmingTrailingSpaces).joined(separator: "\n") + "\n"
    }

    /// The table at `start` and those after it with the same columns, separated only by
    /// sub-headings, each mapped to one table holding all their rows, whose widths they share.
    private func sharingWidths(_ blocks: [OutlineBlock], from start: Int) -> [Int: OutlineTable] {
        guard case .table(let first) = blocks[start] else { return [:] }
        var members = [start]
        var combined = first
        var index = start + 1
        scan: while index < blocks.count {
            switch blocks[index] {
            case .heading(let level, _) where level >= 3:
                break
            case .table(let table) where table.columns == first.columns:
                members.append(index)
                combined.rows += table.rows
            default:
                break scan
            }
            index += 1
        }
        return Dictionary(uniqueKeysWithValues: members.map { ($0, combined) })
    }

    func render(_ block: OutlineBlock) -> [String] {
        switch block {
        case .heading(let level, let text):
            let lines = TextWidth.wrap(text, width: width)
            let rule: Character = level <= 1 ? "=" : level == 2 ? "-" : "~"
            let underline = String(repeating: rule, count: lines.map { TextWidth.of($0) }.max() ?? 0)
            return lines + [underline]
        case .meta(let lines):
            return lines.flatMap(metaLine)
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

    /// A line of facts joined by ` · `, wrapped between facts where it can, so that no fact
    /// (`6 h (360 min) in 4 sessions`) is split over two lines unless it is longer than one.
    private func metaLine(_ text: String) -> [String] {
        let separator = " · "
        var lines: [String] = []
        var line = ""
        for fact in text.components(separatedBy: separator) {
            let joined = line.isEmpty ? fact : line + separator + fact
            if TextWidth.of(joined) <= width {
                line = joined
                continue
            }
            if !line.isEmpty { lines.append(line) }
            let pieces = TextWidth.wrap(fact, width: width)
            lines += pieces.dropLast()
            line = pieces.last ?? ""
        }
        return lines + [line]
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

    /// A table as aligned columns, or, when its columns cannot fit the width without breaking
    /// words, as one record per row (`Session  Reading the local…`).
    func render(_ table: OutlineTable) -> [String] {
        render(table, widthsOf: table)
    }

    /// `table` in the column widths that `sizing` (a table with at least its rows) needs.
    private func render(_ table: OutlineTable, widthsOf sizing: OutlineTable) -> [String] {
        guard let widths = columnWidths(sizing) else { return records(table) }
        var lines = row(table.columns.map(\.title), table: table, widths: widths)
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

    /// The widest a word may be and still set the narrowest width of its column.
    private static let longestUnbrokenWord = 20

    /// Each column as wide as its widest cell; when the table is wider than the page, the widest
    /// columns give up room, never below their heading or their longest word (up to 20 columns).
    /// `nil` when even that does not fit.
    func columnWidths(_ table: OutlineTable) -> [Int]? {
        let count = table.columns.count
        guard count > 0 else { return [] }
        let cells = (0..<count).map { column in
            table.rows.map { column < $0.cells.count ? $0.cells[column] : "" }
        }
        let natural = (0..<count).map { column in
            ([table.columns[column].title] + cells[column]).map { TextWidth.of($0) }.max() ?? 0
        }
        let minimum = (0..<count).map { column in
            let longestWord = cells[column].flatMap { $0.split(separator: " ") }.map { TextWidth.of($0) }.max() ?? 0
            return min(natural[column], max(TextWidth.of(table.columns[column].title), min(TextRenderer.longestUnbrokenWord, longestWord)))
        }
        let available = width - TextRenderer.gap.count * (count - 1)
        if natural.reduce(0, +) <= available { return natural }
        if minimum.reduce(0, +) > available { return nil }
        // Every column gets up to a common level (at least its minimum); the level is the highest
        // that fits, and the columns still short of their natural width share what is left over.
        func widths(at level: Int) -> [Int] {
            (0..<count).map { max(minimum[$0], min(natural[$0], level)) }
        }
        var level = 0
        while widths(at: level + 1).reduce(0, +) <= available { level += 1 }
        var result = widths(at: level)
        var leftover = available - result.reduce(0, +)
        for column in 0..<count where leftover > 0 && result[column] < natural[column] {
            result[column] += 1
            leftover -= 1
        }
        return result
    }

    /// A table too wide for the page, one row after another as `Heading  value` lines.
    private func records(_ table: OutlineTable) -> [String] {
        let labelWidth = (table.columns.map { TextWidth.of($0.title) }.max() ?? 0) + TextRenderer.gap.count
        var lines: [String] = []
        for (index, tableRow) in table.rows.enumerated() {
            if index > 0 { lines.append("") }
            for (column, heading) in table.columns.enumerated() {
                let text = column < tableRow.cells.count ? tableRow.cells[column] : ""
                guard !text.isEmpty else { continue }
                let values = TextWidth.wrap(text, width: width - labelWidth)
                lines += values.enumerated().map { line, value in
                    TextWidth.pad(line == 0 ? heading.title : "", to: labelWidth) + value
                }
            }
        }
        return lines
    }

    private func trimmingTrailingSpaces(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }
}
