import CurriculumKit
import TerminalKit

extension WorkbenchApp {
    mutating func handleEditor(_ key: KeyEvent) -> [AppEffect] {
        guard state.editor != nil else {
            state.screen = .browser
            return []
        }
        if state.editor?.modal != nil { return handleEditorModal(key) }
        if case .mouse = key { return [] }
        let action = KeyMaps.editor.action(for: key) ?? .field
        switch action {
        case .field: handleFieldKey(key)
        case .nextField: state.editor?.moveFocus(by: 1)
        case .previousField: state.editor?.moveFocus(by: -1)
        case .pageUp, .pageDown:
            let step = max(1, formHeight / 2)
            state.editor?.moveFocus(by: action == .pageUp ? -step : step)
        case .save: askForSaveMessage(then: .stay)
        case .undo: undo()
        case .redo: redo()
        case .addItem: addItemHere()
        case .deleteItem: askToDeleteItem()
        case .moveItemUp: moveItemHere(by: -1)
        case .moveItemDown: moveItemHere(by: 1)
        case .nextWarning: goToNextWarning()
        case .close: return leaveEditor(quitting: false)
        case .help: state.overlay = .help(offset: 0)
        case .redraw: return [.redrawAll]
        case .quit: return leaveEditor(quitting: true)
        }
        revealEditorFocus()
        return []
    }

    private var formHeight: Int {
        EditorScreen.areas(width: state.width, height: state.height).form.height
    }

    private var valueWidth: Int {
        EditorScreen.formLines(width: state.width, height: state.height).valueWidth
    }

    private mutating func report(_ result: EditResult) {
        if case .refused(let reason) = result { state.message = StatusMessage(kind: .error, text: reason) }
    }

    // MARK: The focused field

    private mutating func handleFieldKey(_ key: KeyEvent) {
        guard let row = state.editor?.focusedRow else { return }
        switch row.role {
        case .addItem(let shape):
            switch key {
            case .enter, .character(" "): report(state.editor!.addItem(to: row.path, shape: shape))
            case .up, .left: state.editor?.moveFocus(by: -1)
            case .down, .right: state.editor?.moveFocus(by: 1)
            default: break
            }
        case .field(let kind):
            switch kind {
            case .choice, .level: handleChoiceKey(key)
            case .picks: handlePicksKey(key, row: row, kind: kind)
            case .readOnly:
                switch key {
                case .up, .left: state.editor?.moveFocus(by: -1)
                case .down, .right, .enter: state.editor?.moveFocus(by: 1)
                case .character: state.message = StatusMessage(kind: .info, text: EditorScreen.usage(of: row, editor: state.editor!))
                default: break
                }
            default: handleTextKey(key, kind: kind)
            }
        default: break
        }
    }

    private mutating func handleTextKey(_ key: KeyEvent, kind: FieldKind) {
        guard var editor = state.editor else { return }
        let previous = editor
        if key == .enter && kind != .text {
            editor.moveFocus(by: 1)
            state.editor = editor
            return
        }
        if case .number = kind, case .character(let character) = key, !(character.isASCII && character.isNumber) {
            state.message = StatusMessage(kind: .error, text: "Only digits go in this field: \"\(character)\" was not typed.")
            return
        }
        if editor.replacesOnType {
            // The prefilled number is selected: a digit replaces it, any other key edits it.
            editor.replacesOnType = false
            if case .character = key { editor.area = TextArea(text: "", allowsNewlines: false) }
        }
        switch editor.area.handle(key, width: valueWidth) {
        case .edited:
            // Typing a word (and the spaces after it) is one undo step; any other edit is one of its own.
            let isSpace = key == .character(" ")
            let startsWord = previous.typedSpaceLast && !isSpace && previous.runHasWord
            if !(Self.isTyping(key) && previous.typingRun == previous.focus && !startsWord) {
                editor.pushUndo(previous.snapshot)
                editor.runHasWord = false
            }
            editor.typingRun = Self.isTyping(key) ? editor.focus : nil
            editor.typedSpaceLast = isSpace
            if Self.isTyping(key) && !isSpace { editor.runHasWord = true }
            let result = editor.commitTyping(previous: previous.area)
            if case .refused = result {
                editor.undoStack = previous.undoStack
                editor.redoStack = previous.redoStack
                editor.typingRun = previous.typingRun
                editor.typedSpaceLast = previous.typedSpaceLast
                editor.runHasWord = previous.runHasWord
            }
            state.editor = editor
            report(result)
        case .moved:
            editor.typingRun = nil
            state.editor = editor
        case .leftAtTop:
            editor.moveFocus(by: -1)
            state.editor = editor
        case .leftAtBottom:
            editor.moveFocus(by: 1, cursorAtEnd: false)
            state.editor = editor
        case .ignored:
            break
        }
    }

    private static func isTyping(_ key: KeyEvent) -> Bool {
        if case .character = key { return true }
        return false
    }

    private mutating func handleChoiceKey(_ key: KeyEvent) {
        switch key {
        case .left: state.editor?.cycleChoice(by: -1)
        case .right, .character(" "): state.editor?.cycleChoice(by: 1)
        case .up: state.editor?.moveFocus(by: -1)
        case .down, .enter: state.editor?.moveFocus(by: 1)
        case .character(let letter):
            if state.editor?.chooseWord(startingWith: letter) != true {
                state.message = StatusMessage(kind: .info, text: "No choice starts with \"\(letter)\": ← → go through them.")
            }
        default: break
        }
    }

