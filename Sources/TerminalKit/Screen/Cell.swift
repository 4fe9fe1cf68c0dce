/// One cell of a `Buffer`: a grapheme cluster and its style.
///
/// A wide character occupies its own cell and the one to its right; that second
/// cell is a continuation: it holds no grapheme and is never drawn on its own.
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn in this cell; empty for a continuation cell.
    public var grapheme: String
    public var style: Style
    /// Whether this cell is covered by the wide character to its left.
    public var isContinuation: Bool

    public init(grapheme: String = " ", style: Style = .normal, isContinuation: Bool = false) {
        self.grapheme = grapheme
        self.style = style
        self.isContinuation = isContinuation
    }

    /// An empty cell: a space in the default style.
    public static let blank = Cell()

    /// The number of columns the grapheme spans (2 for wide characters).
    public var width: Int { isContinuation ? 0 : max(1, DisplayWidth.of(grapheme)) }
}
