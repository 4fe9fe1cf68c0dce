import TerminalKit

/// The box `n` opens over the browser: title and id of the new module.
enum NewModuleDialog {
    static let width = 76
    static let labelWidth = 8

    static func frame(in area: Rect) -> Rect {
        area.centered(width: min(width, area.width - 2), height: 8)
    }

    /// The width of the two fields on a screen `screenWidth` columns wide.
    static func fieldWidth(screenWidth: Int) -> Int {
        max(8, min(width, screenWidth - 2) - 4 - labelWidth)
    }

    static func render(_ prompt: NewModulePrompt, into buffer: inout Buffer, area: Rect) {
        let box = frame(in: area)
        buffer.fill(box)
        let inner = Box(title: "New module in " + prompt.topicLabel).render(into: &buffer, area: box)
        let content = Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - 2), height: inner.height)
        guard content.height >= 6 else { return }
        let fieldArea = { (row: Int) in
            Rect(x: content.x + labelWidth, y: content.y + row, width: max(0, content.width - labelWidth), height: 1)
        }
        buffer.write("Title", x: content.x, y: content.y, style: prompt.field == .title ? .selection : .emphasis)
        prompt.title.render(into: &buffer, area: fieldArea(0), isFocused: prompt.field == .title)
        buffer.write("Id", x: content.x, y: content.y + 2, style: prompt.field == .id ? .selection : .emphasis)
        prompt.id.render(into: &buffer, area: fieldArea(2), isFocused: prompt.field == .id)
        buffer.write("names the module's folder: a–z, digits and hyphens", in: fieldArea(3), style: .muted)
        if let problem = prompt.problem {
            buffer.write("⚠ " + problem, in: content.row(4), style: .error)
        }
        buffer.write("Enter create · Tab other field · Esc cancel", in: content.row(5), style: .muted)
    }
}
