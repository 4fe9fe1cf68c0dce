import TerminalKit

extension Rect {
    /// The area with `columns` left free on each side, so text does not touch a border.
    func paddedHorizontally(_ columns: Int) -> Rect {
        guard width > 2 * columns else { return self }
        return Rect(x: x + columns, y: y, width: width - 2 * columns, height: height)
    }
}
