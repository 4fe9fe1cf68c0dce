import CurriculumKit
import TerminalKit

/// A document open in the editor: the saved version it started from, the version being
/// edited, where the cursor is, and the history for undo.
struct EditorState: Sendable {
    let kind: Draft.Kind
    let topic: String
    let id: String
    /// The revision the edit started from: a save writes a revision whose parent is this one.
    var base: RevisionID?
    /// The document as saved at `base`.
    var saved: JSONValue
    /// The document as edited.
    var document: JSONValue
    var rows: [FormRow] = []
    var focus = FormFocus(path: [])
    /// The text and cursor of the focused field, when it is typed into.
    var area = TextArea()
    /// The highlighted word of the focused choice or picks field; -1 for a choice not yet made.
    var pick = 0
    /// Whether the focused number is shown selected: a digit typed replaces it, as a number
    /// field's prefilled value is expected to; any other key edits it in place.
    var replacesOnType = false
    /// The first line of the form shown.
    var scroll = 0
    var undoStack: [EditorSnapshot] = []
    var redoStack: [EditorSnapshot] = []
    /// The field being typed into since the last undo step, so a word is undone at once.
    var typingRun: FormFocus?
    /// Whether the run so far has a word in it, and ended in a space: the next letter starts a new step.
    var runHasWord = false
    var typedSpaceLast = false
    /// What validation says about the document as edited.
    var findings: [Diagnostic] = []
    /// The warning Ctrl-G went to last.
    var warningIndex: Int?
    var modal: EditorModal?
    /// Where closing the editor goes back to.
    var returnTo: WorkbenchState.Screen
    /// Module ids in the folder, for checking prerequisites.
    let knownModules: Set<String>
    /// The file validation messages name.
    let file: String
    /// Changes not yet written to the local draft file.
    var draftPending = false
    /// When the draft was last written (seconds on the main loop's clock).
    var lastDraftWrite: Double?
    /// Why the last draft could not be written, shown until a write succeeds.
    var draftProblem: String?
    /// The form's lines as last laid out (see `FormLines.lines(of:)`).
    let linesCache = LastResultCache<FormLinesKey, [FormLine]>()

    init(
        kind: Draft.Kind, topic: String, id: String, base: RevisionID?, document: JSONValue,
        returnTo: WorkbenchState.Screen, knownModules: Set<String>, file: String
    ) {
        self.kind = kind
        self.topic = topic
        self.id = id
        self.base = base
        self.saved = document
        self.document = document
        self.returnTo = returnTo
        self.knownModules = knownModules
        self.file = file
        relayout()
        if let first = rows.first(where: \.isFocusable) { focus(first.focus, cursorAtEnd: true) }
        revalidate()
    }

    var isDirty: Bool { document != saved }

    var title: String { document["title"]?.stringValue ?? "" }

    /// Total teaching time of the sessions.
    var totalMinutes: Int {
        (document["sessions"]?.arrayValue ?? []).reduce(0) { total, session in
            if case .integer(let minutes)? = session["minutes"] { return total + minutes }
            return total
        }
    }

    var focusedRowIndex: Int? {
        rows.firstIndex { $0.focus == focus }
    }

    var focusedRow: FormRow? {
        focusedRowIndex.map { rows[$0] }
    }

