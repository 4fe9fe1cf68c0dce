import Foundation
import Testing

@testable import CurriculumKit

/// Display columns counted independently of the code under test: combining marks none, CJK two.
private func columns(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if first.properties.generalCategory == .nonspacingMark { return 0 }
    if (0x4E00...0x9FFF).contains(first.value) || (0xAC00...0xD7A3).contains(first.value) { return 2 }
    return 1
}

private func displayWidth(_ line: some StringProtocol) -> Int {
    line.reduce(0) { $0 + columns($1) }
}

/// The line as one entry per display column; the second column of a wide character is `nil`.
private func cells(_ line: some StringProtocol) -> [Character?] {
    line.flatMap { character -> [Character?] in
        let width = columns(character)
        return width == 0 ? [] : [character] + Array(repeating: nil, count: width - 1)
    }
}

/// Checks that every line of a text table keeps its columns where the rule under the header puts them.
private func expectAligned(_ table: [String], trailingLast: Bool, sourceLocation: SourceLocation = #_sourceLocation) {
    guard table.count > 2 else {
        Issue.record("no table", sourceLocation: sourceLocation)
        return
    }
    let rule = Array(table[1])
    var starts: [Int] = []
    var ends: [Int] = []
    for (index, character) in rule.enumerated() where character == "-" {
        if index == 0 || rule[index - 1] == " " { starts.append(index) }
        if index == rule.count - 1 || rule[index + 1] == " " { ends.append(index) }
    }
    for line in [table[0]] + table.dropFirst(2) {
        let row = cells(line)
        #expect(row.count <= rule.count, "too wide: \(line)", sourceLocation: sourceLocation)
        // The gaps between columns are blank on every line.
        for (end, start) in zip(ends, starts.dropFirst()) {
            for position in (end + 1)..<start where position < row.count {
                #expect(row[position] == " ", "column gap at \(position) in: \(line)", sourceLocation: sourceLocation)
            }
        }
        // A cell starts at its column's start; a number ends at its column's end.
        for (column, start) in starts.enumerated() where start < row.count {
            let isTrailing = trailingLast && column == starts.count - 1
            if !isTrailing, let character = row[start] {
                let previous = start > 0 ? row[start - 1] : " "
                #expect(character == " " || previous == " ", "cell not at column \(start): \(line)", sourceLocation: sourceLocation)
            }
        }
        if trailingLast, let last = row.lastIndex(where: { $0 != " " && $0 != nil }), last >= starts.last ?? 0 {
            #expect(last == ends.last, "number not at the column's end: \(line)", sourceLocation: sourceLocation)
        }
    }
}

/// The lines of the first table under a heading line that contains `columnTitle`.
private func table(in text: String, headerContaining columnTitle: String) throws -> [String] {
    let lines = printedLines(text)
    let header = try #require(lines.firstIndex { $0.contains(columnTitle) && $0.contains("  ") })
    return Array(lines[header...].prefix { !$0.isEmpty })
}

@Suite("Printing: text layout")
struct TextLayoutOutlineTests {
    @Test("a session plan with Cyrillic titles stays aligned, with and without clock times")
    func cyrillicSessionTable() throws {
        let store = try PrintingFixtures.shippedStore()
        for agenda in [nil, PrintingFixtures.nineOClock] {
            let text = try PrintingFixtures.print(
                PrintingFixtures.cyrillicModule, store, PrintingFixtures.options(.text, .trainer, agenda: agenda))
            let plan = try table(in: text, headerContaining: "Session")
            #expect(plan.count >= 2 + 4)
            #expect(plan.contains { hasCyrillic($0) })
            expectAligned(plan, trailingLast: true)
        }
    }

    @Test("a table of Cyrillic, accented and CJK cells lines up by display width")
    func mixedScriptTable() {
        let table = OutlineTable(
            columns: [.init("#"), .init("Наслов"), .init("Min", alignment: .trailing)],
            rows: [
                .init(["S1", "Пријем на аеродрому", "90"]),
                .init(["S2", "Љубазни службеници Комесаријата", "120"]),
                .init(["S3", "Ре́адмисија", "5"]),
                .init(["S4", "會議 Meeting", "45"]),
            ])
        let lines = TextRenderer(width: 80).render(table).map { line in
            var line = line
            while line.last == " " { line.removeLast() }
            return line
        }
        #expect(lines[0] == "#   Наслов                           Min")
        #expect(lines[3] == "S2  Љубазни службеници Комесаријата  120")
        expectAligned(lines, trailingLast: true)
    }

    @Test("no line is longer than --width, except a web address that cannot be broken", arguments: [40, 52, 66, 80, 100])
    func widthIsHonoured(width: Int) throws {
        let store = try PrintingFixtures.shippedStore()
        for script in [nil, OutlineScript.latin] {
            let options = PrintingFixtures.options(.text, .trainer, script: script, agenda: PrintingFixtures.nineOClock, width: width)
            let text = try PrintingFixtures.print("all", store, options)
            var addressLines = 0
            for line in printedLines(text) where displayWidth(line) > width {
                let word = line.trimmingWhitespace()
                let isAddress = !word.contains(" ") && word.contains("/")
                #expect(isAddress, "\(displayWidth(line)) columns at width \(width): \(line)")
                addressLines += 1
            }
            if width == 40 { #expect(addressLines > 0) }
        }
    }

    @Test("a long address keeps one line; long words are broken")
    func longAddress() throws {
        var module = PrintingFixtures.module()
        let url = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A32011L0036&qid=1700000000000"
        module.references = [Reference(id: "R1", kind: .web, citation: "Directive", url: url)]
        module.aim = "Supercalifragilisticexpialidocious-and-then-some-more-letters-than-a-line-can-hold."
        try withFixtureFolder(modules: [module]) { folder in
            let text = try PrintingFixtures.print("printing-sample", folder.store, PrintingFixtures.options(width: 40))
            #expect(printedLines(text).contains("  <\(url)>"))
            for line in printedLines(text) where !line.contains("://") {
                #expect(displayWidth(line) <= 40, "\(line)")
            }
        }
    }

    @Test("a table too wide for the page prints one record per row")
    func narrowTable() throws {
        let store = try PrintingFixtures.shippedStore()
        let text = try PrintingFixtures.print(
            PrintingFixtures.exampleModule, store, PrintingFixtures.options(.text, .trainer, agenda: PrintingFixtures.nineOClock, width: 40))
        let lines = printedLines(text)
        let first = try #require(lines.firstIndex(of: "Time      09:00–10:00"))
        #expect(Array(lines[first...].prefix(8)) == [
            "Time      09:00–10:00",
            "#         S1",
            "Session   The changing migration",
            "          context: forced migration,",
            "          emigration and return",
            "Method    lecture",
            "Outcomes  LO1",
            "Min       60",
        ])
        #expect(lines.contains("Session   Lunch break"))
    }

    @Test("headings are underlined to their display width, pages end with one newline")
    func headings() throws {
        let store = try PrintingFixtures.shippedStore()
        let text = try PrintingFixtures.print(PrintingFixtures.cyrillicModule, store, PrintingFixtures.options())
        let lines = printedLines(text)
        #expect(lines[0] == "Реадмисија и реинтеграција повратника")
        #expect(lines[1] == String(repeating: "=", count: displayWidth(lines[0])))
        #expect(text.hasSuffix(".\n"))
        #expect(!text.hasSuffix("\n\n"))
        #expect(!lines.contains { $0.hasSuffix(" ") })
    }
}
