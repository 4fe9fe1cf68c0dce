extension Buffer {
    /// Writes a line of styled spans starting at (`x`, `y`) and returns the column after it.
    ///
    /// Each span goes through `write(_:x:y:style:clip:)`, so it is sanitised and clipped.
    @discardableResult
    public mutating func write(_ spans: [Span], x: Int, y: Int, clip: Rect? = nil) -> Int {
        var column = x
        for span in spans {
            column = write(span.text, x: column, y: y, style: span.style, clip: clip)
        }
        return column
    }

    /// Writes `spans` on the first row of `row`, truncated with "…", and fills the rest
    /// of the row with spaces in `fill`.
    public mutating func write(_ spans: [Span], in row: Rect, fill: Style = .normal) {
        guard !row.isEmpty else { return }
        let line = Rect(x: row.x, y: row.y, width: row.width, height: 1)
        self.fill(line, style: fill)
        write(spans.truncated(toWidth: row.width), x: row.x, y: row.y, clip: line)
    }
}
