import CurriculumKit
import Foundation
import TerminalKit

/// Opening and closing the editor, saving, and the local drafts that keep unsaved work.
extension WorkbenchApp {
    // MARK: Opening

    /// Opens the selected module in the editor (or, from the topics pane, the topic).
    mutating func editSelection() {
        if state.screen == .browser && state.focus == .topics {
            guard let topic = state.selectedTopic else { return }
            editTopic(topic)
            return
        }
        let entry = state.screen == .reader ? state.readerModule : state.selectedModule
        guard let entry else {
            state.message = StatusMessage(kind: .info, text: "Select a module first (or press n for a new one).")
            return
        }
        editModule(entry)
    }

    mutating func editModule(_ entry: ModuleEntry) {
        guard canWrite() else { return }
        guard let current = entry.record.current else {
            let reason = entry.record.problems.first.map { "\($0.file): \($0.message)" } ?? "it has no revisions"
            state.message = StatusMessage(kind: .error, text: "This module cannot be edited: \(reason)")
            return
        }
        let editor = EditorState(
            kind: .module, topic: entry.topic, id: entry.id, base: current.id,
            document: DocumentCoding.documentTree(of: current.document), returnTo: state.screen, knownModules: state.overview.moduleIDs,
            file: current.file)
        openEditor(editor, diverged: entry.record.isDiverged)
    }

    mutating func editTopic(_ entry: TopicEntry) {
        guard canWrite() else { return }
        guard let current = entry.record.current else {
            state.message = StatusMessage(kind: .error, text: "This topic's document cannot be read, so it cannot be edited.")
            return
        }
        let editor = EditorState(
            kind: .topic, topic: entry.id, id: entry.id, base: current.id,
            document: DocumentCoding.documentTree(of: current.document), returnTo: state.screen, knownModules: [],
            file: current.file)
        openEditor(editor, diverged: entry.record.isDiverged)
    }

    private mutating func openEditor(_ editor: EditorState, diverged: Bool) {
        state.editor = editor
        state.screen = .editor
        if diverged {
            state.message = StatusMessage(
                kind: .info, text: "This document has diverged (two people saved from the same version); you are editing the newest one.")
        }
        offerDraft()
        revealEditorFocus()
    }

    /// Whether the user may write; says why not when they may not.
    private mutating func canWrite() -> Bool {
        if state.user.isEmpty {
            state.message = StatusMessage(kind: .error, text: "No user name is known: start with --user NAME or set WORKBENCH_USER.")
            return false
        }
        if !state.store.catalog.canWrite(state.user) {
            state.message = StatusMessage(
                kind: .error, text: "\(state.user) is not a member of this folder's catalog: you can read and print, not edit.")
            return false
        }
        return true
    }

    // MARK: Drafts

    /// After opening: a draft left by an earlier session is offered back, showing what it changes.
    private mutating func offerDraft() {
        guard let drafts = state.drafts, let editor = state.editor else { return }
        let draft: Draft?
        do {
            draft = try drafts.read(kind: editor.kind, topic: editor.topic, id: editor.id)
        } catch {
            state.message = StatusMessage(kind: .error, text: error.message + " (it is left where it is)")
            return
        }
        guard let draft else { return }
        if draft.document == editor.saved {
            drafts.remove(kind: editor.kind, topic: editor.topic, id: editor.id)
            return
        }
        state.editor?.modal = .restoreDraft(draft, Self.restoreDialog(draft, editor: editor, width: state.width))
    }

    private static func restoreDialog(_ draft: Draft, editor: EditorState, width: Int) -> Dialog {
        let changes = DraftChanges.describe(from: editor.saved, to: draft.document)
        var message = "Changes to this \(editor.kind.rawValue) were not saved (kept \(Timestamp.readable(draft.time))):\n"
        let shown = changes.prefix(6)
        message += shown.map { "• " + $0 }.joined(separator: "\n")
        if changes.count > shown.count { message += "\n• …and \(changes.count - shown.count) more" }
        if let base = draft.base, base != editor.base {
            message += "\n\nSomeone saved a newer version since. Saving the restored changes keeps both versions (the module shows as diverged); nothing is lost."
        }
        message += "\n\nRestore them?"
        return Dialog(
            title: "Unsaved changes found", message: message,
            buttons: [
                Dialog.Button("Restore", shortcut: "r"), Dialog.Button("Discard them", shortcut: "d"),
                Dialog.Button("Not now", shortcut: "n"),
            ],
            selectedButton: 0, cancelButton: 2, maxWidth: min(90, max(40, width - 4)))
    }

