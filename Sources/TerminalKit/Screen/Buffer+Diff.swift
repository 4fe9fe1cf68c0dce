extension Buffer {
    /// A run of consecutive cells in one row that must be drawn again.
    public struct Change: Hashable, Sendable {
        /// Where the run starts.
        public var position: Position
        /// The cells of the run, continuation cells included.
        public var cells: [Cell]
    }

    /// Returns the runs of cells that differ from `previous`, row by row.
    ///
    /// A run never starts on a continuation cell nor ends between a wide character
    /// and its continuation, so each run can be drawn on its own. When the sizes
    /// differ, every row is one run.
    public func diff(from previous: Buffer?) -> [Change] {
        guard let previous, previous.width == width, previous.height == height else {
            return (0..<height).compactMap { y in
                width > 0 ? Change(position: Position(x: 0, y: y), cells: row(y)) : nil
            }
        }
        var changes: [Change] = []
        for y in 0..<height {
            var changed = (0..<width).map { x in self[x, y] != previous[x, y] }
            for x in 0..<width where changed[x] {
                // Keep wide characters whole in both the old and the new row.
                if self[x, y].isContinuation || previous[x, y].isContinuation, x > 0 {
                    changed[x - 1] = true
                }
            }
            for x in stride(from: width - 1, through: 0, by: -1) where changed[x] {
                if x + 1 < width && (self[x + 1, y].isContinuation || previous[x + 1, y].isContinuation) {
                    changed[x + 1] = true
                }
            }
            var x = 0
            while x < width {
                guard changed[x] else {
                    x += 1
                    continue
                }
                let start = x
                while x < width && changed[x] { x += 1 }
                let run = Array(cells[(y * width + start)..<(y * width + x)])
                changes.append(Change(position: Position(x: start, y: y), cells: run))
            }
        }
        return changes
    }

    /// The cells of row `y`, indexed from 0.
    private func row(_ y: Int) -> [Cell] {
        Array(cells[(y * width)..<((y + 1) * width)])
    }
}
