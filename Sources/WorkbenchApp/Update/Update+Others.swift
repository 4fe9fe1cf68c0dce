import TerminalKit

extension WorkbenchApp {
    mutating func handleProblems(_ key: KeyEvent) -> [AppEffect] {
        guard let action = KeyMaps.problems.action(for: key) else { return [] }
        let count = state.overview.problems.count
        let height = ProblemsScreen.listHeight(width: state.width, height: state.height)
        switch action {
        case .up: state.problemsCursor.move(by: -1, count: count, height: height)
        case .down: state.problemsCursor.move(by: 1, count: count, height: height)
        case .pageUp: state.problemsCursor.move(by: -height, count: count, height: height)
        case .pageDown: state.problemsCursor.move(by: height, count: count, height: height)
        case .home: state.problemsCursor.move(by: -count, count: count, height: height)
        case .end: state.problemsCursor.move(by: count, count: count, height: height)
        case .back: state.screen = .browser
        case .help: state.overlay = .help(offset: 0)
        case .redraw: return [.redrawAll]
        case .quit: return [.quit]
        }
        return []
    }

    mutating func handleHelp(_ key: KeyEvent) -> [AppEffect] {
        guard case .help(let offset) = state.overlay, let action = KeyMaps.help.action(for: key) else { return [] }
        switch action {
        case .up: state.overlay = .help(offset: max(0, offset - 1))
        case .down:
            let limit = max(0, activeHelp.entries.count - HelpOverlay.visibleRows(width: state.width, height: state.height))
            state.overlay = .help(offset: min(limit, offset + 1))
        case .close:
            // Help opened from the search box goes back to it.
            state.overlay = state.helpReturnsToSearch ? .search : nil
            state.helpReturnsToSearch = false
        case .redraw: return [.redrawAll]
        case .quit:
            state.overlay = nil
            // Unsaved edits are asked about first.
            return state.editor != nil ? leaveEditor(quitting: true) : [.quit]
        }
        return []
    }
}
