import TerminalKit

extension WorkbenchApp {
    mutating func handleBrowser(_ key: KeyEvent) -> [AppEffect] {
        guard let action = KeyMaps.browser.action(for: key) else { return [] }
        let height = Layout.innerHeight(Layout(width: state.width, height: state.height).body)
        switch action {
        case .up: moveSelection(by: -1, height: height)
        case .down: moveSelection(by: 1, height: height)
        case .pageUp: moveSelection(by: -height, height: height)
        case .pageDown: moveSelection(by: height, height: height)
        case .home: moveSelection(by: -Int.max / 2, height: height)
        case .end: moveSelection(by: Int.max / 2, height: height)
        case .previousPane:
            state.focus = WorkbenchState.Pane(rawValue: max(0, state.focus.rawValue - 1)) ?? .topics
        case .nextPane:
            if state.focus == .topics, state.selectedTopic?.modules.isEmpty ?? true {
                state.message = StatusMessage(kind: .info, text: "This topic has no modules yet.")
            } else {
                state.focus = WorkbenchState.Pane(rawValue: min(2, state.focus.rawValue + 1)) ?? .preview
            }
        case .cyclePane:
            if state.focus == .preview {
                state.focus = .topics
            } else {
                return handleBrowser(.right)
            }
        case .cyclePaneBack:
            if state.focus == .topics, state.selectedModule != nil {
                state.focus = .preview
            } else {
                return handleBrowser(.left)
            }
        case .open:
            if state.focus == .topics {
                return handleBrowser(.right)
            }
            openReader()
        case .search: openSearch()
        case .nextHit: jumpToHit(by: 1)
        case .previousHit: jumpToHit(by: -1)
        case .edit: editSelection()
        case .newModule: askForNewModule()
        case .history: openHistory()
        case .print: openPrintPreview()
        case .problems:
            state.screen = .problems
        case .help: state.overlay = .help(offset: 0)
        case .redraw: return [.redrawAll]
        case .quit: return [.quit]
        }
        return []
    }

    private mutating func moveSelection(by delta: Int, height: Int) {
        switch state.focus {
        case .topics:
            state.topicCursor.move(by: delta, count: state.store.topics.count, height: height)
            state.previewOffset = 0
        case .modules:
            let visible = Layout.moduleRowsVisible(height)
            let step = abs(delta) == height ? delta.signum() * visible : delta
            state.moduleCursor.move(by: step, count: state.selectedTopic?.modules.count ?? 0, height: visible)
            state.previewOffset = 0
        case .preview:
            state.previewOffset = max(0, state.previewOffset + max(-10_000, min(10_000, delta)))
        }
    }

    /// Opens the reader on the selected module.
    mutating func openReader() {
        guard let entry = state.selectedModule else {
            state.message = StatusMessage(kind: .info, text: "Select a module first.")
            return
        }
        guard let module = entry.module else {
            let reason = entry.record.problems.first.map { "\($0.file): \($0.message)" } ?? "it has no revisions"
            state.message = StatusMessage(kind: .error, text: "This module cannot be read: \(reason)")
            return
        }
        let sections = ModuleContent.sections(of: module, findings: state.findings(for: entry))
        state.reader = ReaderState(
            topic: entry.topic, module: entry.id, sections: ReviewComments.adding(entry.commentThreads, to: sections))
        state.screen = .reader
    }

    /// Selects the module `id` of `topic` in the browser.
    mutating func select(topic: String, module: String) {
        guard let topicIndex = state.store.topics.firstIndex(where: { $0.id == topic }),
            let moduleIndex = state.store.topics[topicIndex].modules.firstIndex(where: { $0.id == module })
        else { return }
        let height = Layout.innerHeight(Layout(width: state.width, height: state.height).body)
        state.topicCursor.select(topicIndex, count: state.store.topics.count, height: height)
        state.moduleCursor.select(
            moduleIndex, count: state.store.topics[topicIndex].modules.count, height: Layout.moduleRowsVisible(height))
        state.focus = .modules
        state.previewOffset = 0
    }
}
