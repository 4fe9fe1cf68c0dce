import TerminalKit
import Testing

@testable import WorkbenchApp

private func click(_ x: Int, _ y: Int) -> KeyEvent { .mouse(MouseEvent(kind: .leftPress, x: x, y: y)) }
private func scroll(down: Bool, _ x: Int, _ y: Int) -> KeyEvent {
    .mouse(MouseEvent(kind: down ? .scrollDown : .scrollUp, x: x, y: y))
}

@Suite("Mouse")
struct MouseTests {
    @Test("a click selects a topic, a click on a module selects it, a second click opens it")
    func clicks() throws {
        var app = try makeShippedApp()
        // Topic 15 is on row 16 of the topics pane (x 0–31).
        app.press(click(10, 16))
        #expect(app.state.topicCursor.index == 14)
        #expect(app.state.focus == .topics)
        #expect(app.screen[29].hasSuffix(" topic 15/16  "))
        // Its module's two rows start at row 2 of the modules pane (x 32–61).
        app.press(click(40, 3))
        #expect(app.state.focus == .modules)
        #expect(app.state.screen == .browser)
        app.press(click(40, 2))
        #expect(app.state.screen == .reader)
        // Clicks below the last module or on a border do nothing.
        var other = try makeShippedApp()
        other.press(click(10, 16), click(40, 10), click(0, 5))
        #expect(other.state.focus == .topics)
        #expect(other.state.topicCursor.index == 14)
    }

    @Test("the wheel moves the list under the pointer and scrolls the reader and the preview")
    func wheelScrolls() throws {
        var app = try makeShippedApp()
        app.press(scroll(down: true, 10, 5), scroll(down: true, 10, 5))
        #expect(app.state.topicCursor.index == 2)
        app.press(scroll(down: false, 10, 5))
        #expect(app.state.topicCursor.index == 1)
        app.press(scroll(down: true, 80, 5))
        #expect(app.state.previewOffset == 3)

        app.press(.character("G"), .character("k"), .tab, .enter)
        #expect(app.state.screen == .reader)
        let top = app.screen
        app.press(scroll(down: true, 50, 10))
        #expect(app.screen != top)
        app.press(scroll(down: false, 50, 10))
        #expect(app.screen == top)

        app.press(.character("p"))
        app.press(scroll(down: true, 50, 10))
        #expect(app.state.printPreview?.view.scrollOffset == 3)
    }

    @Test("mouse events do nothing while help or search is open, or on a screen too small")
    func ignored() throws {
        var app = try makeShippedApp()
        app.press(.character("?"))
        let help = app.screen
        app.press(click(10, 16), scroll(down: true, 10, 5))
        #expect(app.screen == help)
        var small = try makeShippedApp(width: 40, height: 10)
        #expect(small.press(click(5, 5)) == [])
    }
}
