import CurriculumKit
import TerminalKit

/// The revisions of a module on the left (two rows each), what the selected one changed on the right.
enum HistoryScreen {
    struct Areas {
        var title: Rect
        var list: Rect
        var diffBox: Rect
        var diff: Rect
    }

    static func areas(width: Int, height: Int) -> Areas {
        let body = Layout(width: width, height: height).body
        let (title, rest) = body.splitTop(1)
        let (list, diffBox) = rest.splitLeft(max(28, rest.width * 38 / 100))
        let inner = Box.innerArea(of: diffBox)
        return Areas(
            title: title, list: list, diffBox: diffBox,
            diff: Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - 1), height: inner.height))
    }

    /// How many revisions fit in the list (two rows each).
    static func listRows(width: Int, height: Int) -> Int {
        max(1, Box.innerArea(of: areas(width: width, height: height).list).height / 2)
    }

    static func render(_ state: WorkbenchState, into buffer: inout Buffer, area: Rect) {
        guard let history = state.history else { return }
        let areas = areas(width: state.width, height: state.height)
        let heads = history.headCount
        let summary = heads > 1
            ? "  diverged: \(Plural.count(heads, "version", "versions")) (m merges) "
            : "  \(Plural.count(history.entries.count, "revision", "revisions")) "
        buffer.fill(areas.title)
        buffer.write(
            [Span(" History · " + history.title.truncated(toWidth: max(0, areas.title.width - DisplayWidth.of(summary) - 12)), style: .title),
             Span(summary, style: heads > 1 ? .warning : .emphasis)],
            in: areas.title)
        renderList(history, into: &buffer, area: areas.list)
        _ = Box(title: history.diffTitle).render(into: &buffer, area: areas.diffBox)
        history.diff.render(into: &buffer, area: areas.diff)
        if let dialog = history.confirmRestore { dialog.render(into: &buffer, area: area) }
    }

    private static func renderList(_ history: HistoryState, into buffer: inout Buffer, area: Rect) {
        let inner = Box(title: "Revisions", border: .heavy).render(into: &buffer, area: area)
        let rows = max(1, inner.height / 2)
        for (row, index) in (history.cursor.offset..<min(history.entries.count, history.cursor.offset + rows)).enumerated() {
            let entry = history.entries[index]
            let mark = entry.isCurrent ? "● " : entry.isHead ? "◆ " : "  "
            let top = Rect(x: inner.x, y: inner.y + row * 2, width: inner.width, height: 1)
            let bottom = Rect(x: inner.x, y: top.y + 1, width: inner.width, height: 1)
            let selected = index == history.cursor.index
            let style: Style = selected ? .selection : .normal
            let parents = entry.parents.count > 1 ? " · merge" : ""
            buffer.write(" \(mark)\(entry.seq) · \(Timestamp.day(entry.time)) · \(entry.author)\(parents)", in: top, style: selected ? style : .emphasis)
            buffer.write("     " + entry.message, in: bottom, style: selected ? style : .muted)
        }
    }
}
