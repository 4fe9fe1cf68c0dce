import CurriculumKit
import TerminalKit

/// Review from the reader: submit, approve, request changes, comment on the section under the
/// cursor, resolve a comment. Every rule is checked by the store; a refusal is said as it is.
extension WorkbenchApp {
    mutating func review(_ verdict: Verdict) {
        guard let reader = state.reader else { return }
        do {
            try state.store.review(verdict, topic: reader.topic, module: reader.module, by: state.user)
            reopenReader()
            let done: String
            switch verdict {
            case .submit: done = "Submitted for review: reviewers can now approve it or ask for changes."
            case .approve:
                let status = state.readerModule.map { StatusBadge.text($0.status) } ?? ""
                done = "Approved (the module is now \(status))."
            default: done = "Recorded."
            }
            state.message = StatusMessage(kind: .info, text: done)
        } catch {
            state.message = StatusMessage(kind: .error, text: "Refused: \(error.message)")
        }
    }

    /// Opens the prompt for a comment (or a request for changes) on the selected section.
    mutating func askForComment(_ purpose: ReviewPrompt.Purpose) {
        guard let reader = state.reader, reader.sections.indices.contains(reader.selectedSection) else { return }
        var section = reader.sections[reader.selectedSection]
        if section.isWarning, let overview = reader.sections.first(where: { $0.title == "Overview" }) { section = overview }
        var path = section.pointer
        if case .resolve(let id) = purpose {
            path = state.readerModule?.commentThreads.first { $0.id == id }?.path ?? path
        }
        let width = max(10, state.width - 30)
        state.reader?.prompt = ReviewPrompt(
            purpose: purpose, path: path, place: section.title,
            field: TextField(placeholder: purpose == .requestChanges ? "what should change" : "", viewportWidth: width, maxLength: 1000))
    }

    /// `o`: resolves the oldest open comment of the selected section.
    mutating func askToResolve() {
        guard let reader = state.reader, let entry = state.readerModule else { return }
        let pointer = reader.sections.indices.contains(reader.selectedSection) ? reader.sections[reader.selectedSection].pointer : ""
        let open = entry.commentThreads.filter { !$0.isResolved }
        let inSection = open.first { pointer.isEmpty ? true : ($0.path == pointer || $0.path.hasPrefix(pointer + "/")) }
        guard let thread = inSection else {
            state.message = StatusMessage(kind: .info, text: open.isEmpty ? "No open comments." : "No open comment in this section: [ and ] go to the others.")
            return
        }
        askForComment(.resolve(thread.id))
    }

    mutating func handleReviewPrompt(_ key: KeyEvent) -> [AppEffect] {
        guard var prompt = state.reader?.prompt else { return [] }
        switch key {
        case .escape, .control("c"):
            state.reader?.prompt = nil
        case .enter:
            var text = prompt.field.text.trimmingCharacters(in: .whitespaces)
            if case .resolve = prompt.purpose, text.isEmpty { text = "Done." }
            guard !text.isEmpty else {
                state.message = StatusMessage(kind: .error, text: "Write the comment first (Esc leaves without one).")
                return []
            }
            state.reader?.prompt = nil
            postComment(prompt, text: text)
        case .control("l"):
            return [.redrawAll]
        default:
            _ = prompt.field.handle(key)
            state.reader?.prompt = prompt
        }
        return []
    }

    private mutating func postComment(_ prompt: ReviewPrompt, text: String) {
        guard let reader = state.reader else { return }
        let verdict: Verdict
        let comment: NewComment
        switch prompt.purpose {
        case .comment:
            verdict = .comment
            comment = NewComment(path: prompt.path, text: text)
        case .requestChanges:
            verdict = .requestChanges
            comment = NewComment(path: prompt.path, text: text)
        case .resolve(let id):
            verdict = .comment
            comment = NewComment(text: text, resolves: id)
        }
        do {
            try state.store.review(verdict, topic: reader.topic, module: reader.module, by: state.user, comments: [comment])
            reopenReader()
            switch prompt.purpose {
            case .comment: state.message = StatusMessage(kind: .info, text: "Comment added to \(prompt.place).")
            case .requestChanges: state.message = StatusMessage(kind: .info, text: "Changes requested; the authors see your comment under \(prompt.place).")
            case .resolve: state.message = StatusMessage(kind: .info, text: "Comment resolved.")
            }
        } catch {
            state.message = StatusMessage(kind: .error, text: "Refused: \(error.message)")
        }
    }

    /// Builds the reader again from the store (after a review or a save), keeping its place.
    mutating func reopenReader() {
        guard let old = state.reader else { return }
        select(topic: old.topic, module: old.module)
        openReader()
        let sections = state.reader?.sections.count ?? 1
        state.reader?.selectedSection = min(old.selectedSection, max(0, sections - 1))
        state.reader?.offset = old.offset
        state.reader?.folded = old.folded
    }
}
