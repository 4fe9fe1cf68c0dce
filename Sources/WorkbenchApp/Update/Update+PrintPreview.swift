import CurriculumKit
import Foundation
import TerminalKit

extension WorkbenchApp {
    /// Opens the print preview of the selected module, or of the selected topic when the
    /// topics pane has the focus.
    mutating func openPrintPreview() {
        let returnScreen = state.screen
        if state.screen == .browser, state.focus == .topics || state.selectedModule == nil {
            guard let topic = state.selectedTopic, let document = topic.topic else {
                state.message = StatusMessage(kind: .error, text: "This topic cannot be read, so it cannot be printed.")
                return
            }
            state.printPreview = PrintPreviewState(
                target: .topic(topic.id), name: topic.id, title: "Topic \(document.number): \(document.title)",
                returnScreen: returnScreen)
        } else {
            let entry = state.screen == .reader ? state.readerModule : state.selectedModule
            guard let entry, let module = entry.module else {
                state.message = StatusMessage(kind: .error, text: "This module cannot be read, so it cannot be printed.")
                return
            }
            state.printPreview = PrintPreviewState(
                target: .module("\(entry.topic)/\(entry.id)"), name: entry.id, title: module.title, returnScreen: returnScreen)
        }
        state.screen = .printPreview
        renderOutline()
    }

    mutating func handlePrintPreview(_ key: KeyEvent) -> [AppEffect] {
        guard var preview = state.printPreview else {
            state.screen = .browser
            return []
        }
        if preview.prompt != nil {
            return handlePrintPrompt(key)
        }
        guard let action = KeyMaps.printPreview.action(for: key) else { return [] }
        switch action {
        case .up: preview.view.scroll(by: -1)
        case .down: preview.view.scroll(by: 1)
        case .pageUp: preview.view.scroll(by: -preview.view.viewportHeight)
        case .pageDown: preview.view.scroll(by: preview.view.viewportHeight)
        case .home: preview.view.scroll(to: 0)
        case .end: preview.view.scroll(to: preview.view.rowCount)
        case .edition:
            preview.edition = preview.edition == .handout ? .trainer : .handout
        case .format:
            let formats = OutlineFormat.allCases
            preview.format = formats[(formats.firstIndex(of: preview.format)! + 1) % formats.count]
        case .script:
            switch preview.script {
            case nil: preview.script = .latin
            case .latin: preview.script = .cyrillic
            case .cyrillic: preview.script = nil
            }
        case .agenda: preview.withAgenda.toggle()
        case .write:
            if case .failure(let error) = preview.output {
                state.message = StatusMessage(kind: .error, text: "Nothing to write: \(error.message)")
                return []
            }
            preview.prompt = .path(pathField(preview.proposedPath))
        case .back:
            state.screen = preview.returnScreen
            state.printPreview = nil
            return []
        case .help: state.overlay = .help(offset: 0)
        case .redraw: return [.redrawAll]
        case .quit: return [.quit]
        }
        let rerender = [.edition, .format, .script, .agenda].contains(action)
        state.printPreview = preview
        if rerender { renderOutline() }
        return []
    }

    /// Keys while the preview asks for a file name, or whether to replace a file.
    private mutating func handlePrintPrompt(_ key: KeyEvent) -> [AppEffect] {
        guard var preview = state.printPreview, let prompt = preview.prompt else { return [] }
        switch prompt {
        case .path(var field):
            switch key {
            case .escape:
                preview.prompt = nil
            case .enter:
                let path = field.text.trimmingCharacters(in: .whitespaces)
                guard !path.isEmpty else {
                    state.message = StatusMessage(kind: .error, text: "Type a file name, or press Esc to cancel.")
                    return []
                }
                if state.files.exists(path) {
                    preview.prompt = .replace(path)
                } else {
                    preview.prompt = nil
                    state.printPreview = preview
                    writeOutline(to: path)
                    return []
                }
            case .control("l"):
                return [.redrawAll]
            default:
                state.message = nil
                _ = field.handle(key)
                preview.prompt = .path(field)
            }
        case .replace(let path):
            switch key {
            case .character("y"), .character("Y"):
                preview.prompt = nil
                state.printPreview = preview
                writeOutline(to: path)
                return []
            case .character("n"), .character("N"), .escape:
                preview.prompt = .path(pathField(path))
            case .control("l"):
                return [.redrawAll]
            default:
                return []
            }
        }
        state.printPreview = preview
        return []
    }

    /// The file-name field, sized to the prompt row, with the cursor after `text`.
    private func pathField(_ text: String) -> TextField {
        var field = TextField(text: text, placeholder: "file name", viewportWidth: PrintPreviewScreen.fieldWidth(screenWidth: state.width))
        field.moveCursor(to: text.count)
        return field
    }

    /// Writes the outline as the file holds it: text at the standard width, whatever the screen.
    private mutating func writeOutline(to path: String) {
        guard let preview = state.printPreview else { return }
        let options = preview.options(width: PrintPreviewState.fileWidth, printedAt: Timestamp.now())
        do {
            let text = try OutlinePrinter.render(target: preview.target, store: state.store, options: options)
            try state.files.write(text, path)
            let size = ByteCountFormatter.string(fromByteCount: Int64(text.utf8.count), countStyle: .file)
            let shown = path.hasPrefix("/") || path.hasPrefix("~")
                ? path : FileManager.default.currentDirectoryPath + "/" + path
            state.message = StatusMessage(kind: .info, text: "Wrote \(shown) (\(size)).")
        } catch let error as StoreError {
            state.message = StatusMessage(kind: .error, text: "Could not write \(path): \(error.message)")
        } catch {
            state.message = StatusMessage(kind: .error, text: "Could not write \(path): \(error)")
        }
    }

    /// Builds the outline again for the current options and the screen's width.
    mutating func renderOutline() {
        guard var preview = state.printPreview else { return }
        let area = PrintPreviewScreen.textArea(width: state.width, height: state.height)
        // Text is previewed at the file's width when the screen allows, narrower otherwise.
        let width = max(OutlineOptions.minimumWidth, min(PrintPreviewState.fileWidth, area.width - 1))
        let options = preview.options(width: width, printedAt: Timestamp.now())
        do {
            let outline = try OutlineBuilder.build(preview.target, store: state.store, options: options)
            let text = OutlinePrinter.render(outline, options: options)
            preview.output = .success(text)
            preview.notices = outline.notices
        } catch {
            preview.output = .failure(error)
            preview.notices = []
        }
        let offset = preview.view.scrollOffset
        preview.view = TextView(
            lines: PrintPreviewScreen.lines(of: preview.output, width: area.width - 1),
            viewportWidth: max(1, area.width), viewportHeight: max(1, area.height))
        preview.view.scroll(to: offset)
        state.printPreview = preview
    }
}
