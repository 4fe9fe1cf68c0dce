import CurriculumKit
import TerminalKit

/// The header (folder, user, role) and the footer (key hints or a message) around every screen.
enum Chrome {
    static func renderHeader(_ state: WorkbenchState, into buffer: inout Buffer, area: Rect) {
        let errors = state.overview.errorCount
        let problems = errors > 0 ? "  ⚠ \(Plural.count(errors, "problem", "problems")) (!)" : ""
        let user = state.user.isEmpty ? "no user" : state.user
        let right = "\(user) · \(state.roleText) "
        // On a narrow terminal the product name gives way, so the problem count stays in view.
        var left = " Curriculum Workbench · \(state.folderName)\(problems)"
        if !problems.isEmpty, DisplayWidth.of(left) + DisplayWidth.of(right) + 2 > area.width {
            left = " \(state.folderName)\(problems)"
        }
        StatusBar(left: left, right: right, style: .statusBar).render(into: &buffer, area: area)
    }

    static func renderFooter(_ state: WorkbenchState, into buffer: inout Buffer, area: Rect) {
        if let message = state.message {
            let style: Style = message.kind == .error ? .error : .emphasis
            // A long message takes up to two rows above the footer too, so it is read whole.
            let lines = Array(message.text.wrapped(toWidth: max(1, area.width - 2)).prefix(3))
            for (index, line) in lines.enumerated() {
                let row = Rect(x: area.x, y: area.y - (lines.count - 1) + index, width: area.width, height: 1)
                buffer.fill(row)
                buffer.write(" " + line, in: row, style: style)
            }
            return
        }
        let position = position(state)
        let room = area.width - 3 - (position.isEmpty ? 0 : DisplayWidth.of(position) + 1)
        StatusBar(left: " " + hints(state, fitting: room), right: position, style: .muted).render(into: &buffer, area: area)
    }

    private static func hints(_ state: WorkbenchState, fitting width: Int) -> String {
        if case .help = state.overlay { return KeyMaps.help.footerHints(fitting: width) }
        if state.newModule != nil { return "Enter create  Tab other field  Esc cancel" }
        if state.overlay == .search { return KeyMaps.search.footerHints(fitting: width) }
        switch state.screen {
        case .browser: return KeyMaps.browser.footerHints(fitting: width)
        case .reader: return state.reader?.prompt != nil ? "Enter post  Esc cancel" : KeyMaps.reader.footerHints(fitting: width)
        case .problems: return KeyMaps.problems.footerHints(fitting: width)
        case .printPreview:
            switch state.printPreview?.prompt {
            case .path?: return "Enter write  Esc cancel"
            case .replace?: return "y replace  n other name"
            case nil: return KeyMaps.printPreview.footerHints(fitting: width)
            }
        case .history:
            return state.history?.confirmRestore != nil ? "← → choose  Enter confirm  Esc cancel" : KeyMaps.history.footerHints(fitting: width)
        case .merge: return state.merge?.editing != nil ? "Enter take this value  Esc back" : KeyMaps.merge.footerHints(fitting: width)
        case .editor:
            switch state.editor?.modal {
            case .saveMessage?: return "Enter save  Esc cancel"
            case .confirmDelete?, .leave?, .restoreDraft?: return "← → choose  Enter confirm  Esc cancel"
            case nil: return KeyMaps.editor.footerHints(fitting: width)
            }
        }
    }

    private static func position(_ state: WorkbenchState) -> String {
        guard state.screen == .browser, state.selectedTopic != nil else { return "" }
        return "topic \(state.topicCursor.index + 1)/\(state.store.topics.count) "
    }
}