    /// The ids of the module's learning outcomes, for picking a session's outcomes.
    var outcomeIDs: [String] {
        (document["learningOutcomes"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue }
    }

    /// The words a picks or choice field offers.
    func options(for kind: FieldKind, at path: JSONPath) -> [String] {
        switch kind {
        case .choice, .level: return (kind.choices ?? []).map(FieldKind.choiceLabel)
        case .picks(.vocabulary(let words)): return words
        case .picks(.outcomes):
            let chosen = document[path: path]?.arrayValue?.compactMap(\.stringValue) ?? []
            let own = outcomeIDs
            return own + chosen.filter { !own.contains($0) }
        default: return []
        }
    }

    // MARK: Layout and validation

    mutating func relayout() {
        rows = FormLayout.rows(for: kind, document: document)
    }

    /// The rows of choices not made yet (a new reference's kind), which the author is asked for.
    var unchosenRows: [FormRow] {
        rows.filter { row in
            guard case .choice(let words)? = row.kind, !words.isEmpty else { return false }
            return document[path: row.path] == nil
        }
    }

    /// What the editor says about a choice not made yet.
    func unchosenMessage(_ row: FormRow) -> String {
        let what = row.item.map { item in
            (document[path: item.path]?["id"]?.stringValue).map { "\(item.shape.noun) \($0)" } ?? item.shape.noun
        }
        return "\(row.label)\(what.map { " of " + $0 } ?? ""): not chosen yet; ← → choose one"
    }

    mutating func revalidate() {
        let unchosen = unchosenRows
        // The other checks see each unmade choice as its first word, so they still run.
        var checked = document
        for row in unchosen {
            if case .choice(let words)? = row.kind { checked.set(.string(words[0]), at: row.path) }
        }
        let asked = unchosen.map { Diagnostic(.error, file: file, pointer: $0.path.pointer, unchosenMessage($0)) }
        defer { findings = asked + findings }
        switch kind {
        case .module:
            do {
                let module = try DocumentCoding.decodeDocument(Module.self, fromTree: checked)
                let validator = ModuleValidator(knownModules: knownModules, expectedTopic: topic, expectedID: id)
                findings = validator.diagnose(module, file: file)
            } catch {
                findings = [Diagnostic(.error, file: file, pointer: error.pointer, error.description)]
            }
        case .topic:
            do {
                let topicDocument = try DocumentCoding.decodeDocument(Topic.self, fromTree: checked)
                findings = TopicValidator(expectedID: id).diagnose(topicDocument, file: file)
            } catch {
                findings = [Diagnostic(.error, file: file, pointer: error.pointer, error.description)]
            }
        }
    }

    /// The focused field's findings.
    var focusedFindings: [Diagnostic] {
        guard let row = focusedRow else { return [] }
        return findings.filter { Self.row(for: $0.pointer, in: rows) == row.focus }
    }

    /// The row a finding's pointer names: the first field inside it, else the nearest field
    /// around it, else the add row of the list it names.
    static func row(for pointer: String, in rows: [FormRow]) -> FormFocus? {
        let focusable = rows.filter(\.isFocusable)
        if let inside = focusable.first(where: { !$0.isAddRow && ($0.path.pointer == pointer || $0.path.pointer.hasPrefix(pointer + "/")) }) {
            return inside.focus
        }
        if let around = focusable.filter({ !$0.isAddRow && pointer.hasPrefix($0.path.pointer + "/") })
            .max(by: { $0.path.steps.count < $1.path.steps.count })
        {
            return around.focus
        }
        return focusable.first { $0.isAddRow && $0.path.pointer == pointer }?.focus
    }

    // MARK: Focus

    /// Puts the focus on a row, loading its text into the editing area.
    mutating func focus(_ target: FormFocus, cursorAtEnd: Bool = true) {
        focus = target
        typingRun = nil
        guard let row = focusedRow, let kind = row.kind else {
            area = TextArea()
            return
        }
        area = TextArea(text: Self.editableText(of: document[path: row.path], kind: kind), allowsNewlines: kind == .text)
        if !cursorAtEnd { area.moveCursor(to: 0) }
        if let choices = kind.choices {
            // An unset required choice has no place in the list: ← → start at either end.
            pick = choices.firstIndex(of: document[path: row.path]) ?? -1
        } else {
            pick = 0
        }
        if case .number = kind { replacesOnType = !area.text.isEmpty } else { replacesOnType = false }
    }

    /// The text a field is typed as.
    static func editableText(of value: JSONValue?, kind: FieldKind) -> String {
        switch (kind, value) {
        case (.number, .integer(let number)?): return String(number)
        case (.words, .array(let words)?): return words.compactMap(\.stringValue).joined(separator: ", ")
        case (_, .string(let text)?): return text
        default: return ""
        }
    }

    // MARK: Undo

    var snapshot: EditorSnapshot {
        EditorSnapshot(document: document, focus: focus, cursor: area.cursorIndex)
    }

    /// Records the state before an edit, for undo.
    mutating func recordUndo() {
        pushUndo(snapshot)
        typingRun = nil
    }

    /// Records `snapshot` as the state undo goes back to; a new edit forgets what redo had.
    mutating func pushUndo(_ snapshot: EditorSnapshot) {
        undoStack.append(snapshot)
        if undoStack.count > 500 { undoStack.removeFirst(undoStack.count - 500) }
        redoStack.removeAll()
    }

    mutating func restore(_ snapshot: EditorSnapshot) {
        document = snapshot.document
        relayout()
        focus(snapshot.focus)
        area.moveCursor(to: snapshot.cursor)
        typingRun = nil
        documentChanged()
    }

    /// After any change to the document: check it again, and note that the draft is behind.
    mutating func documentChanged() {
        revalidate()
        draftPending = true
    }
}

/// What undo goes back to.
struct EditorSnapshot: Hashable, Sendable {
    var document: JSONValue
    var focus: FormFocus
    var cursor: Int
}

/// A question the editor is asking, drawn over the form.
enum EditorModal: Hashable, Sendable {
    /// The one-line revision message, then what to do once saved.
    case saveMessage(TextField, then: AfterSave)
    /// Whether to delete a list item.
    case confirmDelete(ListItem, Dialog)
    /// Save, discard or cancel before leaving with unsaved changes.
    case leave(Dialog, quitting: Bool)
    /// Whether to restore a draft left from an earlier session.
    case restoreDraft(Draft, Dialog)
}

/// Where the editor goes after a save asked for from the unsaved-changes question.
enum AfterSave: Hashable, Sendable {
    case stay, close, quit
}
