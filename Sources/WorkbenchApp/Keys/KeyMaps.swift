import TerminalKit

/// The key maps of every screen: what the screens dispatch on and what help and the footer show.
enum KeyMaps {
    static let browser = KeyMap<BrowserAction>(
        title: "Browser",
        bindings: [
            KeyBinding([.up, .character("k")], .up, "Move up"),
            KeyBinding([.down, .character("j")], .down, "Move down"),
            KeyBinding([.left, .character("h")], .previousPane, "Pane to the left"),
            KeyBinding([.right, .character("l")], .nextPane, "Pane to the right"),
            KeyBinding([.tab], .cyclePane, "Next pane, round to the topics", hint: "pane"),
            KeyBinding([.backTab], .cyclePaneBack, "Previous pane, round to the preview"),
            KeyBinding([.pageUp], .pageUp, "Page up"),
            KeyBinding([.pageDown], .pageDown, "Page down"),
            KeyBinding([.home, .character("g")], .home, "First item"),
            KeyBinding([.end, .character("G")], .end, "Last item"),
            KeyBinding([.enter], .open, "Open the selected topic or module", hint: "open"),
            KeyBinding([.character("/")], .search, "Search every module", hint: "search"),
            KeyBinding([.function(3)], .nextHit, "Next search result"),
            KeyBinding([.function(15)], .previousHit, "Previous search result"),
            KeyBinding([.character("e")], .edit, "Edit the module, or the topic", hint: "edit"),
            KeyBinding([.character("n")], .newModule, "New module in the selected topic", hint: "new"),
            KeyBinding([.character("H")], .history, "History: revisions, changes, merge"),
            KeyBinding([.character("p")], .print, "Print preview of the module, or of the topic"),
            KeyBinding([.character("!")], .problems, "Files that could not be loaded"),
            KeyBinding([.character("?"), .function(1)], .help, "This help", hint: "help"),
            KeyBinding([.control("l")], .redraw, "Redraw the screen"),
            KeyBinding([.character("q"), .control("c")], .quit, "Quit", hint: "quit"),
        ])

    static let reader = KeyMap<ReaderAction>(
        title: "Module reader",
        bindings: scrolling(ReaderAction.up, .down, .pageUp, .pageDown, .home, .end) + [
            KeyBinding([.tab, .character("]")], .nextSection, "Next section", hint: "section"),
            KeyBinding([.backTab, .character("[")], .previousSection, "Previous section"),
            KeyBinding([.enter, .character("z")], .toggleFold, "Fold or unfold the selected section", hint: "fold"),
            KeyBinding([.character("-")], .foldAll, "Fold every section"),
            KeyBinding([.character("+"), .character("=")], .unfoldAll, "Unfold every section"),
            KeyBinding([.character("/")], .search, "Search every module", hint: "search"),
            KeyBinding([.character("n")], .nextHit, "Next search result"),
            KeyBinding([.character("N")], .previousHit, "Previous search result"),
            KeyBinding([.character("e")], .edit, "Edit this module", hint: "edit"),
            KeyBinding([.character("H")], .history, "History: revisions, changes, merge"),
            KeyBinding([.character("c")], .comment, "Comment on the selected section"),
            KeyBinding([.character("o")], .resolve, "Resolve a comment in the section"),
            KeyBinding([.character("s")], .submit, "Submit for review"),
            KeyBinding([.character("a")], .approve, "Approve (reviewers)"),
            KeyBinding([.character("x")], .requestChanges, "Request changes (reviewers)"),
            KeyBinding([.character("p")], .print, "Print preview of this module"),
            KeyBinding([.escape, .left, .character("h"), .backspace], .back, "Back to the browser", hint: "back"),
            KeyBinding([.character("?"), .function(1)], .help, "This help", hint: "help"),
            KeyBinding([.control("l")], .redraw, "Redraw the screen"),
            KeyBinding([.character("q"), .control("c")], .quit, "Quit", hint: "quit"),
        ])

