import CurriculumKit
import Foundation
import TerminalKit
import Testing

@testable import WorkbenchApp

private let returnTopic = "13-return-and-reintegration"
private let asylumTopic = "11-asylum-procedures"
private let childrenTopic = "16-children-and-youth-in-migration"

/// The shipped folder plus Cyrillic modules in topic 13 (one of them in review) and a second Macedonian one in topic 11.
private func makeCyrillicFolder() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try folder.create(
        Module(
            id: "povratak-dece", topic: returnTopic, language: "sr-Cyrl",
            title: "Повратак деце без пратње: најбољи интерес детета и заштита у заједници",
            aim: "Оспособити службенике да процене најбољи интерес детета.",
            sessions: [Session(id: "S1", title: "Ђурђевдан у прихватном центру", minutes: 45, method: .lecture)]))
    try folder.create(Module(id: "kratko", topic: returnTopic, language: "sr-Cyrl", title: "Љ"))
    // Combining acute accents (U+0301) take no column.
    try folder.create(Module(id: "naglasak", topic: returnTopic, language: "sr-Cyrl", title: "Пра\u{301}во на а\u{301}зил и заштиту"))
    try folder.create(
        Module(id: "ranlivost", topic: asylumTopic, language: "mk", title: "Прашалник за ранливост: ѓ, ќ, ѕ, џ, љ, њ и ѐ"))
    var store = try folder.open()
    let shipped = try #require(store.topic(named: returnTopic)?.modules.first)
    try store.appendReview(
        ReviewEvent(revision: try #require(shipped.record.current?.id), reviewer: "Marko Marković", time: "2026-11-24T11:00:00Z", verdict: .submit),
        topic: returnTopic, module: shipped.id)
    return folder
}

/// Expects the status badge of each module title row to end on display column `column`.
private func expectBadgesEnd(at column: Int, rows: [Int], in lines: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    for y in rows {
        let badge = ["in review", "draft", "approved", "changes requested", "diverged"].first { lines[y].contains($0 + " ┃") }
        guard let badge, let start = displayColumn(of: badge + " ┃", in: lines[y], last: true) else {
            Issue.record("row \(y) has no status badge:\(dump(lines))", sourceLocation: sourceLocation)
            continue
        }
        #expect(start + DisplayWidth.of(badge) - 1 == column, "row \(y): \(badge) ends at \(start + DisplayWidth.of(badge) - 1)", sourceLocation: sourceLocation)
    }
}

/// Every grapheme of every cell: none may hold a scalar that could control the terminal.
private func expectNoControls(_ buffer: Buffer, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
    for y in 0..<buffer.height {
        for x in 0..<buffer.width {
            let grapheme = buffer[x, y].grapheme
            #expect(
                !grapheme.unicodeScalars.contains(where: isControl),
                "\(what): cell (\(x), \(y)) holds \(grapheme.unicodeScalars.map { String($0.value, radix: 16) })",
                sourceLocation: sourceLocation)
        }
    }
}

@Suite("Cyrillic, long and hostile text")
struct UnicodeLayoutTests {
    @Test("Serbian Cyrillic modules (topic 13): borders and status badges stay in their columns")
    func serbianCyrillic() throws {
        let folder = try makeCyrillicFolder()
        var app = makeApp(try folder.open())
        app.press(Array(repeating: .character("j"), count: 12) + [.tab])
        var buffer = app.render()
        var lines = buffer.lines
        #expect(lines[1] == "┌ Topics ──────────────────────┐┏ Topic 13 · 1 in review, 3… ┓┌ Preview ───────────────────────────┐")
        #expect(lines[2] == "│ 1 Global and Regional M…    –│┃ Реадмисија и ре… in review ┃│ Реадмисија и реинтеграција         │")
        #expect(lines[3] == "│ 2 Human Rights and Migr…    –│┃   360 min · MIRCO curricu… ┃│ повратника                         │")
        #expect(lines[4] == "│ 3 Prevention of Torture…    –│┃ Повратак деце без п… draft ┃│ in review · 360 min · MIRCO        │")
        #expect(lines[6] == "│ 5 Preventing and Combat…    –│┃ Љ                    draft ┃│ 2026-11-23                         │")
        #expect(lines[8] == "│ 7 Migration and Security   1 │┃ Пра́во на а́зил и заш… draft ┃│ sr-Cyrl · face-to-face · 360 min · │")
        #expect(lines[10] == "│ 9 Migration and Gender      –│┃                            ┃│ Aim: Оспособити службенике да      │")
        #expect(lines[14] == "│13 Return, Readmission a…   4…│┃                            ┃│      самоуправом, организују       │")
        expectRowsFit(buffer)
        expectBorders(buffer, at: [0, 31, 32, 61, 62, 99])
        expectBadgesEnd(at: 59, rows: [2, 4, 6, 8], in: lines)

        // Each module in turn: the preview of a Cyrillic module wraps inside its pane.
        for _ in 0..<3 {
            app.press(.character("j"))
            buffer = app.render()
            expectRowsFit(buffer)
            expectBorders(buffer, at: [0, 31, 32, 61, 62, 99])
        }
        #expect(app.screen[2] == "│ 1 Global and Regional M…    –│┃ Реадмисија и ре… in review ┃│ Пра́во на а́зил и заштиту            │")

        var narrow = makeApp(try folder.open(), width: 60, height: 16)
        narrow.press(Array(repeating: .character("j"), count: 12) + [.tab])
        buffer = narrow.render()
        lines = buffer.lines
        #expect(lines[2] == "┃ Реадмисија и… in review ┃│ Реадмисија и реинтеграција    │")
        #expect(lines[4] == "┃ Повратак деце бе… draft ┃│ in review · 360 min · MIRCO   │")
        #expect(lines[6] == "┃ Љ                 draft ┃│ 2026-11-23                    │")
        expectRowsFit(buffer)
        expectBorders(buffer, at: [0, 26, 27, 59])
        expectBadgesEnd(at: 24, rows: [2, 4, 6, 8], in: lines)
    }

