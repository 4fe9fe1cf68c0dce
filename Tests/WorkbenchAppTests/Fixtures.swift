import CurriculumKit
import Foundation
import TerminalKit
import Testing

@testable import WorkbenchApp

/// The repository this test file lives in.
let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The shipped `Curricula/` folder.
let shippedFolder = repository.appendingPathComponent("Curricula").path

/// The example module of topic 15 and the folder that holds its revisions.
let exampleTopic = "15-local-migration-governance"
let exampleModule = "local-action-plans"

/// A private copy of the shipped folder (or an empty 16-topic folder) in a temporary directory.
final class TemporaryFolder {
    let base: URL
    let path: String

    /// A copy of the shipped `Curricula/`.
    init() throws {
        base = FileManager.default.temporaryDirectory.appendingPathComponent("wb-app-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        path = base.appendingPathComponent("Curricula").path
        try FileManager.default.copyItem(atPath: shippedFolder, toPath: path)
    }

    /// A new folder with the 16 topics and no modules.
    init(empty: Bool) throws {
        base = FileManager.default.temporaryDirectory.appendingPathComponent("wb-app-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        path = base.appendingPathComponent("Curricula").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try FolderInitializer.initialize(at: path, author: "Test Author", time: "2026-11-20T09:00:00Z")
    }

    deinit {
        try? FileManager.default.removeItem(at: base)
    }

    func open() throws -> CurriculumStore {
        try CurriculumStore.open(path)
    }

    /// Adds `module` as a new module of its topic.
    func create(_ module: Module) throws {
        var store = try open()
        try store.createModule(module, author: "Test Author", time: "2026-11-24T10:00:00Z")
    }

    /// Overwrites a file of the folder (relative path) with `text`.
    func overwrite(_ relative: String, with text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/" + relative))
    }

    /// The revision files of a document folder, relative to the folder, sorted.
    func revisions(_ documentFolder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path + "/" + documentFolder + "/revisions")
            .filter { !$0.hasPrefix(".") }.sorted().map { documentFolder + "/revisions/" + $0 }
    }
}

/// An app on `store` at `width` × `height`, as the test user of an open folder.
func makeApp(_ store: CurriculumStore, width: Int = 100, height: Int = 30) -> WorkbenchApp {
    WorkbenchApp(state: WorkbenchState(store: store, user: "Ana Petrović", folderName: "Curricula", width: width, height: height))
}

/// An app on the shipped folder.
func makeShippedApp(width: Int = 100, height: Int = 30) throws -> WorkbenchApp {
    makeApp(try CurriculumStore.open(shippedFolder), width: width, height: height)
}

extension WorkbenchApp {
    /// Sends every key in turn and returns the effects of the last.
    @discardableResult
    mutating func press(_ keys: KeyEvent...) -> [AppEffect] {
        press(keys)
    }

    @discardableResult
    mutating func press(_ keys: [KeyEvent]) -> [AppEffect] {
        var effects: [AppEffect] = []
        for key in keys { effects = handle(key) }
        return effects
    }

    /// Types `text` one character at a time.
    mutating func type(_ text: String) {
        for character in text { _ = handle(.character(character)) }
    }

    /// The rendered screen, one string a row.
    var screen: [String] { render().lines }
}

/// Fails with the whole screen when `condition` does not hold, so a failure shows what was drawn.
func dump(_ lines: [String]) -> String {
    "\n" + lines.enumerated().map { String(format: "%2d|", $0.offset) + $0.element + "|" }.joined(separator: "\n")
}

// MARK: Reading the screen

extension Buffer {
    /// The text of the cells `x..<x + width` of row `y` (continuation cells omitted).
    func text(row y: Int, from x: Int, width: Int) -> String {
        (x..<min(self.width, x + width)).filter { !self[$0, y].isContinuation }.map { self[$0, y].grapheme }.joined()
    }

    /// Whether every cell of row `y` in `x..<x + width` has `attributes`.
    func row(_ y: Int, from x: Int, width: Int, has attributes: Style.Attributes) -> Bool {
        (x..<min(self.width, x + width)).allSatisfy { self[$0, y].style.attributes.isSuperset(of: attributes) }
    }
}

/// The display column where `needle` starts in `line` (searching from the end when `last`), or nil.
func displayColumn(of needle: String, in line: String, last: Bool = false) -> Int? {
    guard let range = line.range(of: needle, options: last ? .backwards : []) else { return nil }
    return DisplayWidth.of(line[..<range.lowerBound])
}

/// The character drawn at display column `column` of `line`.
func character(atDisplayColumn column: Int, in line: String) -> Character? {
    var position = 0
    for character in line {
        if position == column { return character }
        position += DisplayWidth.of(character)
        if position > column { return nil }
    }
    return nil
}

/// The box-drawing characters that make pane borders (single and heavy, sides and corners).
let borderCharacters: Set<Character> = ["│", "┃", "┌", "┐", "└", "┘", "┏", "┓", "┗", "┛"]

/// Whether `scalar` could control a terminal: C0, DEL, C1, bidi embeddings/overrides/isolates, line separators.
func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x2028...0x2029: return true
    default: return false
    }
}

/// Every row of `buffer` must be exactly `width` display columns wide.
func expectRowsFit(_ buffer: Buffer, sourceLocation: SourceLocation = #_sourceLocation) {
    for (y, line) in buffer.lines.enumerated() {
        #expect(DisplayWidth.of(line) == buffer.width, "row \(y) is not \(buffer.width) columns:\(dump(buffer.lines))", sourceLocation: sourceLocation)
    }
}

/// Every body row (between header and footer) must have a pane border at each of `columns`.
func expectBorders(_ buffer: Buffer, at columns: [Int], sourceLocation: SourceLocation = #_sourceLocation) {
    let lines = buffer.lines
    for y in 1..<(lines.count - 1) {
        for column in columns {
            let drawn = character(atDisplayColumn: column, in: lines[y])
            #expect(
                drawn.map(borderCharacters.contains) == true,
                "row \(y) has \(drawn.map { "\"\($0)\"" } ?? "nothing") at display column \(column), not a border:\(dump(lines))",
                sourceLocation: sourceLocation)
        }
    }
}
