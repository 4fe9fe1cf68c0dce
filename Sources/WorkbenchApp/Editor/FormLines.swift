import CurriculumKit
import TerminalKit

/// One screen line of the form: the label column and the value column.
struct FormLine: Hashable, Sendable {
    var row: Int
    var label: [Span]
    var value: [Span]
    /// Where the terminal cursor goes on this line (a column of the value), for the focused field.
    var cursorColumn: Int?
    /// Whether the line belongs to the focused row (drawn highlighted).
    var isFocused = false
}

/// Lays the editor's rows out as screen lines at a given value width.
struct FormLines {
    /// The columns of the label column (indent included).
    let labelWidth: Int
    /// The columns of the value column.
    let valueWidth: Int

    init(formWidth: Int) {
        labelWidth = max(10, min(20, formWidth * 3 / 10))
        valueWidth = max(8, formWidth - labelWidth - 1)
    }

    /// Every line of the form, top to bottom; worked out once for each state of the editor
    /// (handling a key and drawing it both need them).
    func lines(of editor: EditorState, moduleTitles: [String: String] = [:]) -> [FormLine] {
        let key = FormLinesKey(
            document: editor.document, focus: editor.focus, area: editor.area, pick: editor.pick,
            replacesOnType: editor.replacesOnType, rows: editor.rows.count,
            labelWidth: labelWidth, valueWidth: valueWidth, moduleTitles: moduleTitles)
        return editor.linesCache.value(for: key) { layOut(editor, moduleTitles: moduleTitles) }
    }

    private func layOut(_ editor: EditorState, moduleTitles: [String: String]) -> [FormLine] {
        var lines: [FormLine] = []
        let focusedIndex = editor.focusedRowIndex
        for (index, row) in editor.rows.enumerated() {
            let isFocused = index == focusedIndex
            let labelStyle: Style = isFocused ? .selection : .emphasis
            let indent = String(repeating: " ", count: row.depth * 2)
            let label = [Span((indent + row.label).padded(toWidth: labelWidth), style: row.label.isEmpty ? .normal : labelStyle)]
            switch row.role {
            case .section:
                if !lines.isEmpty { lines.append(FormLine(row: index, label: [], value: [])) }
                lines.append(FormLine(row: index, label: [Span(row.label.uppercased(), style: .title)], value: []))
            case .itemHeading:
                lines.append(
                    FormLine(row: index, label: [Span((indent + "▸ " + row.label).padded(toWidth: labelWidth + valueWidth), style: .title)], value: []))
            case .addItem(let shape):
                let text = shape.canAddAndDelete ? "+ add \(shape.aNoun) (Enter or Ctrl-N)" : ""
                guard !text.isEmpty || !row.label.isEmpty else { continue }
                let style: Style = isFocused ? .selection : .muted
                lines.append(FormLine(row: index, label: label, value: [Span(text, style: style)], isFocused: isFocused))
            case .field(let kind):
                let values = valueLines(of: row, kind: kind, editor: editor, isFocused: isFocused, moduleTitles: moduleTitles)
                for (number, value) in values.enumerated() {
                    lines.append(
                        FormLine(
                            row: index, label: number == 0 ? label : [Span(String(repeating: " ", count: labelWidth))],
                            value: value.spans, cursorColumn: value.cursor, isFocused: isFocused))
                }
            }
        }
        return lines
    }

    /// The value of a field as lines of spans, with the cursor's column on its line.
    private func valueLines(
        of row: FormRow, kind: FieldKind, editor: EditorState, isFocused: Bool, moduleTitles: [String: String]
    ) -> [(spans: [Span], cursor: Int?)] {
        let value = editor.document[path: row.path]
        switch kind {
        case .line, .text, .optionalLine, .number, .words:
            let area = isFocused ? editor.area : TextArea(text: EditorState.editableText(of: value, kind: kind))
            let characters = area.characters
            let ranges = area.lineRanges(width: valueWidth)
            let cursor = isFocused ? area.cursorPosition(width: valueWidth) : nil
            if characters.isEmpty {
                let placeholder = Self.placeholder(for: kind)
                return [([Span(placeholder, style: .muted)], cursor.map { _ in 0 })]
            }
            return ranges.enumerated().map { number, range in
                var text = String(characters[range])
                if text.hasSuffix("\n") { text.removeLast() }
                // A prefilled number that typing replaces is drawn selected.
                let style: Style = isFocused && editor.replacesOnType ? .selection : .normal
                return ([Span(text, style: style)], cursor?.line == number ? cursor?.column : nil)
            }
        case .choice, .level:
            if value == nil, case .choice = kind {
                return [([Span("— choose with ← →", style: isFocused ? .warning : .muted)], nil)]
            }
            let word = FieldKind.choiceLabel(value)
            let text = isFocused ? "‹ \(word) ›" : word
            return [([Span(text, style: isFocused ? .emphasis : .normal)], nil)]
        case .readOnly:
            let id = value?.stringValue ?? ""
            let title = moduleTitles[id].map { " — " + $0 } ?? ""
            return [([Span(id, style: .emphasis), Span(title)], nil)]
        case .picks:
            return pickLines(of: row, kind: kind, editor: editor, isFocused: isFocused)
        }
    }

    /// "[x] LO1  [ ] LO2 …", wrapped between words, the highlighted word in reverse video.
    private func pickLines(of row: FormRow, kind: FieldKind, editor: EditorState, isFocused: Bool) -> [(spans: [Span], cursor: Int?)] {
        let options = editor.options(for: kind, at: row.path)
        let chosen = Set(editor.document[path: row.path]?.arrayValue?.compactMap(\.stringValue) ?? [])
        guard !options.isEmpty else {
            let note = kind == .picks(.outcomes) ? "(add learning outcomes first)" : "(nothing to choose)"
            return [([Span(note, style: .muted)], nil)]
        }
        var lines: [(spans: [Span], cursor: Int?)] = []
        var spans: [Span] = []
        var used = 0
        var cursor: Int?
        for (index, option) in options.enumerated() {
            let token = (chosen.contains(option) ? "[x] " : "[ ] ") + option
            let width = DisplayWidth.of(token)
            if used > 0 && used + 2 + width > valueWidth {
                lines.append((spans, cursor))
                spans = []
                used = 0
                cursor = nil
            }
            if used > 0 {
                spans.append(Span("  "))
                used += 2
            }
            let isHighlighted = isFocused && index == editor.pick
            if isHighlighted { cursor = used + 1 }
            spans.append(Span(token, style: isHighlighted ? .selection : .normal))
            used += width
        }
        lines.append((spans, cursor))
        return lines
    }

    private static func placeholder(for kind: FieldKind) -> String {
        switch kind {
        case .number(_, let optional): return optional ? "— (none)" : "—"
        case .words: return "— (separate with commas)"
        case .optionalLine: return "— (none)"
        default: return "—"
        }
    }
}

/// What the form's lines depend on.
struct FormLinesKey: Hashable, Sendable {
    var document: JSONValue
    var focus: FormFocus
    var area: TextArea
    var pick: Int
    var replacesOnType: Bool
    var rows: Int
    var labelWidth: Int
    var valueWidth: Int
    var moduleTitles: [String: String]
}
