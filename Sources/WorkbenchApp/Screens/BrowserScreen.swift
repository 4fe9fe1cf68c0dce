import CurriculumKit
import TerminalKit

/// The browser: topics, the selected topic's modules, and a preview of the selected module.
enum BrowserScreen {
    static func render(_ state: WorkbenchState, into buffer: inout Buffer, area: Rect) {
        for (pane, paneArea) in Layout.browserPanes(body: area, focus: state.focus) {
            let isFocused = pane == state.focus
            let box = Box(
                title: title(of: pane, state), border: isFocused ? .heavy : .single,
                style: isFocused ? .title : .border, titleStyle: isFocused ? .title : .emphasis)
            let interior = box.render(into: &buffer, area: paneArea)
            let inner = interior.paddedHorizontally(pane == .topics ? 0 : 1)
            switch pane {
            case .topics: renderTopics(state, into: &buffer, area: inner, isFocused: isFocused)
            case .modules: renderModules(state, into: &buffer, area: inner, rowSpan: interior, isFocused: isFocused)
            case .preview: renderPreview(state, into: &buffer, area: inner)
            }
        }
    }

    private static func title(of pane: WorkbenchState.Pane, _ state: WorkbenchState) -> String {
        switch pane {
        case .topics: return "Topics"
        case .modules:
            guard let topic = state.selectedTopic else { return "Modules" }
            return "Topic \(topic.topic?.number ?? state.topicCursor.index + 1) · \(state.overview.topicSummaries[state.topicCursor.index])"
        case .preview: return "Preview"
        }
    }

    private static func renderTopics(_ state: WorkbenchState, into buffer: inout Buffer, area: Rect, isFocused: Bool) {
        let topics = state.store.topics
        let cursor = state.topicCursor.revealed(height: area.height, count: topics.count)
        for line in 0..<min(area.height, max(0, topics.count - cursor.offset)) {
            let index = cursor.offset + line
            let topic = topics[index]
            let row = area.row(line)
            let number = String(topic.topic?.number ?? index + 1)
            let summary = state.overview.topicMarks[index]
            let title = topic.topic?.title ?? "\(topic.id) (cannot be read)"
            let countWidth = 4
            buffer.write(number.padded(toWidth: 2, alignment: .right) + " ", in: row.splitLeft(3).left, style: .muted)
            let titleArea = Rect(x: row.x + 3, y: row.y, width: max(0, row.width - 3 - countWidth - 1), height: 1)
            buffer.write(title.truncated(toWidth: titleArea.width), in: titleArea, style: topic.topic == nil ? .error : .normal)
            buffer.write(
                summary.text, in: Rect(x: row.maxX - countWidth, y: row.y, width: countWidth, height: 1),
                style: summary.style, alignment: .right)
            if index == cursor.index {
                buffer.addAttributes(SelectionHighlight().attributes(isFocused: isFocused), in: row)
            }
        }
    }