    @Test("the Serbian Cyrillic module in the reader: wrapped lines fit, the scrollbar stays in the last column")
    func serbianReader() throws {
        let folder = try makeCyrillicFolder()
        for (width, height) in [(100, 30), (60, 16)] {
            var app = makeApp(try folder.open(), width: width, height: height)
            app.press(Array(repeating: .character("j"), count: 12) + [.tab, .enter])
            #expect(app.screen[1].hasPrefix(" Реадмисија и реинтеграција повратника  in review  rev 1"))
            var pages = 0
            var previous: [String] = []
            while app.screen != previous && pages < 20 {
                previous = app.screen
                let buffer = app.render()
                expectRowsFit(buffer)
                for y in 2..<(height - 1) {
                    let scrollbar = character(atDisplayColumn: width - 1, in: buffer.lines[y])
                    #expect(scrollbar == "│" || scrollbar == "█", "\(width)×\(height) row \(y):\(dump(buffer.lines))")
                }
                app.press(.pageDown)
                pages += 1
            }
            #expect(pages > 2, "the module spans several pages")
        }
    }

    @Test("Macedonian modules (topic 11): aligned rows and a wrapped preview")
    func macedonian() throws {
        let folder = try makeCyrillicFolder()
        var app = makeApp(try folder.open())
        app.press(Array(repeating: .character("j"), count: 10) + [.tab])
        let buffer = app.render()
        let lines = buffer.lines
        #expect(lines[1] == "┌ Topics ──────────────────────┐┏ Topic 11 · 2 draft ━━━━━━━━┓┌ Preview ───────────────────────────┐")
        #expect(lines[2] == "│ 1 Global and Regional M…    –│┃ Постапка за азил: п… draft ┃│ Постапка за азил: прв контакт,     │")
        #expect(lines[3] == "│ 2 Human Rights and Migr…    –│┃   315 min · MIRCO curricu… ┃│ регистрација и упатување           │")
        #expect(lines[4] == "│ 3 Prevention of Torture…    –│┃ Прашалник за ранлив… draft ┃│ draft · 315 min · MIRCO curriculum │")
        #expect(lines[7] == "│ 6 Protection of the Rig…    –│┃                            ┃│ mk · blended · 315 min · EQF 5     │")
        #expect(lines[8] == "│ 7 Migration and Security   1 │┃                            ┃│ Aim: Службениците да се оспособат  │")
        #expect(lines[9] == "│ 8 Migration and Develop…    –│┃                            ┃│      да препознаат барање за       │")
        expectRowsFit(buffer)
        expectBorders(buffer, at: [0, 31, 32, 61, 62, 99])
        expectBadgesEnd(at: 59, rows: [2, 4], in: lines)

        app.press(.character("j"))
        #expect(app.screen[2] == "│ 1 Global and Regional M…    –│┃ Постапка за азил: п… draft ┃│ Прашалник за ранливост: ѓ, ќ, ѕ,   │")
        #expect(app.screen[3] == "│ 2 Human Rights and Migr…    –│┃   315 min · MIRCO curricu… ┃│ џ, љ, њ и ѐ                        │")
        app.press(.enter)
        #expect(app.screen[1] == " Прашалник за ранливост: ѓ, ќ, ѕ, џ, љ, њ и ѐ  draft  rev 1 · Test Author · 2026-11-24" + String(repeating: " ", count: 14))
    }

