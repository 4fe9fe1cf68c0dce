import CurriculumKit
import TerminalKit
import Testing

@testable import WorkbenchApp

@Suite("Terminal too small")
struct TooSmallScreenTests {
    @Test("below 60×16 only the message is drawn", arguments: [(59, 16), (60, 15), (40, 10)])
    func message(width: Int, height: Int) throws {
        let app = try makeShippedApp(width: width, height: height)
        let lines = app.screen
        #expect(lines.count == height)
        let message = [
            "Terminal too small:",
            "need 60×16, now \(width)×\(height).",
            "Enlarge the window, or press q to quit.",
        ]
        let top = (height - 3) / 2
        for (y, line) in lines.enumerated() {
            if (top..<top + 3).contains(y) {
                #expect(line.trimmingCharacters(in: .whitespaces) == message[y - top], "row \(y):\(dump(lines))")
            } else {
                #expect(line == String(repeating: " ", count: width), "row \(y) must be blank:\(dump(lines))")
            }
        }
    }

    @Test("the exact lines at 59×16 and 60×15")
    func exactLines() throws {
        let narrow = try makeShippedApp(width: 59, height: 16).screen
        #expect(narrow[6] == "                    Terminal too small:                    ")
        #expect(narrow[7] == "                  need 60×16, now 59×16.                   ")
        #expect(narrow[8] == "          Enlarge the window, or press q to quit.          ")
        let short = try makeShippedApp(width: 60, height: 15).screen
        #expect(short[6] == "                    Terminal too small:                     ")
        #expect(short[7] == "                   need 60×16, now 60×15.                   ")
        #expect(short[8] == "          Enlarge the window, or press q to quit.           ")
        #expect(try makeShippedApp(width: 60, height: 16).screen[1].hasPrefix("┏ Topics"), "60×16 is big enough")
    }

    @Test("q still quits, Ctrl-L redraws, other keys do nothing")
    func keys() throws {
        var app = try makeShippedApp(width: 59, height: 16)
        let small = app.screen
        for key in [KeyEvent.character("j"), .character("G"), .tab, .enter, .character("/"), .character("?"), .character("!"), .escape] {
            #expect(app.press(key) == [])
            #expect(app.screen == small)
        }
        #expect(app.state.topicCursor.index == 0, "keys pressed while too small did not move the selection")
        #expect(app.state.overlay == nil)
        #expect(app.press(.control("l")) == [.redrawAll])
        #expect(app.press(.character("q")) == [.quit])
    }

    @Test("growing the window back restores the screen as it was")
    func growBack() throws {
        var app = try makeShippedApp()
        app.press(.character("G"), .character("k"), .tab, .enter, .character("j"), .character("j"))
        let reader = app.screen
        app.resize(width: 59, height: 16)
        #expect(app.screen[7] == "                  need 60×16, now 59×16.                   ")
        app.resize(width: 60, height: 15)
        #expect(app.screen[7] == "                   need 60×16, now 60×15.                   ")
        app.resize(width: 100, height: 30)
        #expect(app.screen == reader)

        var browser = try makeShippedApp()
        browser.press(.character("G"), .character("k"), .character("?"))
        let help = browser.screen
        browser.resize(width: 40, height: 10)
        #expect(browser.press(.escape) == [])
        browser.resize(width: 100, height: 30)
        #expect(browser.screen == help, "the help is still open")
    }
}
