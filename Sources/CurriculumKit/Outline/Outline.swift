/// A printable outline of a module, a topic or the whole catalog, independent of the output format.
///
/// An outline is a list of pages; each page (the catalog's contents, a topic, a module) starts on
/// a new sheet of paper. The renderers (`TextRenderer`, `MarkdownRenderer`, `HTMLRenderer`) turn it
/// into text; the text in an outline has already been made safe to print and transliterated.
public struct Outline: Hashable, Sendable {
    /// The title of the whole document: the module's, the topic's or the catalog's.
    public var title: String
    /// The language of the document as a BCP 47 tag (the first page's), for HTML's `lang`.
    public var language: String
    /// The pages in print order.
    public var pages: [OutlinePage]
    /// What the person printing should know but the paper need not repeat on every page: diverged
    /// modules, modules that cannot be read. The command line shows them as warnings.
    public var notices: [String]

    public init(title: String, language: String, pages: [OutlinePage], notices: [String] = []) {
        self.title = title
        self.language = language
        self.pages = pages
        self.notices = notices
    }
}

/// One page group of an outline: it starts on a new sheet of paper.
public struct OutlinePage: Hashable, Sendable {
    /// What the page presents.
    public enum Kind: String, Hashable, Sendable {
        case catalog, topic, module
    }

    public var kind: Kind
    /// A stable identifier for links and anchors, e.g. `module-local-action-plans`.
    public var anchor: String
    /// The language of the page's text as a BCP 47 tag, when known.
    public var language: String?
    /// What a running header shows on every sheet of the page.
    public var header: RunningHeader
    public var blocks: [OutlineBlock]

    public init(kind: Kind, anchor: String, language: String?, header: RunningHeader, blocks: [OutlineBlock]) {
        self.kind = kind
        self.anchor = anchor
        self.language = language
        self.header = header
        self.blocks = blocks
    }
}

/// The two parts of a running header: where the page belongs and what it is.
public struct RunningHeader: Hashable, Sendable {
    /// The topic (`Topic 15 · Local Migration Governance and Action Planning`) or the catalog title.
    public var context: String
    /// The module or topic title; empty when the context says it all.
    public var title: String

    public init(context: String, title: String) {
        self.context = context
        self.title = title
    }
}

/// A piece of an outline page.
public enum OutlineBlock: Hashable, Sendable {
    /// A heading: level 1 titles the page, 2 a section, 3 a part of a section.
    case heading(level: Int, text: String)
    /// Short facts shown under a title, one per line.
    case meta([String])
    case paragraph(OutlineText)
    /// A bulleted list.
    case list([OutlineText])
    case table(OutlineTable)
    /// Something the reader must notice, such as a diverged module.
    case notice(OutlineNotice)
}

/// Inline text: plain runs, emphasised labels and links.
public struct OutlineText: Hashable, Sendable, ExpressibleByStringLiteral {
    /// One run of inline text.
    public enum Run: Hashable, Sendable {
        case plain(String)
        /// A label or id the reader scans for (`LO1`); bold where the format allows.
        case strong(String)
        /// A web address; formats without links show the address after the text.
        case link(text: String, url: String)
    }

    public var runs: [Run]

    public init(_ runs: [Run]) {
        self.runs = runs
    }

    public init(_ text: String) {
        self.runs = [.plain(text)]
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// The text without formatting; a link shows its address in angle brackets after its text.
    public var plainText: String {
        runs.map { run in
            switch run {
            case .plain(let text), .strong(let text): text
            case .link(let text, let url): text == url ? "<\(url)>" : "\(text) <\(url)>"
            }
        }.joined()
    }
}

/// A table with a header row.
public struct OutlineTable: Hashable, Sendable {
    /// A column: its heading and how its cells align.
    public struct Column: Hashable, Sendable {
        public enum Alignment: Hashable, Sendable {
            case leading, trailing
        }

        public var title: String
        public var alignment: Alignment

        public init(_ title: String, alignment: Alignment = .leading) {
            self.title = title
            self.alignment = alignment
        }
    }

    /// A row of cells, one per column.
    public struct Row: Hashable, Sendable {
        /// A teaching row, or a break between sessions in an agenda.
        public enum Kind: Hashable, Sendable {
            case body, pause
        }

        public var cells: [String]
        public var kind: Kind

        public init(_ cells: [String], kind: Kind = .body) {
            self.cells = cells
            self.kind = kind
        }
    }

    public var columns: [Column]
    public var rows: [Row]

    public init(columns: [Column], rows: [Row]) {
        self.columns = columns
        self.rows = rows
    }
}

/// A highlighted remark: a label and a sentence.
public struct OutlineNotice: Hashable, Sendable {
    /// A word or two, e.g. `Diverged`.
    public var label: String
    public var text: String

    public init(label: String, text: String) {
        self.label = label
        self.text = text
    }
}
