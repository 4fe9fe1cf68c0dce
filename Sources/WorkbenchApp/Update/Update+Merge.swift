import CurriculumKit
import TerminalKit

extension WorkbenchApp {
    /// `m` on a diverged module: its versions merged from their common ancestor.
    mutating func openMerge(topic: String, module: String) {
        do {
            let merge = try state.store.prepareMerge(topic: topic, module: module, user: state.user)
            let title = state.store.topic(named: topic)?.modules.first { $0.id == module }?.module?.title ?? module
            state.merge = MergeState(merge: merge, title: title, index: merge.conflicts.firstIndex { !$0.isResolved } ?? 0, returnTo: state.screen)
            state.screen = .merge
        } catch {
            state.message = StatusMessage(kind: .info, text: error.message)
        }
    }

    mutating func handleMerge(_ key: KeyEvent) -> [AppEffect] {
        if state.merge?.editing != nil { return handleMergeEditing(key) }
        guard var merging = state.merge, let action = KeyMaps.merge.action(for: key) else { return [] }
        let count = merging.merge.conflicts.count
        switch action {
        case .previous: merging.index = max(0, merging.index - 1)
        case .next: merging.index = min(max(0, count - 1), merging.index + 1)
        case .takeVersion:
            guard case .character(let digit) = key, let number = digit.wholeNumberValue,
                let conflict = merging.conflict, (1...conflict.values.count).contains(number)
            else { return [] }
            merging.merge.resolve(conflict.id, with: .head(number - 1))
            merging.index = nextOpen(after: merging.index, in: merging.merge)
        case .takeBefore:
            guard let conflict = merging.conflict else { return [] }
            merging.merge.resolve(conflict.id, with: .base)
            merging.index = nextOpen(after: merging.index, in: merging.merge)
        case .edit:
            guard let conflict = merging.conflict else { return [] }
            let texts = ([conflict.base] + conflict.values).compactMap { $0 ?? nil }
            guard !texts.isEmpty, texts.allSatisfy({ $0.stringValue != nil }) else {
                state.message = StatusMessage(kind: .info, text: "Only a text can be written by hand here: take a version (1, 2…) or the value from before (b).")
                return []
            }
            let start = conflict.values.first.flatMap { $0?.stringValue } ?? conflict.base?.stringValue ?? ""
            merging.editing = TextArea(text: start, allowsNewlines: false)
        case .write:
            state.merge = merging
            writeMerge()
            return []
        case .back:
            state.merge = nil
            state.screen = merging.returnTo
            if merging.returnTo == .history { reloadHistory() }
            state.message = StatusMessage(kind: .info, text: "Not merged: the versions are as they were.")
            return []
        case .help: state.overlay = .help(offset: 0)
        case .redraw: return [.redrawAll]
        case .quit: return [.quit]
        }
        state.merge = merging
        return []
    }

    /// Typing the value of a conflict by hand: Enter takes it, Esc leaves it.
    private mutating func handleMergeEditing(_ key: KeyEvent) -> [AppEffect] {
        guard var merging = state.merge, var area = merging.editing, let conflict = merging.conflict else { return [] }
        switch key {
        case .escape:
            merging.editing = nil
        case .enter:
            merging.merge.resolve(conflict.id, with: .value(.string(area.text)))
            merging.editing = nil
            merging.index = nextOpen(after: merging.index, in: merging.merge)
        case .control("l"):
            return [.redrawAll]
        default:
            _ = area.handle(key, width: max(10, state.width - 4))
            merging.editing = area
        }
        state.merge = merging
        return []
    }

    /// The next conflict still open after `index` (going round), else `index`.
    private func nextOpen(after index: Int, in merge: ModuleMerge) -> Int {
        let count = merge.conflicts.count
        guard count > 0 else { return 0 }
        for step in 1...count {
            let candidate = (index + step) % count
            if !merge.conflicts[candidate].isResolved { return candidate }
        }
        return index
    }

    private mutating func writeMerge() {
        guard let merging = state.merge else { return }
        let open = merging.merge.openConflicts.count
        guard open == 0 else {
            state.message = StatusMessage(
                kind: .error, text: "\(Plural.count(open, "conflict is", "conflicts are")) still open: take a version with 1, 2… or b for the value from before.")
            return
        }
        do {
            let result = try state.store.writeMerge(merging.merge, author: state.user)
            state.searchIndex = nil
            state.merge = nil
            state.screen = merging.returnTo
            if merging.returnTo == .history { reloadHistory() }
            state.message = StatusMessage(kind: .info, text: "Merged \(Plural.count(merging.merge.heads.count, "version", "versions")) as revision \(result.id).")
        } catch {
            state.message = StatusMessage(kind: .error, text: "Not merged: \(error.message)")
        }
    }
}
