/// What a key does in the browser.
enum BrowserAction: Hashable, Sendable {
    case up, down, pageUp, pageDown, home, end
    case previousPane, nextPane, cyclePane, cyclePaneBack, open
    case search, nextHit, previousHit
    case edit, newModule, history, print, problems, help, redraw, quit
}

/// What a key does in the module reader.
enum ReaderAction: Hashable, Sendable {
    case up, down, pageUp, pageDown, home, end
    case nextSection, previousSection, toggleFold, foldAll, unfoldAll
    case search, nextHit, previousHit
    case edit, history, comment, resolve, submit, approve, requestChanges
    case print, back, help, redraw, quit
}

/// What a key does in the search box (other keys edit the query).
enum SearchAction: Hashable, Sendable {
    case previousResult, nextResult, open, cancel, help, redraw
}

/// What a key does in the problems view.
enum ProblemsAction: Hashable, Sendable {
    case up, down, pageUp, pageDown, home, end, back, help, redraw, quit
}

/// What a key does while the help overlay is shown.
enum HelpAction: Hashable, Sendable {
    case up, down, close, redraw, quit
}

/// What a key does in the print preview.
enum PrintPreviewAction: Hashable, Sendable {
    case up, down, pageUp, pageDown, home, end
    case edition, format, script, agenda, write
    case back, help, redraw, quit
}

/// What a key does in the editor; `.field` keys go to the focused field.
enum EditorAction: Hashable, Sendable {
    case nextField, previousField, pageUp, pageDown
    case field
    case save, undo, redo, addItem, deleteItem, moveItemUp, moveItemDown, nextWarning
    case close, help, redraw, quit
}

/// What a key does on the history screen.
enum HistoryAction: Hashable, Sendable {
    case up, down, home, end, scrollUp, scrollDown
    case compare, mark, restore, merge, back, help, redraw, quit
}

/// What a key does on the merge screen.
enum MergeAction: Hashable, Sendable {
    case previous, next, takeVersion, takeBefore, edit, write, back, help, redraw, quit
}
