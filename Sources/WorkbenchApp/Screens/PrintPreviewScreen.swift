import CurriculumKit
import TerminalKit

/// The outline of a module or topic as it will be printed, with the file prompt below it.
enum PrintPreviewScreen {
    /// Where the outline's text goes: the body less the title row, one column of margin and the prompt row.
    static func textArea(width: Int, height: Int) -> Rect {
        let body = Layout(width: width, height: height).body
        return Rect(x: body.x + 1, y: body.y + 1, width: max(0, body.width - 1), height: max(0, body.height - 2))
    }

    /// The rendered outline as lines for the view: a form feed becomes a visible page break.
    static func lines(of output: Result<String, StoreError>, width: Int) -> [[Span]] {
        switch output {
        case .failure(let error):
            return [[Span("This cannot be printed: \(error.message)", style: .error)]]
        case .success(let text):
            var lines: [[Span]] = []
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.contains("\u{0C}") {
                    let label = " new page "
                    let rule = String(repeating: "┄", count: max(0, (min(width, PrintPreviewState.fileWidth) - label.count) / 2))
                    lines.append([Span(rule + label + rule, style: .muted)])
                    let rest = line.replacingOccurrences(of: "\u{0C}", with: "")
                    if !rest.isEmpty { lines.append([Span(rest)]) }
                } else {
                    lines.append([Span(String(line))])
                }
            }
            return lines
        }
    }

    private static let promptLabel = " Write to: "

    /// The width of the file-name field on a screen `screenWidth` columns wide.
    static func fieldWidth(screenWidth: Int) -> Int {
        max(1, screenWidth - DisplayWidth.of(promptLabel) - 1)
    }

    static func render(_ state: WorkbenchState, into buffer: inout Buffer, area: Rect) {
        guard let preview = state.printPreview else { return }
        let titleRow = area.row(0)
        let summary = "  " + preview.summary + " "
        let summaryWidth = DisplayWidth.of(summary)
        buffer.write(
            [Span((" Print preview · " + preview.title).truncated(toWidth: max(0, titleRow.width - summaryWidth)), style: .title),
             Span(summary, style: .emphasis)],
            in: titleRow)
        let text = textArea(width: state.width, height: state.height)
        preview.view.render(into: &buffer, area: text)
        renderPromptRow(preview, into: &buffer, row: Rect(x: area.x, y: area.maxY - 1, width: area.width, height: 1))
    }

    /// The bottom row: the file prompt when it is open, else notices and where the view is.
    private static func renderPromptRow(_ preview: PrintPreviewState, into buffer: inout Buffer, row: Rect) {
        buffer.fill(row)
        switch preview.prompt {
        case .path(let field)?:
            buffer.write(promptLabel, in: row, style: .emphasis)
            let fieldArea = Rect(x: row.x + DisplayWidth.of(promptLabel), y: row.y, width: fieldWidth(screenWidth: row.width), height: 1)
            field.render(into: &buffer, area: fieldArea, isFocused: true)
        case .replace(let path)?:
            buffer.write(" \(path) exists. Replace it? y yes · n no", in: row, style: .warning)
        case nil:
            let notice = preview.notices.first.map { "  " + $0 } ?? ""
            buffer.write(
                [Span(" " + preview.view.positionText, style: .muted), Span(notice, style: .warning)], in: row)
        }
    }
}
