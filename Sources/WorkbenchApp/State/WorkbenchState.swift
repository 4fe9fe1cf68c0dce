import CurriculumKit
import TerminalKit

/// Everything the workbench shows; screens are functions of it.
public struct WorkbenchState: Sendable {
    /// The main screens; overlays (help, search) are drawn on top of them.
    enum Screen: Hashable, Sendable {
        case browser
        case reader
        case problems
        case printPreview
        case editor
        case history
        case merge
    }

    enum Overlay: Hashable, Sendable {
        case help(offset: Int)
        case search
    }

    enum Pane: Int, Hashable, Sendable, CaseIterable {
        case topics, modules, preview
    }

    public internal(set) var store: CurriculumStore {
        didSet { overview = StoreOverview(store) }
    }
    /// The folder's problem count and topic summaries, kept in step with `store`.
    private(set) var overview: StoreOverview
    public var user: String
    /// How the folder is named in the header.
    public var folderName: String
    public internal(set) var width: Int
    public internal(set) var height: Int

    var screen = Screen.browser
    var overlay: Overlay?
    var focus = Pane.topics
    var topicCursor = ListCursor()
    /// The module selection of each topic, so coming back to a topic finds it where it was.
    var moduleCursors: [String: ListCursor] = [:]
    var previewOffset = 0
    var reader: ReaderState?
    var problemsCursor = ListCursor()
    var search = SearchState()
    /// Built on the first search, then kept.
    var searchIndex: SearchIndex?
    var printPreview: PrintPreviewState?
    /// Where the print preview writes files.
    public var files = OutlineFiles.disk
    var message: StatusMessage?
    /// The document open in the editor.
    var editor: EditorState?
    /// The history screen's module and selection.
    var history: HistoryState?
    /// The merge being resolved.
    var merge: MergeState?
    /// The question `n` asks before creating a module.
    var newModule: NewModulePrompt?
    /// Where unsaved edits are kept between sessions; `nil` keeps none.
    public var drafts: DraftStore?
    /// The browser's preview of the last selection drawn.
    let previewCache = LastResultCache<PreviewKey, [[Span]]>()
    /// Whether closing the help goes back to the search box it was opened from.
    var helpReturnsToSearch = false

    public init(store: CurriculumStore, user: String, folderName: String, width: Int, height: Int) {
        self.store = store
        self.overview = StoreOverview(store)
        self.user = user
        self.folderName = folderName
        self.width = width
        self.height = height
        let errors = overview.errorCount
        if errors > 0 {
            message = StatusMessage(
                kind: .error, text: "\(Plural.count(errors, "file", "files")) could not be loaded: press ! to see which")
        }
    }

    /// The smallest terminal the workbench draws in.
    public static let minimumWidth = 60
    public static let minimumHeight = 16

    var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    // MARK: Selection

    var selectedTopic: TopicEntry? {
        store.topics.indices.contains(topicCursor.index) ? store.topics[topicCursor.index] : nil
    }

    var moduleCursor: ListCursor {
        get { selectedTopic.flatMap { moduleCursors[$0.id] } ?? ListCursor() }
        set {
            if let id = selectedTopic?.id { moduleCursors[id] = newValue }
        }
    }

    /// The module open in the reader.
    var readerModule: ModuleEntry? {
        guard let reader else { return nil }
        return store.topic(named: reader.topic)?.modules.first { $0.id == reader.module }
    }

    var selectedModule: ModuleEntry? {
        guard let topic = selectedTopic, topic.modules.indices.contains(moduleCursor.index) else { return nil }
        return topic.modules[moduleCursor.index]
    }

    /// The user's roles on the catalog, for the header: "open folder" when it lists no members.
    var roleText: String {
        if store.catalog.members.isEmpty { return "open folder" }
        guard let member = store.catalog.member(named: user) else { return "guest: read only" }
        return member.roles.map(\.rawValue).joined(separator: ", ")
    }

    /// The validation findings of one module, for the reader and the preview.
    func findings(for entry: ModuleEntry) -> [Diagnostic] {
        guard let current = entry.record.current else { return entry.record.problems }
        let validator = ModuleValidator(knownModules: overview.moduleIDs, expectedTopic: entry.topic, expectedID: entry.id)
        return entry.record.problems + validator.diagnose(current.document, file: current.file)
    }
}
