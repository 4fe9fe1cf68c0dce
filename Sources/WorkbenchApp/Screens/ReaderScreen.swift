import CurriculumKit
import TerminalKit

/// The module reader: the whole module, scrollable, with foldable sections and its warnings first.
enum ReaderScreen {
    struct Geometry {
        var title: Rect
        var text: Rect
        var scrollbar: Rect
        var textWidth: Int { text.width }
        var textHeight: Int { text.height }
    }

    static func geometry(width: Int, height: Int) -> Geometry {
        let body = Layout(width: width, height: height).body
        let (title, rest) = body.splitTop(1)
        let (textArea, scrollbar) = rest.splitLeft(max(0, rest.width - 1))
        let text = Rect(x: textArea.x + 1, y: textArea.y, width: max(0, textArea.width - 1), height: textArea.height)
        return Geometry(title: title, text: text, scrollbar: scrollbar)
    }

    static func render(_ state: WorkbenchState, into buffer: inout Buffer, area: Rect) {
        guard let reader = state.reader else { return }
        let geometry = geometry(width: state.width, height: state.height)
        let entry = state.readerModule
        let title = entry?.module?.title ?? reader.module
        let status = entry.map { StatusBadge.text($0.status) } ?? ""
        // The revision, from the fullest form that fits down to its number alone.
        let revisions = entry?.record.current.map {
            ["rev \($0.id.seq) · \($0.info.author) · \(Timestamp.day($0.info.time))", "rev \($0.id.seq) · \(Timestamp.day($0.info.time))", "rev \($0.id.seq)"]
        } ?? []
        // A long title gives way to the status, which must stay visible; the revision takes what is left.
        let statusWidth = DisplayWidth.of("  " + status)
        let shownTitle = (" " + title).truncated(toWidth: max(0, geometry.title.width - statusWidth))
        let revisionRoom = geometry.title.width - DisplayWidth.of(shownTitle) - statusWidth
        buffer.write(
            [Span(shownTitle, style: .title),
             Span("  " + status, style: entry.map { StatusBadge.style($0.status) } ?? .muted),
             Span(revisions.map { "  " + $0 }.first { DisplayWidth.of($0) <= revisionRoom } ?? "", style: .muted)],
            in: geometry.title)
        let layout = reader.layout(width: geometry.textWidth)
        let offset = max(0, min(reader.offset, max(0, layout.lines.count - geometry.textHeight)))
        for row in 0..<min(geometry.textHeight, max(0, layout.lines.count - offset)) {
            let line = layout.lines[offset + row]
            let rowArea = geometry.text.row(row)
            if line.isHeading {
                let section = reader.sections[line.section]
                let marker = reader.folded.contains(line.section) ? "▸ " : "▾ "
                let style: Style = section.isWarning ? .warning : .title
                buffer.write(
                    [Span(marker + section.title, style: style), Span(section.note.isEmpty ? "" : "  " + section.note, style: .muted)],
                    in: rowArea)
                if line.section == reader.selectedSection {
                    buffer.addAttributes(.reverse, in: rowArea)
                }
            } else {
                buffer.write(line.spans, in: rowArea)
            }
        }
        if let prompt = reader.prompt {
            let row = Rect(x: area.x, y: area.maxY - 1, width: area.width, height: 1)
            let label: String
            switch prompt.purpose {
            case .comment: label = " Comment on \(prompt.place): "
            case .requestChanges: label = " Changes wanted in \(prompt.place): "
            case .resolve: label = " Resolving (reply): "
            }
            buffer.fill(row)
            buffer.write(label, in: Rect(x: row.x, y: row.y, width: min(row.width, DisplayWidth.of(label)), height: 1), style: .emphasis)
            let fieldArea = Rect(x: row.x + DisplayWidth.of(label), y: row.y, width: max(0, row.width - DisplayWidth.of(label) - 1), height: 1)
            prompt.field.render(into: &buffer, area: fieldArea, isFocused: true)
        }
        var scrollbar = Scrollbar(total: layout.lines.count, offset: offset, visible: geometry.textHeight)
        scrollbar.thumbStyle = .emphasis
        scrollbar.render(into: &buffer, area: geometry.scrollbar)
    }
}
