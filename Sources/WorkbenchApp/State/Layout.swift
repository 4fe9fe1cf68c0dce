import TerminalKit

/// Where each part of the screen goes at the current size.
struct Layout {
    var header: Rect
    var body: Rect
    var footer: Rect

    init(width: Int, height: Int) {
        let full = Rect(x: 0, y: 0, width: width, height: height)
        let (header, rest) = full.splitTop(1)
        let (body, footer) = rest.splitBottom(1)
        self.header = header
        self.body = body
        self.footer = footer
    }

    /// The browser's panes: three side by side when wide, else the focused pane and the next.
    static func browserPanes(
        body: Rect, focus: WorkbenchState.Pane
    ) -> [(pane: WorkbenchState.Pane, area: Rect)] {
        if body.width >= 90 {
            let topicsWidth = body.width * 32 / 100
            let modulesWidth = body.width * 30 / 100
            let (topics, rest) = body.splitLeft(topicsWidth)
            let (modules, preview) = rest.splitLeft(modulesWidth)
            return [(.topics, topics), (.modules, modules), (.preview, preview)]
        }
        let shown: [WorkbenchState.Pane] = focus == .topics ? [.topics, .modules] : [.modules, .preview]
        let (left, right) = body.splitLeft(body.width * 45 / 100)
        return [(shown[0], left), (shown[1], right)]
    }

    /// How many modules fit in a pane `innerHeight` rows tall (two rows each).
    static func moduleRowsVisible(_ innerHeight: Int) -> Int {
        max(1, innerHeight / 2)
    }

    /// Rows inside a boxed pane.
    static func innerHeight(_ area: Rect) -> Int {
        max(1, area.height - 2)
    }
}
