import CurriculumKit
import TerminalKit

/// What the main loop must do after an event: the app itself never touches the terminal or files.
public enum AppEffect: Hashable, Sendable {
    case quit
    /// Clear the terminal and draw everything again (Ctrl-L).
    case redrawAll
}

/// The workbench's screens: `handle` turns a key into a new state, `render` draws the state.
public struct WorkbenchApp: Sendable {
    public internal(set) var state: WorkbenchState

    public init(state: WorkbenchState) {
        self.state = state
    }

    /// Handles one input event.
    public mutating func handle(_ key: KeyEvent) -> [AppEffect] {
        if case .resize = key { return [] }
        if state.isTooSmall {
            switch key {
            case .control("c") where state.editor?.isDirty == true:
                // A forced quit: keep the edits as a draft, offered back next time.
                flushDraft()
                return [.quit]
            case _ where state.editor?.modal != nil:
                // The editor's question is drawn small (`TooSmallScreen`) and answered as usual.
                return handleEditorModal(key)
            case .character("q") where state.editor != nil:
                // As Esc does: unsaved changes are asked about first.
                return leaveEditor(quitting: true)
            case .character("q"), .control("c"): return [.quit]
            case .control("l"): return [.redrawAll]
            default: return []
            }
        }
        switch state.overlay {
        case .help: return handleHelp(key)
        case .search: return handleSearch(key)
        case nil: break
        }
        if state.newModule != nil { return handleNewModule(key) }
        if case .mouse(let event) = key {
            return state.overlay == nil ? handleMouse(event) : []
        }
        if state.message != nil { state.message = nil }
        switch state.screen {
        case .browser: return handleBrowser(key)
        case .reader: return handleReader(key)
        case .problems: return handleProblems(key)
        case .printPreview: return handlePrintPreview(key)
        case .editor: return handleEditor(key)
        case .history: return handleHistory(key)
        case .merge: return handleMerge(key)
        }
    }

    /// The terminal changed size: lay out again at once.
    public mutating func resize(width: Int, height: Int) {
        state.width = max(0, width)
        state.height = max(0, height)
        revealSelections()
        if state.printPreview != nil { renderOutline() }
        if case .path(var field)? = state.printPreview?.prompt {
            field.viewportWidth = PrintPreviewScreen.fieldWidth(screenWidth: state.width)
            state.printPreview?.prompt = .path(field)
        }
        if state.newModule != nil {
            let width = NewModuleDialog.fieldWidth(screenWidth: state.width)
            state.newModule?.title.viewportWidth = width
            state.newModule?.id.viewportWidth = width
        }
        if case .saveMessage(var field, let then)? = state.editor?.modal {
            field.viewportWidth = EditorScreen.saveFieldWidth(screenWidth: state.width)
            state.editor?.modal = .saveMessage(field, then: then)
        }
        if state.editor != nil { revealEditorFocus() }
        if state.history != nil {
            let diff = HistoryScreen.areas(width: state.width, height: state.height).diff
            state.history?.diff.viewportWidth = max(1, diff.width)
            state.history?.diff.viewportHeight = max(1, diff.height)
        }
    }

    /// Draws the current state.
    public func render() -> Buffer {
        var buffer = Buffer(width: state.width, height: state.height)
        if state.isTooSmall {
            TooSmallScreen.render(state, into: &buffer)
            return buffer
        }
        let layout = Layout(width: state.width, height: state.height)
        Chrome.renderHeader(state, into: &buffer, area: layout.header)
        switch state.screen {
        case .browser: BrowserScreen.render(state, into: &buffer, area: layout.body)
        case .reader: ReaderScreen.render(state, into: &buffer, area: layout.body)
        case .problems: ProblemsScreen.render(state, into: &buffer, area: layout.body)
        case .printPreview: PrintPreviewScreen.render(state, into: &buffer, area: layout.body)
        case .editor: EditorScreen.render(state, into: &buffer, area: layout.body)
        case .history: HistoryScreen.render(state, into: &buffer, area: layout.body)
        case .merge: MergeScreen.render(state, into: &buffer, area: layout.body)
        }
        if let prompt = state.newModule { NewModuleDialog.render(prompt, into: &buffer, area: layout.body) }
        switch state.overlay {
        case .help(let offset): HelpOverlay.render(state, offset: offset, into: &buffer, area: layout.body)
        case .search: SearchOverlay.render(state, into: &buffer, area: layout.body)
        case nil: break
        }
        Chrome.renderFooter(state, into: &buffer, area: layout.footer)
        return buffer
    }

    /// The key map of what is on screen now, for help and the footer.
    var activeHelp: (title: String, entries: [(keys: String, help: String)]) {
        if state.overlay == .search || state.helpReturnsToSearch { return (KeyMaps.search.title, KeyMaps.search.helpEntries) }
        switch state.screen {
        case .browser: return (KeyMaps.browser.title, KeyMaps.browser.helpEntries)
        case .reader: return (KeyMaps.reader.title, KeyMaps.reader.helpEntries)
        case .problems: return (KeyMaps.problems.title, KeyMaps.problems.helpEntries)
        case .printPreview: return (KeyMaps.printPreview.title, KeyMaps.printPreview.helpEntries)
        case .editor: return (KeyMaps.editor.title, KeyMaps.editor.helpEntries)
        case .history: return (KeyMaps.history.title, KeyMaps.history.helpEntries)
        case .merge: return (KeyMaps.merge.title, KeyMaps.merge.helpEntries)
        }
    }

    mutating func revealSelections() {
        let body = Layout(width: state.width, height: state.height).body
        let height = Layout.innerHeight(body)
        state.topicCursor.reveal(height: height, count: state.store.topics.count)
        if let topic = state.selectedTopic {
            state.moduleCursor.reveal(height: Layout.moduleRowsVisible(height), count: topic.modules.count)
        }
    }
}
