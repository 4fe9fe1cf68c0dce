import CurriculumKit
import TerminalKit

extension WorkbenchApp {
    /// `n`: asks for the new module's title in the selected topic.
    mutating func askForNewModule() {
        guard let topic = state.selectedTopic else { return }
        guard !state.user.isEmpty, state.store.catalog.canWrite(state.user) else {
            state.message = StatusMessage(
                kind: .error,
                text: state.user.isEmpty ? "No user name is known: start with --user NAME or set WORKBENCH_USER."
                    : "\(state.user) is not a member of this folder's catalog: you can read and print, not add modules.")
            return
        }
        let number = topic.topic.map { String(format: "%02d", $0.number) } ?? String(topic.id.prefix(2))
        let label = number + " · " + (topic.topic?.title ?? topic.id)
        state.newModule = NewModulePrompt(
            topic: topic.id, topicLabel: label, fieldWidth: NewModuleDialog.fieldWidth(screenWidth: state.width))
    }

    mutating func handleNewModule(_ key: KeyEvent) -> [AppEffect] {
        guard var prompt = state.newModule else { return [] }
        switch key {
        case .escape, .control("c"):
            state.newModule = nil
            return []
        case .control("l"):
            return [.redrawAll]
        case .tab, .backTab, .up, .down:
            prompt.field = prompt.field == .title ? .id : .title
        case .enter:
            state.newModule = prompt
            createModule(prompt)
            return []
        default:
            switch prompt.field {
            case .title:
                guard prompt.title.handle(key) else { break }
                if !prompt.idEdited { prompt.id.text = Slug.proposal(from: prompt.title.text) }
            case .id:
                let before = prompt.id.text
                guard prompt.id.handle(key) else { break }
                if prompt.id.text != before { prompt.idEdited = true }
            }
            prompt.problem = prompt.id.text.isEmpty ? nil : idProblem(prompt.id.text)
        }
        state.newModule = prompt
        return []
    }

    /// Why `id` cannot name a new module, or `nil`.
    private func idProblem(_ id: String) -> String? {
        if let problem = Slug.problem(with: id) { return problem }
        if let existing = state.store.allModules.first(where: { $0.id == id }) {
            return "a module \"\(id)\" already exists in topic \(existing.topic)"
        }
        return nil
    }

    private mutating func createModule(_ prompt: NewModulePrompt) {
        let title = prompt.title.text.trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty else {
            state.newModule?.problem = "give the module a title"
            state.newModule?.field = .title
            return
        }
        let id = prompt.id.text
        if let problem = id.isEmpty ? "give the module an id" : idProblem(id) {
            state.newModule?.problem = problem
            state.newModule?.field = .id
            return
        }
        let module = Module(id: id, topic: prompt.topic, language: LanguageGuess.tag(of: title), title: title)
        do {
            try state.store.createModule(module, author: state.user)
        } catch {
            state.newModule?.problem = error.message
            return
        }
        state.newModule = nil
        state.searchIndex = nil
        select(topic: prompt.topic, module: id)
        guard let entry = state.selectedModule, entry.id == id else { return }
        editModule(entry)
        state.message = StatusMessage(kind: .info, text: "Created \(id) in topic \(prompt.topic). Fill it in; Ctrl-S saves.")
    }
}
