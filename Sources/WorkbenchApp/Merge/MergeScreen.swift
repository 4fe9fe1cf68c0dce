import CurriculumKit
import TerminalKit

/// One conflict at a time: the common ancestor's value, and each version side by side.
enum MergeScreen {
    static func render(_ state: WorkbenchState, into buffer: inout Buffer, area: Rect) {
        guard let merging = state.merge else { return }
        let merge = merging.merge
        let (titleRow, rest) = area.splitTop(1)
        let conflicts = merge.conflicts.count
        let open = merge.openConflicts.count
        let where_ = conflicts == 0 ? "no conflicts" : "conflict \(merging.index + 1) of \(conflicts) · \(open) open"
        let summary = "  \(Plural.count(merge.heads.count, "version", "versions")) · \(where_) "
        buffer.fill(titleRow)
        buffer.write(
            [Span(" Merge · " + merging.title.truncated(toWidth: max(0, titleRow.width - DisplayWidth.of(summary) - 10)), style: .title),
             Span(summary, style: open > 0 ? .warning : .success)],
            in: titleRow)
        guard let conflict = merging.conflict else {
            let lines = [
                "No field was changed differently by two versions: every change is taken from the",
                "version that made it (list items matched by id, so additions on both sides are kept).",
                "",
                "Ctrl-S writes the merged revision; its parents are all \(Plural.count(merge.heads.count, "version", "versions")).",
            ]
            for (row, line) in lines.enumerated() {
                buffer.write(" " + line, in: rest.row(row + 1), style: row == 3 ? .emphasis : .normal)
            }
            return
        }
        let (baseBox, versions) = rest.splitTop(5)
        let baseInner = Box(title: conflict.label).render(into: &buffer, area: baseBox)
        let ancestor = merge.base.map { "Before (\($0)): " } ?? "Before: "
        write(ancestor + MergeConflict.display(conflict.base), into: &buffer, area: baseInner.inset(by: 0), style: .muted)
        if let editing = merging.editing {
            let inner = Box(title: "Your value (Enter takes it, Esc leaves it)", border: .heavy).render(into: &buffer, area: versions)
            let text = Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - 2), height: inner.height)
            editing.render(into: &buffer, area: text, isFocused: true)
            return
        }
        if case .value(let value)? = conflict.choice {
            buffer.write(" ✓ written by hand: " + MergeConflict.display(value), in: baseInner.row(baseInner.height - 1), style: .success)
        }
        let count = max(1, conflict.values.count)
        let width = versions.width / count
        for (index, value) in conflict.values.enumerated() {
            let x = versions.x + index * width
            let box = Rect(x: x, y: versions.y, width: index == count - 1 ? versions.maxX - x : width, height: versions.height)
            let info = merge.headInfos.indices.contains(index) ? merge.headInfos[index] : nil
            let who = info.map { " · \($0.author) · \(Timestamp.readable($0.time))" } ?? ""
            let chosen = conflict.choice == .head(index)
            let inner = Box(title: "\(index + 1)\(who)", border: chosen ? .heavy : .single).render(into: &buffer, area: box)
            let (text, mark) = inner.splitBottom(1)
            write(MergeConflict.display(value), into: &buffer, area: text, style: .normal)
            if chosen { buffer.write(" ✓ taken", in: mark, style: .success) }
        }
        if conflict.choice == .base {
            buffer.write(" ✓ the value from before is kept", in: baseInner.row(baseInner.height - 1), style: .success)
        }
    }

    private static func write(_ text: String, into buffer: inout Buffer, area: Rect, style: Style) {
        let content = Rect(x: area.x + 1, y: area.y, width: max(0, area.width - 2), height: area.height)
        for (row, line) in text.wrapped(toWidth: max(1, content.width)).prefix(content.height).enumerated() {
            buffer.write(line, x: content.x, y: content.y + row, style: style, clip: content)
        }
    }
}
