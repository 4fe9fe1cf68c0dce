/// The selected row of a list and the first row shown, kept so the view scrolls only when needed.
struct ListCursor: Hashable, Sendable {
    var index = 0
    var offset = 0

    /// Moves the selection by `delta` rows within `count`, scrolling a viewport of `height` rows.
    mutating func move(by delta: Int, count: Int, height: Int) {
        guard count > 0 else {
            self = ListCursor()
            return
        }
        index = min(max(0, index + delta), count - 1)
        reveal(height: height, count: count)
    }

    mutating func select(_ newIndex: Int, count: Int, height: Int) {
        index = newIndex
        move(by: 0, count: count, height: height)
    }

    /// Keeps the selection inside the viewport and the viewport inside the list.
    mutating func reveal(height: Int, count: Int) {
        let height = max(1, height)
        index = min(max(0, index), max(0, count - 1))
        if index < offset { offset = index }
        if index >= offset + height { offset = index - height + 1 }
        offset = max(0, min(offset, max(0, count - height)))
    }

    /// A copy adjusted to a viewport, for drawing after a resize.
    func revealed(height: Int, count: Int) -> ListCursor {
        var copy = self
        copy.reveal(height: height, count: count)
        return copy
    }
}
