import TerminalKit

/// The keys of the current screen, generated from the key map that dispatches them.
enum HelpOverlay {
    static func frame(width: Int, height: Int) -> Rect {
        let body = Layout(width: width, height: height).body
        let boxWidth = min(body.width, 64)
        return Rect(x: body.x + (body.width - boxWidth) / 2, y: body.y, width: boxWidth, height: body.height)
    }

    static func visibleRows(width: Int, height: Int) -> Int {
        max(1, frame(width: width, height: height).height - 2)
    }

    static func render(_ state: WorkbenchState, offset: Int, into buffer: inout Buffer, area: Rect) {
        let app = WorkbenchApp(state: state)
        let help = app.activeHelp
        let frame = frame(width: state.width, height: state.height)
        buffer.fill(frame)
        let inner = Box(title: "Keys: \(help.title) (Esc closes)", border: .rounded, style: .title).render(into: &buffer, area: frame).paddedHorizontally(1)
        let keyWidth = min(22, (help.entries.map { DisplayWidth.of($0.keys) }.max() ?? 0) + 2)
        let start = max(0, min(offset, help.entries.count - inner.height))
        for row in 0..<min(inner.height, max(0, help.entries.count - start)) {
            let entry = help.entries[start + row]
            let line = inner.row(row)
            buffer.write(entry.keys.truncated(toWidth: keyWidth - 1), in: line.splitLeft(keyWidth).left, style: .emphasis)
            buffer.write(entry.help, in: line.splitLeft(keyWidth).rest)
        }
    }
}