    static let search = KeyMap<SearchAction>(
        title: "Search",
        bindings: [
            KeyBinding([.up, .control("p")], .previousResult, "Previous result"),
            KeyBinding([.down, .control("n")], .nextResult, "Next result"),
            KeyBinding([.enter], .open, "Open the selected module", hint: "open"),
            KeyBinding([.escape, .control("c")], .cancel, "Close the search", hint: "close"),
            KeyBinding([.function(1)], .help, "This help", hint: "help"),
            KeyBinding([.control("l")], .redraw, "Redraw the screen"),
        ])

    static let printPreview = KeyMap<PrintPreviewAction>(
        title: "Print preview",
        bindings: scrolling(PrintPreviewAction.up, .down, .pageUp, .pageDown, .home, .end) + [
            KeyBinding([.character("e")], .edition, "Handout or trainer edition", hint: "edition"),
            KeyBinding([.character("f")], .format, "Format: text, Markdown or HTML", hint: "format"),
            KeyBinding([.character("a")], .script, "Script: as written, Latin or Cyrillic", hint: "script"),
            KeyBinding([.character("t")], .agenda, "Clock times from 09:00, split into days"),
            KeyBinding([.character("w"), .control("s")], .write, "Write to a file", hint: "write"),
            KeyBinding([.escape, .left, .character("h")], .back, "Back", hint: "back"),
            KeyBinding([.character("?"), .function(1)], .help, "This help", hint: "help"),
            KeyBinding([.control("l")], .redraw, "Redraw the screen"),
            KeyBinding([.character("q"), .control("c")], .quit, "Quit"),
        ])

    static let editor = KeyMap<EditorAction>(
        title: "Editor",
        bindings: [
            KeyBinding([.tab], .nextField, "Next field", hint: "field"),
            KeyBinding([.backTab], .previousField, "Previous field"),
            KeyBinding([.up, .down], .field, "Line up or down; past the first or last line, the field above or below"),
            KeyBinding([.left, .right, .home, .end], .field, "Move in the text; in a choice, choose"),
            KeyBinding([.controlArrow(.left), .controlArrow(.right)], .field, "Word left or right"),
            KeyBinding([.backspace, .delete, .control("w"), .control("k")], .field, "Delete a character, the word before, to the end of the line"),
            KeyBinding([.enter], .field, "New line in a text; next field in a one-line field; add an item on \"+ add\""),
            KeyBinding([.character(" ")], .field, "In a choice or a list of ticks: choose or tick"),
            KeyBinding([.pageUp], .pageUp, "Page up"),
            KeyBinding([.pageDown], .pageDown, "Page down"),
            KeyBinding([.control("s")], .save, "Save a new revision (asks for a message)", hint: "save"),
            KeyBinding([.control("z")], .undo, "Undo", hint: "undo"),
            KeyBinding([.control("y")], .redo, "Redo"),
            KeyBinding([.control("n")], .addItem, "Add an item after this one (outcome, session, material…)", hint: "add"),
            KeyBinding([.control("d")], .deleteItem, "Delete this item (asks first)"),
            KeyBinding([.controlArrow(.up), .function(7)], .moveItemUp, "Move this item up"),
            KeyBinding([.controlArrow(.down), .function(8)], .moveItemDown, "Move this item down"),
            KeyBinding([.control("g")], .nextWarning, "Go to the next warning", hint: "warning"),
            KeyBinding([.escape], .close, "Close the editor (asks when there are unsaved changes)", hint: "close"),
            KeyBinding([.function(1)], .help, "This help", hint: "help"),
            KeyBinding([.control("l")], .redraw, "Redraw the screen"),
            KeyBinding([.control("c")], .quit, "Quit the workbench (asks when there are unsaved changes)"),
        ])