    @Test("a title of 300 characters is cut with … and the borders hold")
    func longTitle() throws {
        let title = String(repeating: "Long title ", count: 27) + "END"
        #expect(title.count == 300)
        let folder = try TemporaryFolder()
        try folder.create(Module(id: "long-title", topic: childrenTopic, title: title, sessions: [Session(id: "S1", title: title, minutes: 30, method: .lecture)]))
        for (width, height) in [(100, 30), (60, 16)] {
            var app = makeApp(try folder.open(), width: width, height: height)
            app.press(.character("G"), .tab)
            var buffer = app.render()
            let lines = buffer.lines
            if width == 100 {
                #expect(lines[2] == "│ 1 Global and Regional M…    –│┃ Long title Long tit… draft ┃│ Long title Long title Long title   │")
                #expect(lines[11] == "│10 Legal Migration Pathw…    –│┃                            ┃│ END                                │")
                expectBorders(buffer, at: [0, 31, 32, 61, 62, 99])
            } else {
                #expect(lines[2] == "┃ Long title Long … draft ┃│ Long title Long title Long    │")
                expectBorders(buffer, at: [0, 26, 27, 59])
            }
            expectRowsFit(buffer)

            app.press(.enter)
            buffer = app.render()
            #expect(buffer.lines[1].hasSuffix("…  draft"), "the title gives way to the status:\(dump(buffer.lines))")
            #expect(DisplayWidth.of(buffer.lines[1]) == width)
            expectRowsFit(buffer)

            app.press(.escape, .character("/"))
            app.type("END")
            buffer = app.render()
            expectRowsFit(buffer)
            let resultRow = buffer.lines[4]
            #expect(resultRow.contains("16 Long title Long title"))
            #expect(resultRow.contains("… │"), "the result title is cut inside the box:\(dump(buffer.lines))")
        }
    }

    @Test("wide characters (CJK, emoji) take two columns and keep the borders aligned")
    func wideCharacters() throws {
        let folder = try TemporaryFolder()
        try folder.create(Module(id: "wide", topic: childrenTopic, title: "研修モジュール 🇷🇸 移民と子ども 研修モジュール"))
        try folder.create(Module(id: "narrow", topic: childrenTopic, title: "Children first"))
        for (width, height) in [(100, 30), (60, 16)] {
            var app = makeApp(try folder.open(), width: width, height: height)
            app.press(.character("G"), .tab)
            let buffer = app.render()
            expectRowsFit(buffer)
            expectBorders(buffer, at: width == 100 ? [0, 31, 32, 61, 62, 99] : [0, 26, 27, 59])
            expectBadgesEnd(at: width == 100 ? 59 : 24, rows: [2, 4], in: buffer.lines)
        }
    }

    @Test("control characters and escape sequences in the text are drawn as visible symbols")
    func controlCharacters() throws {
        let title = "Bad \u{1B}[31mred\u{1B}[0m \u{9B}2J \u{202E}evil\u{202C} end"
        let folder = try TemporaryFolder()
        try folder.create(
            Module(
                id: "hostile", topic: childrenTopic, title: title,
                aim: "Ring \u{7} the bell\u{1B}]0;window title\u{7} and \u{2066}isolate\u{2069}, carriage\rreturn",
                description: "Line one\nline two with DEL \u{7F} and C1 \u{85}\u{90}",
                sessions: [
                    Session(id: "S1", title: "Session \u{1B}[2J clear", minutes: 30, method: .lecture, trainerNotes: "Notes \u{1B}[1;1H home \u{2028} sep")
                ],
                keywords: ["\u{202D}override"]))
        for (width, height) in [(100, 30), (60, 16)] {
            var app = makeApp(try folder.open(), width: width, height: height)
            app.press(.character("G"), .tab)
            var buffer = app.render()
            expectNoControls(buffer, "browser")
            expectRowsFit(buffer)
            if width == 100 {
                #expect(buffer.lines[2] == "│ 1 Global and Regional M…    –│┃ Bad ␛[31mred␛[0m ⍰2… draft ┃│ Bad ␛[31mred␛[0m ⍰2J ⍰evil⍰ end    │")
                #expect(buffer.lines[4] == "│ 3 Prevention of Torture…    –│┃                            ┃│ 2026-11-24                         │")
            }
            app.press(.tab)
            for _ in 0..<10 {
                app.press(.character("j"))
                expectNoControls(app.render(), "preview")
            }

            app.press(.enter)
            #expect(app.state.screen == .reader)
            var previous: [String] = []
            while app.screen != previous {
                previous = app.screen
                buffer = app.render()
                expectNoControls(buffer, "reader")
                expectRowsFit(buffer)
                app.press(.pageDown)
            }
            #expect(app.render().lines.contains { $0.contains("Notes ␛[1;1H home ⍰ sep") } || width == 60)

            app.press(.escape, .character("/"))
            app.type("evil")
            buffer = app.render()
            expectNoControls(buffer, "search")
            #expect(buffer.lines[3].contains(" 1 module "))
            #expect(buffer.lines[4].contains("16 Bad ␛[31mred␛[0m ⍰2J ⍰evil⍰ end"))
        }
    }
}
