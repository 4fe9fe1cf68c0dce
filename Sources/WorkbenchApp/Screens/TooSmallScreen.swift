import TerminalKit

/// What is drawn when the terminal is smaller than the workbench needs.
enum TooSmallScreen {
    static func render(_ state: WorkbenchState, into buffer: inout Buffer) {
        let lines = [
            "Terminal too small:",
            "need \(WorkbenchState.minimumWidth)×\(WorkbenchState.minimumHeight), now \(state.width)×\(state.height).",
            "Enlarge the window, or press q to quit.",
        ]
        let top = max(0, (state.height - lines.count) / 2)
        for (index, line) in lines.enumerated() where top + index < state.height {
            buffer.write(line, in: Rect(x: 0, y: top + index, width: state.width, height: 1), alignment: .center)
        }
    }
}
