import CurriculumKit
import TerminalKit

/// The print preview: what is printed, how, the rendered outline and the file prompt.
struct PrintPreviewState: Sendable {
    /// What the file prompt is asking.
    enum Prompt: Sendable {
        /// The path to write to.
        case path(TextField)
        /// Whether to replace the file that exists at the path.
        case replace(String)
    }

    var target: OutlineTarget
    /// The module or topic id, proposed as the file name.
    var name: String
    /// The title shown above the preview.
    var title: String
    var format = OutlineFormat.text
    var edition = OutlineEdition.handout
    /// `nil` prints the text in the alphabet it was written in.
    var script: OutlineScript?
    /// Whether the session plan gets clock times, from 09:00.
    var withAgenda = false
    /// The screen `Esc` returns to.
    var returnScreen: WorkbenchState.Screen
    /// The rendered outline (as it will be written), or why it could not be built.
    var output: Result<String, StoreError> = .success("")
    var notices: [String] = []
    var view = TextView()
    var prompt: Prompt?

    /// The width text is wrapped to in the file.
    static let fileWidth = 80

    /// The options the preview prints with, at `width` columns for text.
    func options(width: Int, printedAt: String) -> OutlineOptions {
        OutlineOptions(
            format: format, edition: edition, script: script,
            agenda: withAgenda ? AgendaOptions(start: ClockTime(minutes: 9 * 60)) : nil,
            width: width, printedAt: edition == .trainer ? printedAt : nil)
    }

    /// The file name proposed for the outline: `<id>.<ext>`.
    var proposedPath: String {
        let ext: String
        switch format {
        case .text: ext = "txt"
        case .markdown: ext = "md"
        case .html: ext = "html"
        }
        return "\(name).\(ext)"
    }

    /// "handout · text · as written", for the title row.
    var summary: String {
        let alphabet = script.map { $0 == .latin ? "Latin script" : "Cyrillic script" } ?? "as written"
        return [edition.rawValue, format.rawValue, alphabet, withAgenda ? "agenda from 09:00" : nil]
            .compactMap { $0 }.joined(separator: " · ")
    }
}
