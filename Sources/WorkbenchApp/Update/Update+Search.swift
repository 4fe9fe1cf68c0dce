import CurriculumKit
import TerminalKit

extension WorkbenchApp {
    mutating func openSearch() {
        if state.searchIndex == nil {
            state.searchIndex = SearchIndex(store: state.store)
        }
        // A new search starts empty; the previous results stay for n and N until typing begins.
        state.search.field = TextField(placeholder: state.search.field.placeholder)
        state.overlay = .search
    }

    mutating func handleSearch(_ key: KeyEvent) -> [AppEffect] {
        let height = SearchOverlay.resultsHeight(width: state.width, height: state.height)
        if let action = KeyMaps.search.action(for: key) {
            switch action {
            case .previousResult: state.search.cursor.move(by: -1, count: state.search.hits.count, height: height)
            case .nextResult: state.search.cursor.move(by: 1, count: state.search.hits.count, height: height)
            case .open:
                state.overlay = nil
                guard state.search.hits.indices.contains(state.search.cursor.index) else {
                    state.message = StatusMessage(
                        kind: .info,
                        text: state.search.query.isEmpty ? "Type a word to search for." : "No module matches \"\(state.search.query)\".")
                    return []
                }
                openHit(state.search.cursor.index)
            case .cancel: state.overlay = nil
            case .help:
                state.overlay = .help(offset: 0)
                state.helpReturnsToSearch = true
            case .redraw: return [.redrawAll]
            }
            return []
        }
        guard state.search.field.handle(key) else { return [] }
        runQuery()
        return []
    }

    /// Runs the query in the search box, keeping the selection on the first result.
    mutating func runQuery() {
        let query = state.search.field.text
        guard query != state.search.query || query.isEmpty else { return }
        // Typing on only narrows the results of the query before.
        state.search.hits = state.searchIndex?.search(query, narrowing: state.search.hits, of: state.search.query) ?? []
        state.search.query = query
        state.search.cursor = ListCursor()
    }

    /// Opens the `index`th search result in the reader.
    mutating func openHit(_ index: Int) {
        let hit = state.search.hits[index]
        state.search.cursor.index = index
        select(topic: hit.topic, module: hit.module)
        openReader()
        guard var reader = state.reader, let match = hit.matches.first else { return }
        // Scroll to the section that holds the first match.
        let sectionTitle = Self.sectionTitle(forPointer: match.pointer)
        if let section = reader.sections.firstIndex(where: { $0.title == sectionTitle }) {
            let geometry = ReaderScreen.geometry(width: state.width, height: state.height)
            reader.selectedSection = section
            reader.offset = reader.layout(width: geometry.textWidth).sectionStarts[section]
            state.reader = reader
        }
        state.message = StatusMessage(
            kind: .info,
            text: "Result \(index + 1) of \(state.search.hits.count) for \"\(state.search.query)\": \(match.field) — n next, N previous")
    }

    /// Moves to the next (`+1`) or previous (`-1`) search result.
    mutating func jumpToHit(by step: Int) {
        guard !state.search.hits.isEmpty else {
            state.message = StatusMessage(kind: .info, text: "No search yet: press / to search.")
            return
        }
        let count = state.search.hits.count
        openHit(((state.search.cursor.index + step) % count + count) % count)
    }

    static func sectionTitle(forPointer pointer: String) -> String {
        let first = pointer.split(separator: "/").first.map(String.init) ?? ""
        switch first {
        case "learningOutcomes": return "Learning outcomes"
        case "sessions": return "Sessions"
        case "assessments": return "Assessment"
        case "references": return "References"
        case "keywords": return "Keywords and themes"
        default: return "Overview"
        }
    }
}
