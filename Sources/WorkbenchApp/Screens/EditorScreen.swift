import CurriculumKit
import TerminalKit

/// The editor: what is being edited and its state on top, the form in a box, the checks
/// beside it on a wide screen, and a line about the focused field at the bottom.
enum EditorScreen {
    /// Where each part goes in the body.
    struct Areas {
        var title: Rect
        var summary: Rect
        var formBox: Rect
        var form: Rect
        var checks: Rect?
        var fieldLine: Rect
    }

    /// The checks pane's width beside a form box `width` columns wide with the pane; `nil`
    /// when the form would get too narrow (below 76 columns the form keeps the whole width).
    static func checksWidth(besideWidth width: Int) -> Int? {
        width >= 90 ? 34 : width >= 76 ? 26 : nil
    }

    static func areas(width: Int, height: Int) -> Areas {
        let body = Layout(width: width, height: height).body
        let (title, rest) = body.splitTop(1)
        let (summary, middle) = rest.splitTop(1)
        let (boxes, fieldLine) = middle.splitBottom(1)
        var formBox = boxes
        var checks: Rect?
        if let checksWidth = checksWidth(besideWidth: boxes.width) {
            let split = boxes.splitLeft(boxes.width - checksWidth)
            formBox = split.left
            checks = split.rest
        }
        let form = Box.innerArea(of: formBox)
        return Areas(
            title: title, summary: summary, formBox: formBox,
            form: Rect(x: form.x + 1, y: form.y, width: max(0, form.width - 2), height: form.height),
            checks: checks, fieldLine: fieldLine)
    }

    static func formLines(width: Int, height: Int) -> FormLines {
        FormLines(formWidth: areas(width: width, height: height).form.width)
    }

    static func render(_ state: WorkbenchState, into buffer: inout Buffer, area: Rect) {
        guard let editor = state.editor else { return }
        let areas = areas(width: state.width, height: state.height)
        renderTitle(editor, into: &buffer, row: areas.title)
        renderSummary(editor, state: state, into: &buffer, row: areas.summary)
        _ = Box(title: editor.kind == .module ? "Module" : "Topic").render(into: &buffer, area: areas.formBox)
        renderForm(editor, state: state, into: &buffer, area: areas.form)
        if let checks = areas.checks { renderChecks(editor, into: &buffer, area: checks) }
        renderFieldLine(editor, into: &buffer, row: areas.fieldLine)
        if let modal = editor.modal { renderModal(modal, into: &buffer, area: area) }
    }

    private static func renderTitle(_ editor: EditorState, into buffer: inout Buffer, row: Rect) {
        let state: Span
        if editor.isDirty {
            state = Span(editor.draftProblem == nil ? "● unsaved changes " : "● unsaved, no draft! ", style: .warning)
        } else {
            state = Span("✓ saved ", style: .success)
        }
        let title = editor.title.isEmpty ? "(no title)" : editor.title
        let what = editor.kind == .module ? " Editing module · " : " Editing topic · "
        let available = max(0, row.width - DisplayWidth.of(state.text) - DisplayWidth.of(what) - 1)
        buffer.fill(row)
        buffer.write([Span(what, style: .title), Span(title.truncated(toWidth: available), style: .emphasis)], in: row)
        buffer.write(state.text, x: row.maxX - DisplayWidth.of(state.text), y: row.y, style: state.style, clip: row)
    }

