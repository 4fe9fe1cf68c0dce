import CurriculumKit
import TerminalKit

/// A module as readable text for `workbench show`, wrapped to 80 columns.
struct ModuleText {
    var module: Module
    var revision: StoredRevision<Module>
    var entry: ModuleEntry
    var width = 80

    var text: String {
        var lines: [String] = []
        let title = clean(module.title.isEmpty ? "(untitled)" : module.title)
        let titleLines = title.wrapped(toWidth: width)
        lines += titleLines
        lines.append(String(repeating: "=", count: titleLines.map { DisplayWidth.of($0) }.max() ?? 0))
        lines.append("\(module.topic)/\(module.id)  ·  \(module.language)  ·  \(entry.status.rawValue)")
        let info = revision.info
        wrap("revision \(revision.id) by \(info.author), \(info.time): \(info.message)", indent: 0, into: &lines)
        var facts = ["\(module.delivery.rawValue)", "\(module.totalMinutes) min in \(Plural.count(module.sessions.count, "session", "sessions"))"]
        if let level = module.eqfLevel { facts.append("EQF level \(level)") }
        if let original = module.translationOf { facts.append("translation of \(original)") }
        lines.append(facts.joined(separator: "  ·  "))
        section("Aim", paragraph: module.aim, into: &lines)
        section("Description", paragraph: module.description, into: &lines)
        section("Target groups", items: module.targetGroups, into: &lines)
        section("Entry requirements", paragraph: module.entryRequirements, into: &lines)
        section("Prerequisites", items: module.prerequisites, into: &lines)
        section(
            "Learning outcomes",
            items: module.learningOutcomes.map { "\($0.id) (\($0.domain.rawValue)) \($0.text)" }, into: &lines)
        if !module.sessions.isEmpty {
            heading("Sessions", into: &lines)
            for session in module.sessions {
                let outcomes = session.outcomes.isEmpty ? "" : "; " + session.outcomes.joined(separator: ", ")
                wrap("\(session.id)  \(session.title) (\(session.minutes) min, \(session.method.rawValue)\(outcomes))", indent: 2, into: &lines)
                if !session.materials.isEmpty {
                    wrap("Materials: " + session.materials.joined(separator: "; "), indent: 6, into: &lines)
                }
                if !session.trainerNotes.isEmpty {
                    wrap("Trainer notes: " + session.trainerNotes, indent: 6, into: &lines)
                }
            }
        }
        section(
            "Assessments",
            items: module.assessments.map {
                "\($0.id) (\($0.method.rawValue); \($0.outcomes.joined(separator: ", "))) \($0.description)"
            }, into: &lines)
        section(
            "References",
            items: module.references.map { "[\($0.kind.rawValue)] \($0.citation)" + ($0.url.map { " <\($0)>" } ?? "") },
            into: &lines)
        section("Cross-cutting themes", items: module.crossCutting.map(\.rawValue), into: &lines)
        section("Keywords", paragraph: module.keywords.joined(separator: ", "), into: &lines)
        return lines.joined(separator: "\n") + "\n"
    }

    private func heading(_ title: String, into lines: inout [String]) {
        lines += ["", title, String(repeating: "-", count: DisplayWidth.of(title))]
    }

    private func section(_ title: String, paragraph: String, into lines: inout [String]) {
        guard !paragraph.isEmpty else { return }
        heading(title, into: &lines)
        for part in paragraph.split(separator: "\n", omittingEmptySubsequences: false) {
            wrap(String(part), indent: 0, into: &lines)
        }
    }

    private func section(_ title: String, items: [String], into lines: inout [String]) {
        guard !items.isEmpty else { return }
        heading(title, into: &lines)
        for item in items {
            wrap("- " + item, indent: 2, into: &lines, hanging: true)
        }
    }

    /// Wraps `text` to the width; continuation lines are indented by `indent` (plus 2 when hanging).
    private func wrap(_ text: String, indent: Int, into lines: inout [String], hanging: Bool = false) {
        let first = hanging ? String(repeating: " ", count: max(0, indent - 2)) : String(repeating: " ", count: indent)
        let rest = String(repeating: " ", count: indent)
        let wrapped = clean(text).wrapped(toWidth: max(20, width - DisplayWidth.of(rest)))
        for (index, line) in wrapped.enumerated() {
            lines.append((index == 0 ? first : rest) + line)
        }
    }

    private func clean(_ text: String) -> String {
        SafeText.sanitize(text)
    }
}
