import TerminalKit

/// Plain-text columns for command output, aligned by display width so Cyrillic lines up.
struct TextTable {
    var headers: [String]
    var rows: [[String]] = []
    /// Columns aligned right (numbers).
    var rightAligned: Set<Int> = []
    /// The last column is not padded, so long titles do not leave trailing spaces.
    var gap = "  "

    init(_ headers: String...) {
        self.headers = headers
    }

    mutating func add(_ cells: String...) {
        rows.append(cells.map { SafeText.sanitize($0) })
    }

    var text: String {
        let all = [headers] + rows
        let widths = headers.indices.map { column in all.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        return all.map { row in
            row.indices.map { column in
                let isLast = column == row.count - 1
                if isLast && !rightAligned.contains(column) { return row[column] }
                return row[column].padded(toWidth: widths[column], alignment: rightAligned.contains(column) ? .right : .left)
            }.joined(separator: gap)
        }.joined(separator: "\n") + "\n"
    }
}