    private static func renderSummary(_ editor: EditorState, state: WorkbenchState, into buffer: inout Buffer, row: Rect) {
        var parts: [Span] = []
        let number = String(editor.topic.prefix(while: \.isNumber))
        let place = editor.kind == .module ? "\(number.isEmpty ? editor.topic : number)/\(editor.id)" : "topic \(editor.id)"
        parts.append(Span(" " + place, style: .muted))
        parts.append(Span(" · " + (editor.base.map { "revision \($0.seq)" } ?? "new"), style: .muted))
        if editor.kind == .module {
            let sessions = editor.document["sessions"]?.arrayValue?.count ?? 0
            parts.append(Span(" · " + Self.duration(editor.totalMinutes) + " in " + Plural.count(sessions, "session", "sessions")))
        }
        let checks: Span
        let warnings = editor.findings.count
        if warnings > 0 {
            let errors = editor.findings.filter { $0.severity == .error }.count
            let counted = errors > 0
                ? Plural.count(errors, "error", "errors") + ", " + Plural.count(warnings - errors, "warning", "warnings")
                : Plural.count(warnings, "warning", "warnings")
            checks = Span(" · ⚠ \(counted) (Ctrl-G)", style: .warning)
        } else {
            checks = Span(" · no warnings", style: .success)
        }
        buffer.fill(row)
        if DisplayWidth.of(parts.map(\.text).joined() + checks.text) <= row.width {
            buffer.write(parts + [checks], in: row)
            return
        }
        // The checks' count is what the line is for: it stays whole at the right end, and the
        // place and totals on the left give way.
        let checksText = String(checks.text.dropFirst(3)) + " "
        let checksWidth = min(row.width, DisplayWidth.of(checksText))
        let left = Rect(x: row.x, y: row.y, width: max(0, row.width - checksWidth - 1), height: 1)
        let text = parts.map(\.text).joined()
        if DisplayWidth.of(text) <= left.width {
            buffer.write(parts, in: left)
        } else {
            buffer.write(text.truncated(toWidth: left.width), in: left, style: .muted)
        }
        buffer.write(checksText, x: row.maxX - checksWidth, y: row.y, style: checks.style, clip: row)
    }

    /// "4 h 30 min", "45 min".
    static func duration(_ minutes: Int) -> String {
        let hours = minutes / 60
        let rest = minutes % 60
        if hours == 0 { return "\(rest) min" }
        return rest == 0 ? "\(hours) h" : "\(hours) h \(rest) min"
    }

    private static func renderForm(_ editor: EditorState, state: WorkbenchState, into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let layout = FormLines(formWidth: area.width)
        let lines = layout.lines(of: editor, moduleTitles: moduleTitles(editor, state))
        for screenRow in 0..<area.height {
            let number = editor.scroll + screenRow
            guard lines.indices.contains(number) else { break }
            let line = lines[number]
            let y = area.y + screenRow
            let labelArea = Rect(x: area.x, y: y, width: layout.labelWidth, height: 1)
            let valueArea = Rect(x: area.x + layout.labelWidth + 1, y: y, width: layout.valueWidth, height: 1)
            if line.value.isEmpty {
                buffer.write(line.label, x: area.x, y: y, clip: Rect(x: area.x, y: y, width: area.width, height: 1))
                continue
            }
            buffer.write(line.label, x: labelArea.x, y: y, clip: labelArea)
            buffer.write(line.value, x: valueArea.x, y: y, clip: valueArea)
            if let column = line.cursorColumn, editor.modal == nil {
                buffer.cursor = Position(x: valueArea.x + min(column, max(0, valueArea.width - 1)), y: y)
            }
        }
        Scrollbar(total: lines.count, offset: editor.scroll, visible: area.height)
            .render(into: &buffer, area: Rect(x: area.maxX, y: area.y, width: 1, height: area.height))
    }

    private static func moduleTitles(_ editor: EditorState, _ state: WorkbenchState) -> [String: String] {
        guard editor.kind == .topic, let topic = state.store.topic(named: editor.topic) else { return [:] }
        var titles: [String: String] = [:]
        for module in topic.modules { titles[module.id] = module.facts.title ?? "" }
        return titles
    }

