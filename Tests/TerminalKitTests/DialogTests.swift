import Testing
@testable import TerminalKit

@Suite("Dialog")
struct DialogTests {
    private func makeDialog() -> Dialog {
        Dialog(
            title: "Izmene", message: "Sačuvati modul pre izlaska?",
            buttons: [Dialog.Button("Da", shortcut: "d"), Dialog.Button("Ne", shortcut: "n"), "Otkaži"],
            cancelButton: 2)
    }

    @Test func isCentredWithAWrappedMessageAndButtons() {
        let dialog = Dialog(title: "Izmene", message: "Sačuvati modul pre izlaska?", buttons: ["Da", "Ne"])
        var buffer = Buffer(width: 30, height: 7)
        buffer.write(String(repeating: "x", count: 30), x: 0, y: 6)
        dialog.render(into: &buffer, area: buffer.bounds)
        #expect(dialog.frame(in: buffer.bounds) == Rect(x: 0, y: 0, width: 30, height: 6))
        let blank = String(repeating: " ", count: 28)
        #expect(buffer.lines == [
            "┌ Izmene " + String(repeating: "─", count: 20) + "┐",
            "│ Sačuvati modul pre" + String(repeating: " ", count: 9) + "│",
            "│ izlaska?" + String(repeating: " ", count: 19) + "│",
            "│" + blank + "│",
            "│       [ Da ] [ Ne ]        │",
            "└" + String(repeating: "─", count: 28) + "┘",
            String(repeating: "x", count: 30),
        ])
        // The selected button is drawn in reverse video, the other one is not.
        #expect(buffer[8, 4].style == .selection)
        #expect(buffer[15, 4].style == .normal)
    }

    @Test func clearsWhatItCovers() {
        let dialog = Dialog(title: "T", message: "ok", buttons: [])
        var buffer = Buffer(width: 10, height: 5)
        buffer.fill(buffer.bounds)
        for y in 0..<5 { buffer.write("##########", x: 0, y: y) }
        dialog.render(into: &buffer, area: buffer.bounds)
        #expect(dialog.frame(in: buffer.bounds) == Rect(x: 2, y: 1, width: 6, height: 3))
        #expect(buffer.lines == ["##########", "##┌ T ─┐##", "##│ ok │##", "##└────┘##", "##########"])
    }

    @Test func arrowsAndTabMoveBetweenButtonsWrappingAround() {
        var dialog = makeDialog()
        let consumed1 = dialog.handle(.right)
        #expect(consumed1)
        #expect(dialog.selectedButton == 1)
        _ = dialog.handle(.tab)
        _ = dialog.handle(.tab)
        #expect(dialog.selectedButton == 0)
        _ = dialog.handle(.backTab)
        #expect(dialog.selectedButton == 2)
        _ = dialog.handle(.left)
        #expect(dialog.selectedButton == 1)
        let ignored2 = dialog.handle(.enter)
        #expect(!ignored2)
    }

    @Test func enterShortcutsAndEscapeChooseButtons() {
        var dialog = makeDialog()
        _ = dialog.handle(.right)
        #expect(dialog.activatedButton(for: .enter) == 1)
        #expect(dialog.activatedButton(for: .character("d")) == 0)
        #expect(dialog.activatedButton(for: .character("N")) == 1)
        #expect(dialog.activatedButton(for: .escape) == 2)
        #expect(dialog.activatedButton(for: .character("x")) == nil)
        #expect(dialog.activatedButton(for: .down) == nil)
    }

    @Test func cyrillicAndCJKMessagesWrapByColumns() {
        let dialog = Dialog(title: "Грешка", message: "Датотека није сачувана 文件未保存", buttons: ["У реду"], maxWidth: 20)
        var buffer = Buffer(width: 24, height: 8)
        dialog.render(into: &buffer, area: buffer.bounds)
        let frame = dialog.frame(in: buffer.bounds)
        #expect(frame == Rect(x: 2, y: 0, width: 20, height: 7))
        // 16 columns of message: words wrap whole, the ideographs counted two columns each.
        #expect(buffer.lines == [
            "  ┌ Грешка ──────────┐  ",
            "  │ Датотека није    │  ",
            "  │ сачувана         │  ",
            "  │ 文件未保存       │  ",
            "  │                  │  ",
            "  │    [ У реду ]    │  ",
            "  └──────────────────┘  ",
            "                        ",
        ])
        #expect(buffer.lines.allSatisfy { $0.displayWidth == 24 })
    }
}
