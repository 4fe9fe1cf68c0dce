import ArgumentParser
import CurriculumKit
import TerminalKit

/// `workbench diff MODULE [A [B]]`: the field-level changes between two revisions.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        _superCommandName: Workbench.name,
        abstract: "Show what changed in a module between two revisions, field by field.",
        discussion: """
            With no revision, the current version against its parent; with A, revision A against \
            the current version; with A and B, A against B. Revisions are ids, seqs or hash \
            prefixes (see `workbench history`). Changed texts mark removed words [-like this-] and \
            added words {+like this+}; lines start with ~ changed, + added, - removed, > moved.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("TOPIC/MODULE or a module id.", valueName: "module"))
    var module: String

    @Argument(help: ArgumentHelp("The older revision (default: the newer one's parent).", valueName: "a"))
    var from: String?

    @Argument(help: ArgumentHelp("The newer revision (default: the current version).", valueName: "b"))
    var to: String?

    @Flag(help: "Print JSON: the two revisions and the changes.")
    var json = false

    func run() throws {
        let store = try global.openStore(onlyModule: module)
        let comparison: RevisionComparison
        let name: String
        do {
            let entry = try store.module(named: module)
            name = "\(entry.topic)/\(entry.id)"
            let old = try from.map { text throws(StoreError) in try store.revisionID(text, in: entry.record) }
            let new = try to.map { text throws(StoreError) in try store.revisionID(text, in: entry.record) }
            comparison = try store.moduleChanges(topic: entry.topic, module: entry.id, from: old, to: new)
        } catch {
            throw CommandFailure(error)
        }
        if json {
            let output = DiffOutput(
                module: name, from: comparison.old?.description, to: comparison.new.description, changes: comparison.changes)
            Console.writeOutput(JSONOutput.bytes(output))
            return
        }
        print(ChangeText.header(comparison, name: name))
        print(ChangeText.lines(comparison.changes), terminator: "")
    }
}

/// `diff --json` output.
private struct DiffOutput: Encodable {
    var module: String
    var from: String?
    var to: String
    var changes: [DocumentChange]
}

/// Field-level changes as readable lines for the terminal.
enum ChangeText {
    /// Which revisions are compared, with who wrote them.
    static func header(_ comparison: RevisionComparison, name: String) -> String {
        func describe(_ id: RevisionID, _ info: RevisionInfo) -> String {
            SafeText.sanitize("\(id) by \(info.author), \(Timestamp.readable(info.time)): \(info.message)")
        }
        guard let old = comparison.old, let oldInfo = comparison.oldInfo else {
            return "\(name): \(describe(comparison.new, comparison.newInfo)) is the first revision\n"
        }
        return "\(name)\n  from \(describe(old, oldInfo))\n  to   \(describe(comparison.new, comparison.newInfo))\n"
    }

    /// One line (or a few, for a long text) per change; "No changes." when there are none.
    static func lines(_ changes: [DocumentChange]) -> String {
        guard !changes.isEmpty else { return "No changes.\n" }
        return changes.map(line).joined(separator: "\n") + "\n"
    }

    static func line(_ change: DocumentChange) -> String {
        let label = clean(change.label)
        switch change.kind {
        case .added: return "+ \(label): \(clean(change.new ?? ""))"
        case .removed: return "- \(label): \(clean(change.old ?? ""))"
        case .moved: return "> \(label): \(clean(change.old ?? "")) → \(clean(change.new ?? ""))"
        case .changed:
            if !change.words.isEmpty { return "~ \(label): \(marked(change.words))" }
            return "~ \(label): \(clean(change.old ?? "")) → \(clean(change.new ?? ""))"
        }
    }

    /// Word changes with `[-deleted-]` and `{+inserted+}` marks.
    static func marked(_ words: [WordChange]) -> String {
        words.map { word in
            switch word.kind {
            case .same: clean(word.text)
            case .deleted: "[-" + clean(word.text) + "-]"
            case .inserted: "{+" + clean(word.text) + "+}"
            }
        }.joined()
    }

    /// Text from a file, safe for the terminal, line breaks kept.
    static func clean(_ text: String) -> String {
        SafeText.sanitize(text, keepingNewlines: true)
    }
}
