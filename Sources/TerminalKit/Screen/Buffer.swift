/// A grid of `width` × `height` cells that a screen renders into.
///
/// A screen is a pure function of its state drawn into a `Buffer`; the terminal
/// backend then draws only what `diff(from:)` reports as changed. Writing always
/// goes through `SafeText`, clips to the buffer (and to an optional rectangle),
/// and never splits a wide character: one that would straddle an edge is replaced
/// by spaces.
public struct Buffer: Hashable, Sendable {
    public let width: Int
    public let height: Int
    /// The cells in row-major order.
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown, or `nil` to hide it.
    public var cursor: Position?

    /// Creates a buffer filled with blank cells.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The rectangle covering the whole buffer.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at (`x`, `y`); a blank cell outside the buffer.
    public subscript(x: Int, y: Int) -> Cell {
        guard bounds.contains(x: x, y: y) else { return .blank }
        return cells[y * width + x]
    }

    /// Row `y` as text: each cell's grapheme, continuation cells omitted.
    public func line(_ y: Int) -> String {
        guard y >= 0 && y < height else { return "" }
        var text = ""
        for cell in cells[(y * width)..<((y + 1) * width)] where !cell.isContinuation {
            text += cell.grapheme
        }
        return text
    }

    /// Every row as text, top to bottom.
    public var lines: [String] { (0..<height).map(line) }

    // MARK: Writing

    /// Writes one line of text starting at (`x`, `y`) and returns the column after it.
    ///
    /// The text is sanitised with `SafeText` (a newline is shown as ␊, not followed);
    /// it is clipped to the buffer and to `clip` when given. Zero-width characters
    /// with nothing to attach to are dropped.
    @discardableResult
    public mutating func write(
        _ text: some StringProtocol, x: Int, y: Int, style: Style = .normal, clip: Rect? = nil
    ) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        guard y >= area.y && y < area.maxY && area.width > 0 else { return x }
        var column = x
        let safe = SafeText.sanitize(text)
        if DisplayWidth.simpleWidth(of: safe) != nil {
            // Every scalar is a character one column wide: no need to find character boundaries.
            for scalar in safe.unicodeScalars {
                if column >= area.maxX { break }
                if column >= area.x { place(String(Character(scalar)), width: 1, x: column, y: y, style: style) }
                column += 1
            }
            return min(column, area.maxX)
        }
        for character in safe {
            let characterWidth = character.displayWidth
            if characterWidth == 0 { continue }
            if column >= area.maxX { break }
            let end = column + characterWidth
            if column < area.x || end > area.maxX {
                // Straddles (or lies left of) an edge: show the visible part as spaces.
                for padding in max(column, area.x)..<min(end, area.maxX) {
                    place(" ", width: 1, x: padding, y: y, style: style)
                }
            } else {
                place(String(character), width: characterWidth, x: column, y: y, style: style)
            }
            column = end
        }
        return min(column, area.maxX)
    }

    /// Writes `text` on the first row of `row`, truncated with "…" and padded to its width.
    public mutating func write(
        _ text: some StringProtocol, in row: Rect, style: Style = .normal,
        alignment: TextAlignment = .left
    ) {
        guard !row.isEmpty else { return }
        let fitted = SafeText.sanitize(text).padded(toWidth: row.width, alignment: alignment)
        write(fitted, x: row.x, y: row.y, style: style, clip: row)
    }

    /// Fills `rect` with spaces in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .normal) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX {
                place(" ", width: 1, x: x, y: y, style: style)
            }
        }
    }

    /// Adds `attributes` to the style of every cell in `rect`, e.g. to highlight a row.
    public mutating func addAttributes(_ attributes: Style.Attributes, in rect: Rect) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX {
                cells[y * width + x].style.attributes.formUnion(attributes)
            }
        }
    }

    /// Puts a grapheme of `width` columns (1 or 2) at a position known to fit,
    /// first breaking up any wide character it partly overwrites.
    private mutating func place(_ grapheme: String, width characterWidth: Int, x: Int, y: Int, style: Style) {
        let index = y * width + x
        if cells[index].isContinuation && x > 0 {
            cells[index - 1] = Cell(grapheme: " ", style: cells[index - 1].style)
        }
        let after = x + characterWidth
        if after < width && cells[index + characterWidth].isContinuation {
            cells[index + characterWidth] = Cell(grapheme: " ", style: cells[index + characterWidth].style)
        }
        cells[index] = Cell(grapheme: grapheme, style: style)
        if characterWidth == 2 {
            cells[index + 1] = Cell(grapheme: "", style: style, isContinuation: true)
        }
    }
}
