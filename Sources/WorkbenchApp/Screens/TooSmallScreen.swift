import TerminalKit

/// What is drawn when the terminal is smaller than the workbench needs: the sizes, and the
/// editor's question when it is asking one (unsaved changes on `q`), as plain lines.
enum TooSmallScreen {
    private enum Line {
        case text(String)
        case field(TextField)
    }

    static func render(_ state: WorkbenchState, into buffer: inout Buffer) {
        var lines: [Line] = [
            .text("Terminal too small:"),
            .text("need \(WorkbenchState.minimumWidth)×\(WorkbenchState.minimumHeight), now \(state.width)×\(state.height)."),
        ]
        switch state.editor?.modal {
        case nil:
            lines.append(.text("Enlarge the window, or press q to quit."))
        case .confirmDelete(_, let dialog)?, .leave(let dialog, _)?, .restoreDraft(_, let dialog)?:
            let question = (dialog.title + ": " + dialog.message).wrapped(toWidth: max(1, state.width - 2))
            let answers = dialog.buttons.map { button in
                button.shortcut.map { "\($0) \(button.title.lowercased())" } ?? button.title
            }
            lines += [.text("")] + question.map(Line.text) + [.text(answers.joined(separator: " · "))]
        case .saveMessage(let field, _)?:
            lines += [.text(""), .text("What did you change?"), .field(field), .text("Enter save · Esc cancel")]
        }
        let top = max(0, (state.height - lines.count) / 2)
        for (index, line) in lines.enumerated() where top + index < state.height {
            let row = Rect(x: 0, y: top + index, width: state.width, height: 1)
            switch line {
            case .text(let text):
                buffer.write(text, in: row, alignment: .center)
            case .field(var field):
                field.viewportWidth = max(1, state.width - 2)
                field.render(into: &buffer, area: row.paddedHorizontally(1), isFocused: true)
            }
        }
    }
}