    private mutating func handlePicksKey(_ key: KeyEvent, row: FormRow, kind: FieldKind) {
        guard let editor = state.editor else { return }
        let count = editor.options(for: kind, at: row.path).count
        switch key {
        case .left: state.editor?.pick = max(0, editor.pick - 1)
        case .right: state.editor?.pick = min(max(0, count - 1), editor.pick + 1)
        case .home: state.editor?.pick = 0
        case .end: state.editor?.pick = max(0, count - 1)
        case .character(" "), .character("x"), .enter:
            if count == 0 {
                state.message = StatusMessage(kind: .info, text: "Add learning outcomes first; then tick the ones this teaches.")
            } else {
                state.editor?.togglePick()
            }
        case .up: state.editor?.moveFocus(by: -1)
        case .down: state.editor?.moveFocus(by: 1)
        default: break
        }
    }

    // MARK: Undo, lists, warnings

    private mutating func undo() {
        guard var editor = state.editor, let last = editor.undoStack.popLast() else {
            state.message = StatusMessage(kind: .info, text: "Nothing to undo.")
            return
        }
        editor.redoStack.append(editor.snapshot)
        editor.restore(last)
        state.editor = editor
    }

    private mutating func redo() {
        guard var editor = state.editor, let next = editor.redoStack.popLast() else {
            state.message = StatusMessage(kind: .info, text: "Nothing to redo.")
            return
        }
        editor.undoStack.append(editor.snapshot)
        editor.restore(next)
        state.editor = editor
    }

    private mutating func addItemHere() {
        guard let editor = state.editor, let row = editor.focusedRow else { return }
        if case .addItem(let shape) = row.role {
            report(state.editor!.addItem(to: row.path, shape: shape))
        } else if let item = row.item {
            report(state.editor!.addItem(to: item.path.parent, shape: item.shape, after: item.path.lastIndex))
        } else {
            state.message = StatusMessage(
                kind: .info, text: "Ctrl-N adds to a list: go to learning outcomes, sessions, assessments, references, target groups or materials.")
        }
    }

    private mutating func askToDeleteItem() {
        guard let editor = state.editor, let item = editor.focusedRow?.item else {
            state.message = StatusMessage(kind: .info, text: "Ctrl-D deletes an item of a list; this field is not in one.")
            return
        }
        guard item.shape.canAddAndDelete else {
            state.message = StatusMessage(kind: .info, text: "The \(item.shape.noun)s are only put in order here.")
            return
        }
        let dialog = Dialog(
            title: "Delete", message: "Delete \(editor.describe(item))?",
            buttons: [Dialog.Button("Delete", shortcut: "d"), Dialog.Button("Cancel", shortcut: "c")],
            selectedButton: 1, cancelButton: 1)
        state.editor?.modal = .confirmDelete(item, dialog)
    }

    private mutating func moveItemHere(by step: Int) {
        guard let item = state.editor?.focusedRow?.item else {
            state.message = StatusMessage(kind: .info, text: "Only items of a list move up and down.")
            return
        }
        report(state.editor!.moveItem(item, by: step))
    }

    private mutating func goToNextWarning() {
        guard var editor = state.editor, !editor.findings.isEmpty else {
            state.message = StatusMessage(kind: .info, text: "No warnings: the checks find nothing to complete.")
            return
        }
        let index = ((editor.warningIndex ?? -1) + 1) % editor.findings.count
        editor.warningIndex = index
        let finding = editor.findings[index]
        if let target = EditorState.row(for: finding.pointer, in: editor.rows) {
            editor.focus(target)
        }
        state.editor = editor
        state.message = StatusMessage(
            kind: finding.severity == .error ? .error : .info, text: "\(index + 1)/\(editor.findings.count): \(finding.message)")
    }

    /// Scrolls the form so that the focused field's cursor line (or the whole field when it fits) is in view.
    mutating func revealEditorFocus() {
        guard let editor = state.editor else { return }
        let height = formHeight
        guard height > 0, let focused = editor.focusedRowIndex else { return }
        let layout = EditorScreen.formLines(width: state.width, height: state.height)
        let lines = layout.lines(of: editor)
        guard let first = lines.firstIndex(where: { $0.row == focused }) else { return }
        let last = lines.lastIndex { $0.row == focused } ?? first
        let cursorLine = lines.indices.first { lines[$0].row == focused && lines[$0].cursorColumn != nil } ?? first
        var scroll = editor.scroll
        // Show the item's heading above a first field, and the section title above the first row.
        let context = max(0, first - (lines[max(0, first - 1)].value.isEmpty ? 1 : 0))
        if cursorLine < scroll { scroll = cursorLine }
        if context < scroll && last - context < height { scroll = context }
        if cursorLine >= scroll + height { scroll = cursorLine - height + 1 }
        if last >= scroll + height && last - first < height { scroll = max(scroll, last - height + 1) }
        scroll = min(max(0, scroll), max(0, lines.count - height))
        state.editor?.scroll = scroll
    }
}