    private static func renderChecks(_ editor: EditorState, into buffer: inout Buffer, area: Rect) {
        let inner = Box(title: "Checks").render(into: &buffer, area: area)
        let content = Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - 1), height: inner.height)
        guard !content.isEmpty else { return }
        var lines: [[Span]] = []
        if editor.kind == .module {
            let outcomes = editor.document["learningOutcomes"]?.arrayValue?.count ?? 0
            let sessions = editor.document["sessions"]?.arrayValue?.count ?? 0
            lines.append([Span("Total " + duration(editor.totalMinutes), style: .emphasis)])
            lines.append([Span(Plural.count(outcomes, "outcome", "outcomes") + " · " + Plural.count(sessions, "session", "sessions"))])
            lines.append([])
        }
        if editor.findings.isEmpty {
            lines.append([Span("No warnings.", style: .success)])
        } else {
            lines.append([Span("\(editor.findings.count) to look at:", style: .warning)])
            for (index, finding) in editor.findings.enumerated() {
                let marker = index == editor.warningIndex ? "› " : "• "
                let style: Style = finding.severity == .error ? .error : .normal
                let wrapped = (marker + finding.message).wrapped(toWidth: content.width)
                for (number, line) in wrapped.enumerated() {
                    lines.append([Span(number == 0 ? line : "  " + line.drop(while: { $0 == " " }), style: index == editor.warningIndex ? style.adding(.bold) : style)])
                }
            }
        }
        for (row, line) in lines.prefix(content.height).enumerated() {
            buffer.write(line, x: content.x, y: content.y + row, clip: content)
        }
    }

    /// The bottom line: the focused field's own warning, else how to use it.
    private static func renderFieldLine(_ editor: EditorState, into buffer: inout Buffer, row: Rect) {
        buffer.fill(row)
        if let finding = editor.focusedFindings.first {
            buffer.write(" ⚠ " + finding.message, in: row, style: finding.severity == .error ? .error : .warning)
            return
        }
        guard let focused = editor.focusedRow else { return }
        buffer.write(" " + usage(of: focused, editor: editor), in: row, style: .muted)
    }

    static func usage(of row: FormRow, editor: EditorState) -> String {
        let usage = fieldUsage(of: row, editor: editor)
        guard let item = row.item, item.shape.canAddAndDelete, !row.isAddRow else { return usage }
        return usage + " · Ctrl-D deletes this \(item.shape.noun)"
    }

    private static func fieldUsage(of row: FormRow, editor: EditorState) -> String {
        switch row.role {
        case .addItem(let shape): return "Enter adds \(shape.aNoun)"
        case .field(let kind):
            switch kind {
            case .line, .optionalLine: return "Type; Enter goes to the next field"
            case .text: return "Type; Enter starts a new line, Tab goes to the next field"
            case .choice, .level:
                let choices = editor.options(for: kind, at: row.path).joined(separator: " · ")
                return "← → or Space choose: " + choices
            case .number(let range, let optional):
                let replaces = editor.replacesOnType && row.focus == editor.focus ? "; typing replaces it" : ""
                return "A number from \(range.lowerBound) to \(range.upperBound)" + (optional ? ", or empty" : "") + replaces
            case .words: return "Words separated by commas"
            case .picks(.outcomes):
                let options = editor.options(for: kind, at: row.path)
                let highlighted = options.indices.contains(editor.pick) ? options[editor.pick] : ""
                let text = (editor.document["learningOutcomes"]?.arrayValue ?? [])
                    .first { $0["id"]?.stringValue == highlighted }?["text"]?.stringValue
                return "← → choose, Space ticks" + (text.map { " · \(highlighted): \($0)" } ?? "")
            case .picks: return "← → choose, Space ticks or unticks"
            case .readOnly: return row.item.map { _ in "Ctrl-↑ Ctrl-↓ (or F7 F8) change the order" } ?? "Set by the workbench"
            }
        default: return ""
        }
    }

    // MARK: Questions

    private static func renderModal(_ modal: EditorModal, into buffer: inout Buffer, area: Rect) {
        switch modal {
        case .confirmDelete(_, let dialog), .leave(let dialog, _), .restoreDraft(_, let dialog):
            dialog.render(into: &buffer, area: area)
        case .saveMessage(let field, _):
            renderSavePrompt(field, into: &buffer, area: area)
        }
    }

    static let savePromptWidth = 70

    static func saveFieldWidth(screenWidth: Int) -> Int {
        max(10, min(savePromptWidth, screenWidth - 4) - 4)
    }

    private static func renderSavePrompt(_ field: TextField, into buffer: inout Buffer, area: Rect) {
        let width = min(savePromptWidth, area.width - 4)
        let box = area.centered(width: width, height: 6)
        buffer.fill(box)
        let inner = Box(title: "Save a new revision").render(into: &buffer, area: box)
        let content = Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - 2), height: inner.height)
        buffer.write("What did you change? (one line, kept in the history)", in: content.row(0))
        field.render(into: &buffer, area: content.row(1), isFocused: true)
        buffer.write("Enter save · Esc cancel", in: content.row(3), style: .muted)
    }
}
