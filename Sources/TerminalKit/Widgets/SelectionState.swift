/// The selected index and scroll offset of a vertical list of `count` rows.
///
/// Shared by `ListView` and `Table`. The offset is kept so that the selection is
/// visible in a viewport of `viewportHeight` rows; `visibleOffset(height:)` corrects
/// it for the height actually drawn, in case the viewport was not updated.
struct SelectionState: Hashable, Sendable {
    private(set) var count: Int
    private(set) var selectedIndex: Int
    private(set) var scrollOffset: Int
    var viewportHeight: Int {
        didSet { scrollSelectionIntoView() }
    }

    init(count: Int, selectedIndex: Int = 0, viewportHeight: Int) {
        self.count = max(0, count)
        self.selectedIndex = 0
        self.scrollOffset = 0
        self.viewportHeight = max(1, viewportHeight)
        select(selectedIndex)
    }

    /// Changes the number of rows, keeping the selection inside it.
    mutating func setCount(_ newCount: Int) {
        count = max(0, newCount)
        select(selectedIndex)
    }

    /// Selects row `index` (clamped) and scrolls just enough to show it.
    mutating func select(_ index: Int) {
        selectedIndex = count == 0 ? 0 : min(max(0, index), count - 1)
        scrollSelectionIntoView()
    }

    /// Moves the selection by whole pages, scrolling the view by the same amount.
    mutating func movePage(by pages: Int) {
        let page = max(1, viewportHeight)
        scrollOffset = clampedOffset(scrollOffset + pages * page, height: page)
        select(selectedIndex + pages * page)
    }

    /// Handles the navigation keys; returns whether `key` was one of them.
    mutating func handle(_ key: KeyEvent) -> Bool {
        switch key {
        case .up: select(selectedIndex - 1)
        case .down: select(selectedIndex + 1)
        case .home: select(0)
        case .end: select(count - 1)
        case .pageUp: movePage(by: -1)
        case .pageDown: movePage(by: 1)
        default: return false
        }
        return true
    }

    /// The first row to draw in a viewport of `height` rows: the stored offset,
    /// moved as little as needed to show the selection and to leave no empty rows.
    func visibleOffset(height: Int) -> Int {
        guard height > 0 else { return 0 }
        var offset = clampedOffset(scrollOffset, height: height)
        if selectedIndex < offset { offset = selectedIndex }
        if selectedIndex >= offset + height { offset = selectedIndex - height + 1 }
        return max(0, offset)
    }

    private mutating func scrollSelectionIntoView() {
        scrollOffset = visibleOffset(height: viewportHeight)
    }

    private func clampedOffset(_ offset: Int, height: Int) -> Int {
        min(max(0, offset), max(0, count - height))
    }
}