    /// The modules of the selected topic, two rows each; the selection is highlighted across `rowSpan`,
    /// the pane's whole interior, so it reads as one bar as in the topics pane.
    private static func renderModules(
        _ state: WorkbenchState, into buffer: inout Buffer, area: Rect, rowSpan: Rect, isFocused: Bool
    ) {
        guard let topic = state.selectedTopic else { return }
        guard !topic.modules.isEmpty else {
            let lines = "No modules in this topic yet.".wrapped(toWidth: area.width)
            for (line, text) in lines.prefix(area.height).enumerated() {
                buffer.write(text, in: area.row(line), style: .muted)
            }
            return
        }
        let visible = Layout.moduleRowsVisible(area.height)
        let cursor = state.moduleCursor.revealed(height: visible, count: topic.modules.count)
        for item in 0..<min(visible, topic.modules.count - cursor.offset) {
            let index = cursor.offset + item
            let entry = topic.modules[index]
            let first = area.row(item * 2)
            let second = area.row(item * 2 + 1)
            // Rows show the module's facts (from the summary cache): drawing a topic reads no document.
            let facts = entry.facts
            let title = facts.title.map { $0.isEmpty ? "(untitled: \(entry.id))" : $0 } ?? "\(entry.id) (cannot be read)"
            let (badge, badgeStyle) = StatusBadge.badge(entry)
            let badgeWidth = DisplayWidth.of(badge)
            let titleArea = Rect(x: first.x, y: first.y, width: max(0, first.width - badgeWidth - 1), height: 1)
            buffer.write(title.truncated(toWidth: titleArea.width), in: titleArea, style: facts.isReadable ? .emphasis : .error)
            buffer.write(
                badge, in: Rect(x: first.maxX - badgeWidth, y: first.y, width: badgeWidth, height: 1),
                style: badgeStyle)
            buffer.write("  " + details(of: entry), in: second, style: .muted)
            if index == cursor.index {
                let highlight = SelectionHighlight().attributes(isFocused: isFocused)
                buffer.addAttributes(highlight, in: Rect(x: rowSpan.x, y: first.y, width: rowSpan.width, height: 1))
                buffer.addAttributes(highlight, in: Rect(x: rowSpan.x, y: second.y, width: rowSpan.width, height: 1))
            }
        }
    }

    /// "360 min · Ana Petrović · 2026-11-22" for a module's second line.
    static func details(of entry: ModuleEntry) -> String {
        let facts = entry.facts
        var parts: [String] = []
        if let minutes = facts.totalMinutes { parts.append("\(minutes) min") }
        if let author = facts.author, let time = facts.time {
            parts.append(author)
            parts.append(Timestamp.day(time))
        }
        return parts.joined(separator: " · ")
    }

    private static func renderPreview(_ state: WorkbenchState, into buffer: inout Buffer, area: Rect) {
        let lines = previewLines(state, width: area.width)
        let offset = max(0, min(state.previewOffset, lines.count - area.height))
        for line in 0..<min(area.height, max(0, lines.count - offset)) {
            buffer.write(lines[offset + line], in: area.row(line))
        }
    }

    /// The preview of the selected module, or of the topic when it has none; laid out once per
    /// selection and width, as moving through a list draws it again with every key.
    static func previewLines(_ state: WorkbenchState, width: Int) -> [[Span]] {
        let entry = state.selectedModule
        let key = PreviewKey(
            topic: state.selectedTopic?.id, topicHead: state.selectedTopic?.record.head, module: entry?.id, facts: entry?.facts, width: width)
        return state.previewCache.value(for: key) { layOutPreview(state, width: width) }
    }

    private static func layOutPreview(_ state: WorkbenchState, width: Int) -> [[Span]] {
        var blocks: [TextBlock] = []
        if let entry = state.selectedModule {
            if let module = entry.module {
                blocks = ModuleContent.preview(of: module)
                blocks.insert(
                    TextBlock(text: StatusBadge.text(entry.status) + " · " + details(of: entry), style: StatusBadge.style(entry.status)),
                    at: 1)
            } else {
                blocks = [TextBlock(text: "\(entry.id) cannot be read", style: .error)]
                blocks += entry.record.problems.map { TextBlock(text: "\($0.file): \($0.message)") }
            }
        } else if let topic = state.selectedTopic?.topic {
            blocks = [
                TextBlock(text: topic.title, style: .title),
                TextBlock(text: topic.aim, prefix: "Aim: "),
                TextBlock(text: topic.description),
                TextBlock(text: "No modules yet.", style: .muted),
            ]
        }
        var lines: [[Span]] = []
        for (index, block) in blocks.enumerated() {
            if index > 0 && (block.style == .header || index == 2) { lines.append([]) }
            lines += block.lines(width: width)
        }
        return lines
    }
}

/// What the browser's preview depends on: the selection, the current revision of the topic and
/// of the module with its status (its facts), and the width.
struct PreviewKey: Hashable, Sendable {
    var topic: String?
    var topicHead: RevisionID?
    var module: String?
    var facts: ModuleFacts?
    var width: Int
}
