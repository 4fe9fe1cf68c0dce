import TerminalKit

extension WorkbenchApp {
    mutating func handleReader(_ key: KeyEvent) -> [AppEffect] {
        if state.reader?.prompt != nil { return handleReviewPrompt(key) }
        guard var reader = state.reader, let action = KeyMaps.reader.action(for: key) else { return [] }
        let geometry = ReaderScreen.geometry(width: state.width, height: state.height)
        var layout = reader.layout(width: geometry.textWidth)
        let lastOffset = { (count: Int) in max(0, count - geometry.textHeight) }
        switch action {
        case .up: reader.offset -= 1
        case .down: reader.offset += 1
        case .pageUp: reader.offset -= max(1, geometry.textHeight - 1)
        case .pageDown: reader.offset += max(1, geometry.textHeight - 1)
        case .home:
            reader.offset = 0
            reader.selectedSection = 0
        case .end:
            reader.offset = lastOffset(layout.lines.count)
            reader.selectedSection = reader.sections.count - 1
        case .nextSection, .previousSection:
            let step = action == .nextSection ? 1 : -1
            reader.selectedSection = min(max(0, reader.selectedSection + step), reader.sections.count - 1)
            reader.offset = layout.sectionStarts[reader.selectedSection]
        case .toggleFold:
            if reader.folded.contains(reader.selectedSection) {
                reader.folded.remove(reader.selectedSection)
            } else {
                reader.folded.insert(reader.selectedSection)
            }
            layout = reader.layout(width: geometry.textWidth)
            reader.offset = min(reader.offset, layout.sectionStarts[reader.selectedSection])
        case .foldAll:
            reader.folded = Set(reader.sections.indices)
            reader.offset = 0
        case .unfoldAll:
            reader.folded = []
            layout = reader.layout(width: geometry.textWidth)
            reader.offset = layout.sectionStarts[reader.selectedSection]
        case .search:
            state.reader = reader
            openSearch()
            return []
        case .nextHit, .previousHit:
            state.reader = reader
            jumpToHit(by: action == .nextHit ? 1 : -1)
            return []
        case .edit, .history, .comment, .resolve, .submit, .approve, .requestChanges, .print:
            // These change the reader (or leave it) themselves: keep the place first.
            state.reader = reader
            switch action {
            case .edit: editSelection()
            case .history: openHistory()
            case .comment: askForComment(.comment)
            case .resolve: askToResolve()
            case .submit: review(.submit)
            case .approve: review(.approve)
            case .requestChanges: askForComment(.requestChanges)
            default: openPrintPreview()
            }
            return []
        case .back:
            state.screen = .browser
            state.reader = nil
            return []
        case .help:
            state.overlay = .help(offset: 0)
        case .redraw: return [.redrawAll]
        case .quit: return [.quit]
        }
        layout = reader.layout(width: geometry.textWidth)
        reader.offset = max(0, min(reader.offset, lastOffset(layout.lines.count)))
        if [.up, .down, .pageUp, .pageDown].contains(action) {
            // The selected section follows the text at the top of the view.
            reader.selectedSection = layout.sectionStarts.lastIndex { $0 <= reader.offset } ?? 0
        }
        state.reader = reader
        return []
    }
}