    static let history = KeyMap<HistoryAction>(
        title: "History",
        bindings: [
            KeyBinding([.up, .character("k")], .up, "Newer revision"),
            KeyBinding([.down, .character("j")], .down, "Older revision"),
            KeyBinding([.home, .character("g")], .home, "Newest revision"),
            KeyBinding([.end, .character("G")], .end, "First revision"),
            KeyBinding([.pageUp, .character("b")], .scrollUp, "Scroll the changes up"),
            KeyBinding([.pageDown, .character(" ")], .scrollDown, "Scroll the changes down"),
            KeyBinding([.character("c")], .compare, "What it changed, or what changed since (against the current version)", hint: "compare"),
            KeyBinding([.character("v")], .mark, "Compare other revisions with this one (v again stops)"),
            KeyBinding([.character("r")], .restore, "Restore this revision as a new one (asks first)", hint: "restore"),
            KeyBinding([.character("m")], .merge, "Merge the versions of a diverged module", hint: "merge"),
            KeyBinding([.escape, .left, .character("h")], .back, "Back", hint: "back"),
            KeyBinding([.character("?"), .function(1)], .help, "This help", hint: "help"),
            KeyBinding([.control("l")], .redraw, "Redraw the screen"),
            KeyBinding([.character("q"), .control("c")], .quit, "Quit"),
        ])

    static let merge = KeyMap<MergeAction>(
        title: "Merge",
        bindings: [
            KeyBinding([.character("1"), .character("2"), .character("3"), .character("4")], .takeVersion, "Take that version's value", hint: "take"),
            KeyBinding([.character("b")], .takeBefore, "Keep the value from before both changes", hint: "before"),
            KeyBinding([.character("e")], .edit, "Write the value yourself (text fields)", hint: "edit"),
            KeyBinding([.left, .up, .character("k")], .previous, "Previous conflict"),
            KeyBinding([.right, .down, .character("j"), .tab], .next, "Next conflict", hint: "conflict"),
            KeyBinding([.control("s"), .character("w")], .write, "Write the merged revision", hint: "write"),
            KeyBinding([.escape], .back, "Leave without merging", hint: "back"),
            KeyBinding([.character("?"), .function(1)], .help, "This help", hint: "help"),
            KeyBinding([.control("l")], .redraw, "Redraw the screen"),
            KeyBinding([.control("c")], .quit, "Quit"),
        ])

    static let problems = KeyMap<ProblemsAction>(
        title: "Problems",
        bindings: [
            KeyBinding([.up, .character("k")], .up, "Move up"),
            KeyBinding([.down, .character("j")], .down, "Move down"),
            KeyBinding([.pageUp], .pageUp, "Page up"),
            KeyBinding([.pageDown], .pageDown, "Page down"),
            KeyBinding([.home, .character("g")], .home, "First problem"),
            KeyBinding([.end, .character("G")], .end, "Last problem"),
            KeyBinding([.escape, .character("!"), .left, .character("h")], .back, "Back to the browser", hint: "back"),
            KeyBinding([.character("?"), .function(1)], .help, "This help", hint: "help"),
            KeyBinding([.control("l")], .redraw, "Redraw the screen"),
            KeyBinding([.character("q"), .control("c")], .quit, "Quit", hint: "quit"),
        ])

    static let help = KeyMap<HelpAction>(
        title: "Help",
        bindings: [
            KeyBinding([.up, .character("k")], .up, "Scroll up"),
            KeyBinding([.down, .character("j")], .down, "Scroll down"),
            KeyBinding([.escape, .character("?"), .enter, .function(1)], .close, "Close the help", hint: "close"),
            KeyBinding([.control("l")], .redraw, "Redraw the screen"),
            KeyBinding([.character("q"), .control("c")], .quit, "Quit"),
        ])

    /// The keys that scroll a page of text, shared by the reader and the print preview.
    private static func scrolling<Action>(
        _ up: Action, _ down: Action, _ pageUp: Action, _ pageDown: Action, _ home: Action, _ end: Action
    ) -> [KeyBinding<Action>] {
        [
            KeyBinding([.up, .character("k")], up, "Scroll up"),
            KeyBinding([.down, .character("j")], down, "Scroll down"),
            KeyBinding([.pageUp, .character("b")], pageUp, "Page up"),
            KeyBinding([.pageDown, .character(" ")], pageDown, "Page down"),
            KeyBinding([.home, .character("g")], home, "Top"),
            KeyBinding([.end, .character("G")], end, "Bottom"),
        ]
    }
}
