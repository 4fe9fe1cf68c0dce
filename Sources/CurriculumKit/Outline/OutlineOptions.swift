/// The file format an outline is rendered in.
public enum OutlineFormat: String, CaseIterable, Hashable, Sendable {
    /// Plain text wrapped to a width, headings underlined, pages separated by form feeds.
    case text
    /// CommonMark with pipe tables.
    case markdown
    /// One self-contained HTML file with an A4 print stylesheet.
    case html
}

/// Who the outline is printed for.
public enum OutlineEdition: String, CaseIterable, Hashable, Sendable {
    /// For participants: aim, outcomes, session plan, assessment, references.
    case handout
    /// Everything in the handout plus trainer notes, materials, outcome coverage, validation
    /// warnings and the revision the outline was printed from.
    case trainer
}

/// The alphabet to print Serbian-like and Macedonian text in.
public enum OutlineScript: String, CaseIterable, Hashable, Sendable {
    case latin, cyrillic
}

/// How to print an outline.
public struct OutlineOptions: Hashable, Sendable {
    public var format: OutlineFormat
    public var edition: OutlineEdition
    /// The alphabet to transliterate into; `nil` prints the text as written.
    public var script: OutlineScript?
    /// Clock times and training days for the session plan; `nil` prints the plan without times.
    public var agenda: AgendaOptions?
    /// The width text output is wrapped to, in terminal columns.
    public var width: Int
    /// When the outline is printed (`2026-11-25T08:00:00Z`), shown in the trainer edition; `nil`
    /// leaves it out, which keeps the output the same from one day to the next.
    public var printedAt: String?

    public init(
        format: OutlineFormat = .text, edition: OutlineEdition = .handout, script: OutlineScript? = nil,
        agenda: AgendaOptions? = nil, width: Int = 80, printedAt: String? = nil
    ) {
        self.format = format
        self.edition = edition
        self.script = script
        self.agenda = agenda
        self.width = width
        self.printedAt = printedAt
    }

    /// The narrowest width text output accepts.
    public static let minimumWidth = 40
}

/// What to print: a module, a topic, or the whole catalog.
public enum OutlineTarget: Hashable, Sendable {
    /// Every topic in catalog order, each followed by its modules.
    case all
    /// A topic by number or id (`7`, `07-migration-and-security`).
    case topic(String)
    /// A module as `TOPIC/MODULE` or by its bare id.
    case module(String)
    /// A topic number or id if the folder has such a topic, else a bare module id.
    case named(String)

    /// Reads what someone typed: `all`, `TOPIC/MODULE`, or a topic or module name.
    public init(_ argument: String) {
        if argument == "all" {
            self = .all
        } else if argument.contains("/") {
            self = .module(argument)
        } else {
            self = .named(argument)
        }
    }
}
