import CurriculumKit
import TerminalKit

/// The search box over the current screen: the query, then the matching modules as you type.
enum SearchOverlay {
    static func frame(width: Int, height: Int) -> Rect {
        let body = Layout(width: width, height: height).body
        let boxWidth = min(body.width, max(56, body.width * 4 / 5))
        return Rect(x: body.x + (body.width - boxWidth) / 2, y: body.y, width: boxWidth, height: body.height)
    }

    /// Result rows that fit: the box minus its border, the query line, the rule and the count line.
    static func resultsHeight(width: Int, height: Int) -> Int {
        max(1, (frame(width: width, height: height).height - 5) / 2)
    }

    static func render(_ state: WorkbenchState, into buffer: inout Buffer, area: Rect) {
        let frame = frame(width: state.width, height: state.height)
        buffer.fill(frame)
        let inner = Box(title: "Search every module", border: .rounded, style: .title).render(into: &buffer, area: frame).paddedHorizontally(1)
        guard inner.height >= 3 else { return }
        let prompt = inner.row(0)
        buffer.write("/ ", in: prompt.splitLeft(2).left, style: .emphasis)
        var field = state.search.field
        field.viewportWidth = max(1, prompt.width - 2)
        field.render(into: &buffer, area: prompt.splitLeft(2).rest, isFocused: true)
        let count = state.search.query.isEmpty
            ? "Type words; capitals and accents do not matter."
            : state.search.hits.isEmpty ? "No module matches." : Plural.count(state.search.hits.count, "module", "modules")
        buffer.write(count, in: inner.row(1), style: .muted)
        let list = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 2)
        let visible = max(1, list.height / 2)
        let cursor = state.search.cursor.revealed(height: visible, count: state.search.hits.count)
        for item in 0..<min(visible, max(0, state.search.hits.count - cursor.offset)) {
            let hit = state.search.hits[cursor.offset + item]
            let first = list.row(item * 2)
            let second = list.row(item * 2 + 1)
            let number = state.store.topic(named: hit.topic)?.topic?.number.description ?? "?"
            buffer.write([Span(number.padded(toWidth: 2, alignment: .right) + " ", style: .muted), Span(hit.title, style: .emphasis)], in: first)
            let match = hit.matches.first.map { "\($0.field): \($0.snippet)" } ?? ""
            buffer.write("   " + match, in: second, style: .muted)
            if cursor.offset + item == cursor.index {
                buffer.addAttributes(.reverse, in: first)
                buffer.addAttributes(.reverse, in: second)
            }
        }
    }
}