    /// Writes the draft when the document changed since the last write and a few seconds
    /// went by; called by the main loop between keys with its clock in seconds.
    public mutating func tick(now: Double) {
        guard let editor = state.editor, editor.draftPending else { return }
        if let last = editor.lastDraftWrite, now - last < Self.draftInterval { return }
        writeDraft(now: now)
    }

    /// How often, at most, the draft is written while typing.
    public static let draftInterval = 2.0

    /// Writes the draft now if anything is unwritten: before the process ends on a signal.
    public mutating func flushDraft(now: Double = 0) {
        guard state.editor?.draftPending == true else { return }
        writeDraft(now: now)
    }

    private mutating func writeDraft(now: Double) {
        guard let drafts = state.drafts, let editor = state.editor else { return }
        state.editor?.lastDraftWrite = now
        state.editor?.draftPending = false
        if !editor.isDirty {
            drafts.remove(kind: editor.kind, topic: editor.topic, id: editor.id)
            state.editor?.draftProblem = nil
            return
        }
        let draft = Draft(
            kind: editor.kind, topic: editor.topic, id: editor.id, base: editor.base, time: Timestamp.now(),
            document: editor.document)
        do {
            try drafts.write(draft)
            state.editor?.draftProblem = nil
        } catch {
            if editor.draftProblem == nil {
                state.message = StatusMessage(kind: .error, text: "Your unsaved changes cannot be kept as a draft: \(error.message). Save soon.")
            }
            state.editor?.draftProblem = error.message
        }
    }

    // MARK: Questions

    mutating func handleEditorModal(_ key: KeyEvent) -> [AppEffect] {
        guard let modal = state.editor?.modal else { return [] }
        if key == .control("l") { return [.redrawAll] }
        switch modal {
        case .saveMessage(var field, let then):
            switch key {
            case .escape, .control("c"):
                state.editor?.modal = nil
                state.message = StatusMessage(kind: .info, text: "Not saved; your changes are still here.")
            case .enter:
                let message = field.text.trimmingCharacters(in: .whitespaces)
                guard !message.isEmpty else {
                    state.message = StatusMessage(kind: .error, text: "Write a few words about what changed; they go into the history.")
                    return []
                }
                state.editor?.modal = nil
                return save(message: message, then: then)
            default:
                _ = field.handle(key)
                state.editor?.modal = .saveMessage(field, then: then)
            }
        case .confirmDelete(let item, var dialog):
            if let button = dialog.activatedButton(for: key) {
                state.editor?.modal = nil
                if button == 0, let done = state.editor?.deleteItem(item) {
                    state.message = StatusMessage(kind: .info, text: done)
                    revealEditorFocus()
                }
            } else if dialog.handle(key) {
                state.editor?.modal = .confirmDelete(item, dialog)
            }
        case .leave(var dialog, let quitting):
            if let button = dialog.activatedButton(for: key) {
                state.editor?.modal = nil
                switch button {
                case 0: askForSaveMessage(then: quitting ? .quit : .close)
                case 1: return discardAndLeave(quitting: quitting)
                default: break
                }
            } else if dialog.handle(key) {
                state.editor?.modal = .leave(dialog, quitting: quitting)
            }
        case .restoreDraft(let draft, var dialog):
            if let button = dialog.activatedButton(for: key) {
                state.editor?.modal = nil
                switch button {
                case 0: restore(draft)
                case 1:
                    if let editor = state.editor { state.drafts?.remove(kind: editor.kind, topic: editor.topic, id: editor.id) }
                    state.message = StatusMessage(kind: .info, text: "The unsaved changes were discarded.")
                default:
                    // Leave the editor without touching the draft: it is offered again next time.
                    let effects = closeEditor()
                    state.message = StatusMessage(
                        kind: .info, text: "The unsaved changes are kept aside; they are offered again when you edit this.")
                    return effects
                }
            } else if dialog.handle(key) {
                state.editor?.modal = .restoreDraft(draft, dialog)
            }
        }
        return []
    }

    private mutating func restore(_ draft: Draft) {
        guard var editor = state.editor else { return }
        editor.recordUndo()
        editor.document = draft.document
        editor.base = draft.base ?? editor.base
        editor.relayout()
        editor.focus(editor.focus)
        editor.documentChanged()
        state.editor = editor
        state.message = StatusMessage(kind: .info, text: "Restored. Press Ctrl-S to save them, or Ctrl-Z to go back to the saved version.")
    }

    // MARK: Saving and leaving

