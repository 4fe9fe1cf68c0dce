import CurriculumKit
import TerminalKit

extension WorkbenchApp {
    /// `H`: the history of the selected module (or the one in the reader).
    mutating func openHistory() {
        let entry = state.screen == .reader ? state.readerModule : state.selectedModule
        guard let entry else {
            state.message = StatusMessage(kind: .info, text: "Select a module first.")
            return
        }
        let record = state.store.withHistory(entry.record)
        guard !record.history.isEmpty else {
            state.message = StatusMessage(kind: .error, text: "No revision of this module can be read.")
            return
        }
        let area = HistoryScreen.areas(width: state.width, height: state.height)
        state.history = HistoryState(
            topic: entry.topic, module: entry.id, title: entry.module?.title ?? entry.id, entries: record.history,
            diff: TextView(viewportWidth: max(1, area.diff.width), viewportHeight: max(1, area.diff.height)),
            returnTo: state.screen)
        state.screen = .history
        showSelectedChanges()
    }

    mutating func handleHistory(_ key: KeyEvent) -> [AppEffect] {
        guard var history = state.history else {
            state.screen = .browser
            return []
        }
        if var dialog = history.confirmRestore {
            if let button = dialog.activatedButton(for: key) {
                state.history?.confirmRestore = nil
                if button == 0 { restoreSelected() }
            } else if dialog.handle(key) {
                history.confirmRestore = dialog
                state.history = history
            }
            return []
        }
        guard let action = KeyMaps.history.action(for: key) else { return [] }
        let rows = HistoryScreen.listRows(width: state.width, height: state.height)
        switch action {
        case .up, .down, .home, .end:
            let delta = action == .up ? -1 : action == .down ? 1 : action == .home ? -history.entries.count : history.entries.count
            history.cursor.move(by: delta, count: history.entries.count, height: rows)
            state.history = history
            showSelectedChanges()
        case .scrollUp: state.history?.diff.scroll(by: -max(1, history.diff.viewportHeight - 1))
        case .scrollDown: state.history?.diff.scroll(by: max(1, history.diff.viewportHeight - 1))
        case .compare:
            state.history?.comparison = history.comparison == .parent ? .current : .parent
            showSelectedChanges()
        case .mark:
            guard let selected = history.selected.flatMap({ RevisionID($0.id) }) else { return [] }
            if case .marked(let marked) = history.comparison, marked == selected {
                state.history?.comparison = .parent
            } else {
                state.history?.comparison = .marked(selected)
                state.message = StatusMessage(kind: .info, text: "Compared with \(selected): move to another revision to see what differs; v again stops.")
            }
            showSelectedChanges()
        case .restore: askToRestore()
        case .merge: openMerge(topic: history.topic, module: history.module)
        case .back: closeHistory()
        case .help: state.overlay = .help(offset: 0)
        case .redraw: return [.redrawAll]
        case .quit: return [.quit]
        }
        return []
    }

    /// Works out what the selected revision changed against its parent, or what changed since it.
    mutating func showSelectedChanges() {
        guard var history = state.history, let selected = history.selected,
            let entry = state.store.topic(named: history.topic)?.modules.first(where: { $0.id == history.module }),
            let selectedID = RevisionID(selected.id)
        else { return }
        let current = history.entries.first(where: \.isCurrent).flatMap { RevisionID($0.id) }
        do {
            let selectedDocument = try state.store.moduleRevision(entry, id: selectedID).document
            switch history.comparison {
            case .parent:
                if let parent = selected.parents.first.flatMap({ RevisionID($0) }) {
                    let parentDocument = try state.store.moduleRevision(entry, id: parent).document
                    history.diff.lines = DiffLines.lines(DocumentDiff.changes(from: parentDocument, to: selectedDocument))
                    let merge = selected.parents.count > 1 ? " (a merge of \(Plural.count(selected.parents.count, "version", "versions")))" : ""
                    history.diffTitle = "What \(selected.id) changed\(merge)"
                } else {
                    history.diff.lines = DiffLines.lines(
                        DocumentDiff.changes(from: .object([:]), to: DocumentCoding.documentTree(of: selectedDocument)))
                    history.diffTitle = "\(selected.id) created the module"
                }
            case .marked(let marked):
                guard marked != selectedID else {
                    history.diff.lines = [[Span("This is the revision marked with v: move to another one.", style: .muted)]]
                    history.diffTitle = "Compare with \(marked)"
                    break
                }
                let markedDocument = try state.store.moduleRevision(entry, id: marked).document
                history.diff.lines = DiffLines.lines(DocumentDiff.changes(from: markedDocument, to: selectedDocument))
                history.diffTitle = "From \(marked) to \(selected.id)"
            case .current:
                guard let current, current != selectedID else {
                    history.diff.lines = [[Span("This is the current version.", style: .muted)]]
                    history.diffTitle = "Changes since \(selected.id)"
                    break
                }
                let currentDocument = try state.store.moduleRevision(entry, id: current).document
                history.diff.lines = DiffLines.lines(DocumentDiff.changes(from: selectedDocument, to: currentDocument))
                history.diffTitle = "Changes from \(selected.id) to the current version"
            }
        } catch {
            history.diff.lines = [[Span("This revision cannot be read: \(error.message)", style: .error)]]
            history.diffTitle = selected.id
        }
        history.diff.scroll(to: 0)
        state.history = history
    }

    private mutating func askToRestore() {
        guard let history = state.history, let selected = history.selected else { return }
        if selected.isCurrent {
            state.message = StatusMessage(kind: .info, text: "This is already the current version.")
            return
        }
        if history.headCount > 1 {
            state.message = StatusMessage(kind: .error, text: "This module has diverged: merge its versions (m) before restoring an old one.")
            return
        }
        state.history?.confirmRestore = Dialog(
            title: "Restore",
            message: "Write the content of revision \(selected.id) (\(selected.author), \(Timestamp.readable(selected.time))) as a new revision? Nothing in between is lost: it stays in the history.",
            buttons: [Dialog.Button("Restore", shortcut: "r"), Dialog.Button("Cancel", shortcut: "c")],
            selectedButton: 1, cancelButton: 1)
    }

    private mutating func restoreSelected() {
        guard let history = state.history, let selected = history.selected, let id = RevisionID(selected.id) else { return }
        do {
            let result = try state.store.restoreModule(
                topic: history.topic, module: history.module, revision: id, author: state.user)
            state.searchIndex = nil
            reloadHistory()
            state.message = StatusMessage(kind: .info, text: "Restored \(selected.id) as revision \(result.id).")
        } catch {
            state.message = StatusMessage(kind: .error, text: "Not restored: \(error.message)")
        }
    }

    /// Reads the history again after a write, selecting the newest revision.
    mutating func reloadHistory() {
        guard let history = state.history,
            let entry = state.store.topic(named: history.topic)?.modules.first(where: { $0.id == history.module })
        else { return }
        state.history?.entries = state.store.withHistory(entry.record).history
        state.history?.title = entry.module?.title ?? history.title
        state.history?.cursor = ListCursor()
        showSelectedChanges()
    }

    private mutating func closeHistory() {
        guard let history = state.history else { return }
        state.history = nil
        state.screen = .browser
        select(topic: history.topic, module: history.module)
        if history.returnTo == .reader { openReader() }
    }
}
