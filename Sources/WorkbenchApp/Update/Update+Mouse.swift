import TerminalKit

extension WorkbenchApp {
    /// Mouse events, reported only with `--mouse`: the wheel scrolls what is under the pointer,
    /// a click selects a topic or module, and a click on the selected module opens it.
    mutating func handleMouse(_ event: MouseEvent) -> [AppEffect] {
        let wheel = event.kind == .scrollUp ? -3 : event.kind == .scrollDown ? 3 : 0
        switch state.screen {
        case .browser:
            return browserMouse(event, wheel: wheel)
        case .reader:
            // Three rows a notch, as the arrow keys move them.
            for _ in 0..<abs(wheel) { _ = handleReader(wheel < 0 ? .up : .down) }
        case .problems:
            if wheel != 0 { _ = handleProblems(wheel < 0 ? .up : .down) }
        case .printPreview:
            if wheel != 0 { state.printPreview?.view.scroll(by: wheel) }
        case .history:
            if wheel != 0 { state.history?.diff.scroll(by: wheel) }
        case .merge:
            break
        case .editor:
            if wheel != 0, state.editor?.modal == nil { state.editor?.moveFocus(by: wheel < 0 ? -1 : 1) }
            revealEditorFocus()
        }
        return []
    }

    private mutating func browserMouse(_ event: MouseEvent, wheel: Int) -> [AppEffect] {
        let body = Layout(width: state.width, height: state.height).body
        guard
            let (pane, area) = Layout.browserPanes(body: body, focus: state.focus)
                .first(where: { $0.area.contains(x: event.x, y: event.y) })
        else { return [] }
        let height = Layout.innerHeight(body)
        if wheel != 0 {
            switch pane {
            case .topics:
                state.topicCursor.move(by: wheel.signum(), count: state.store.topics.count, height: height)
                state.previewOffset = 0
            case .modules:
                let visible = Layout.moduleRowsVisible(height)
                state.moduleCursor.move(by: wheel.signum(), count: state.selectedTopic?.modules.count ?? 0, height: visible)
                state.previewOffset = 0
            case .preview:
                state.previewOffset = max(0, state.previewOffset + wheel)
            }
            return []
        }
        guard event.kind == .leftPress else { return [] }
        // The first row inside the box's border.
        let row = event.y - (area.y + 1)
        guard row >= 0, row < height, event.x > area.x, event.x < area.x + area.width - 1 else { return [] }
        switch pane {
        case .topics:
            let cursor = state.topicCursor.revealed(height: height, count: state.store.topics.count)
            let index = cursor.offset + row
            guard index < state.store.topics.count else { return [] }
            state.focus = .topics
            if index != state.topicCursor.index { state.previewOffset = 0 }
            state.topicCursor.select(index, count: state.store.topics.count, height: height)
        case .modules:
            let count = state.selectedTopic?.modules.count ?? 0
            let visible = Layout.moduleRowsVisible(height)
            let index = state.moduleCursor.revealed(height: visible, count: count).offset + row / 2
            guard index < count else { return [] }
            if state.focus == .modules, index == state.moduleCursor.index {
                openReader()
                return []
            }
            state.focus = .modules
            state.previewOffset = 0
            state.moduleCursor.select(index, count: count, height: visible)
        case .preview:
            if state.selectedModule != nil { state.focus = .preview }
        }
        return []
    }
}