    mutating func askForSaveMessage(then: AfterSave) {
        guard let editor = state.editor else { return }
        guard editor.isDirty else {
            if then == .stay {
                state.message = StatusMessage(kind: .info, text: "Nothing to save: no changes since revision \(editor.base?.description ?? "")." )
                return
            }
            _ = closeEditor()
            return
        }
        if let unchosen = editor.unchosenRows.first {
            state.editor?.focus(unchosen.focus)
            revealEditorFocus()
            state.message = StatusMessage(kind: .error, text: "Not saved yet: " + editor.unchosenMessage(unchosen) + ".")
            return
        }
        let field = TextField(
            placeholder: "e.g. Added a session on the local migration profile",
            viewportWidth: EditorScreen.saveFieldWidth(screenWidth: state.width), maxLength: 200)
        state.editor?.modal = .saveMessage(field, then: then)
    }

    /// Writes the edited document as a new revision on the revision the edit started from.
    private mutating func save(message: String, then: AfterSave) -> [AppEffect] {
        guard var editor = state.editor else { return [] }
        if let unchosen = editor.unchosenRows.first {
            editor.focus(unchosen.focus)
            state.editor = editor
            revealEditorFocus()
            return saveFailed(editor.unchosenMessage(unchosen))
        }
        let result: SaveResult
        do {
            switch editor.kind {
            case .module:
                let module = try DocumentCoding.decodeDocument(Module.self, fromTree: editor.document)
                result = try state.store.saveModule(module, base: editor.base, author: state.user, message: message)
            case .topic:
                let topic = try DocumentCoding.decodeDocument(Topic.self, fromTree: editor.document)
                result = try state.store.saveTopic(topic, base: editor.base, author: state.user, message: message)
            }
        } catch let error as StoreError {
            return saveFailed(error.message)
        } catch {
            return saveFailed(String(describing: error))
        }
        editor.base = result.id
        editor.saved = editor.document
        editor.draftPending = false
        state.drafts?.remove(kind: editor.kind, topic: editor.topic, id: editor.id)
        state.editor = editor
        state.searchIndex = nil
        if result.isDiverged {
            state.message = StatusMessage(
                kind: .info,
                text: "Saved as revision \(result.id), but someone else saved this \(editor.kind.rawValue) meanwhile: it now has \(Plural.count(result.heads.count, "version", "versions")) (diverged). Nothing is lost; they can be merged.")
        } else {
            state.message = StatusMessage(kind: .info, text: "Saved revision \(result.id): \(message)")
        }
        switch then {
        case .stay: return []
        case .close: return closeEditor(keepingMessage: true)
        case .quit: return [.quit]
        }
    }

    private mutating func saveFailed(_ reason: String) -> [AppEffect] {
        state.message = StatusMessage(kind: .error, text: "Not saved: \(reason). Your changes are still here.")
        flushDraft()
        return []
    }

    /// Esc or Ctrl-C: asks first when there are unsaved changes.
    mutating func leaveEditor(quitting: Bool) -> [AppEffect] {
        guard let editor = state.editor else { return quitting ? [.quit] : [] }
        guard editor.isDirty else {
            if quitting { return [.quit] }
            return closeEditor()
        }
        let what = editor.title.isEmpty ? "this \(editor.kind.rawValue)" : "“\(editor.title.truncated(toWidth: 40))”"
        let dialog = Dialog(
            title: "Unsaved changes",
            message: "Save your changes to \(what) before \(quitting ? "quitting" : "closing the editor")?",
            buttons: [
                Dialog.Button("Save", shortcut: "s"), Dialog.Button("Discard", shortcut: "d"),
                Dialog.Button("Cancel", shortcut: "c"),
            ],
            selectedButton: 0, cancelButton: 2)
        state.editor?.modal = .leave(dialog, quitting: quitting)
        return []
    }

    private mutating func discardAndLeave(quitting: Bool) -> [AppEffect] {
        if let editor = state.editor {
            state.drafts?.remove(kind: editor.kind, topic: editor.topic, id: editor.id)
        }
        if let document = state.editor?.document { state.editor?.saved = document }
        state.editor?.draftPending = false
        if quitting { return [.quit] }
        let effects = closeEditor()
        state.message = StatusMessage(kind: .info, text: "Changes discarded.")
        return effects
    }

    /// Back to where the editor was opened from, showing the document as now saved.
    mutating func closeEditor(keepingMessage: Bool = false) -> [AppEffect] {
        guard let editor = state.editor else { return [] }
        state.editor = nil
        state.screen = .browser
        if editor.kind == .module {
            select(topic: editor.topic, module: editor.id)
            if editor.returnTo == .reader { openReader() }
        } else if let index = state.store.topics.firstIndex(where: { $0.id == editor.topic }) {
            let height = Layout.innerHeight(Layout(width: state.width, height: state.height).body)
            state.topicCursor.select(index, count: state.store.topics.count, height: height)
            state.focus = .topics
        }
        if !keepingMessage { state.message = nil }
        return []
    }
}
