import CurriculumKit
import Foundation
import TerminalKit
import Testing

@testable import WorkbenchApp

/// A private copy of the shipped folder with its own draft directory, and an app on it.
struct EditorFixture {
    let folder: TemporaryFolder
    let drafts: DraftStore
    var app: WorkbenchApp

    init(width: Int = 100, height: Int = 30, user: String = "Ana Petrović") throws {
        folder = try TemporaryFolder()
        drafts = DraftStore(directory: folder.base.appendingPathComponent("state/drafts").path, folder: folder.path)
        var state = WorkbenchState(store: try folder.open(), user: user, folderName: "Curricula", width: width, height: height)
        state.drafts = drafts
        app = WorkbenchApp(state: state)
    }

    /// Opens topic 15's example module in the editor.
    mutating func editExample() {
        app.press(.character("G"), .character("k"), .tab, .character("e"))
    }

    var editor: EditorState { app.state.editor! }

    /// The footer's message, whole (the screen wraps a long one over the rows above the footer).
    var message: String { app.state.message?.text ?? "" }

    /// The value at a JSON pointer-like path of the document being edited.
    func value(_ steps: JSONPathStep...) -> JSONValue? {
        editor.document[path: JSONPath(steps)]
    }

    func text(_ steps: JSONPathStep...) -> String? {
        editor.document[path: JSONPath(steps)]?.stringValue
    }

    /// Presses Tab until the focus is on `steps` (an add row when `addRow`); fails after 300 fields.
    mutating func tab(to steps: JSONPathStep..., addRow: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) {
        let target = FormFocus(path: JSONPath(steps), isAddRow: addRow)
        for _ in 0..<300 where editor.focus != target {
            let before = editor.focus
            app.press(.backTab)
            if editor.focus == before { break }
        }
        for _ in 0..<300 where editor.focus != target {
            app.press(.tab)
        }
        #expect(editor.focus == target, "no field \(target.path) reached by Tab", sourceLocation: sourceLocation)
    }

    /// Every revision file of the example module, relative to the folder.
    func exampleRevisions() throws -> [String] {
        try folder.revisions("topics/\(exampleTopic)/modules/\(exampleModule)")
    }

    /// The example module as stored now, read from disk.
    func storedExample() throws -> Module? {
        try folder.open().topic(named: exampleTopic)?.modules.first { $0.id == exampleModule }?.module
    }
}
