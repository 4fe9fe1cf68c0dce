import ArgumentParser
import CurriculumKit
import TerminalKit

/// `workbench merge DOCUMENT`: joins a diverged module's (or topic's) versions into one revision.
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        _superCommandName: Workbench.name,
        abstract: "Merge the versions of a diverged module (or topic) into one revision whose parents are all of them.",
        discussion: """
            Changes are measured from the versions' common ancestor: a field changed in one version \
            only is taken; list items are matched by id, so sessions added in different versions \
            are all kept. A field changed differently in two versions is a conflict: without \
            --take the merge writes nothing and lists the conflicting fields (exit 1).

            "ours" is the version you (--user) saved last, else the newest one; "theirs" is the \
            other one when there are two. With three or more versions, name the one to take by \
            its revision id.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("TOPIC/MODULE, a module id, or a topic number or id.", valueName: "document"))
    var document: String

    @Option(help: ArgumentHelp("Resolve every conflict with this version: ours, theirs, or a head's revision id.", valueName: "ours|theirs|revision"))
    var take: String?

    @Option(name: [.customShort("m"), .long], help: ArgumentHelp("The revision message (default: \"Merge revisions A and B\").", valueName: "text"))
    var message: String?

    func run() throws {
        var store = try global.openStore(onlyModule: document)
        let user = global.userName
        do {
            if let topic = store.topic(named: document), !store.allModules.contains(where: { $0.id == document }) {
                var merge = try store.prepareTopicMerge(topic: topic.id, user: user)
                let conflicts = try resolve(&merge, record: topic.record, store: store)
                let result = try store.writeMerge(merge, author: user, message: message)
                report(merge, result, conflicts: conflicts)
            } else {
                let entry = try store.module(named: document)
                var merge = try store.prepareMerge(topic: entry.topic, module: entry.id, user: user)
                let conflicts = try resolve(&merge, record: entry.record, store: store)
                let result = try store.writeMerge(merge, author: user, message: message)
                report(merge, result, conflicts: conflicts)
            }
        } catch let error as StoreError {
            throw CommandFailure(error)
        }
    }

    /// Resolves the open conflicts with --take, or fails listing them; returns how many there were.
    private func resolve<Document>(
        _ merge: inout DocumentMerge<Document>, record: DocumentRecord<Document>, store: CurriculumStore
    ) throws -> Int {
        let conflicts = merge.openConflicts.count
        if let take {
            merge.resolveAll(with: .head(try headIndex(take, in: merge, record: record, store: store)))
        } else if conflicts > 0 {
            let fields = Plural.count(conflicts, "field", "fields")
            Console.error(
                "\(fields) of \(merge.name) changed differently in different versions; nothing was written. "
                    + "Choose a version with --take ours|theirs|REVISION:")
            Console.writeError(Self.describe(merge))
            throw ExitCode(1)
        }
        return conflicts
    }

    private func report<Document>(_ merge: DocumentMerge<Document>, _ result: SaveResult, conflicts: Int) {
        let joined = merge.heads.map(\.description).joined(separator: ", ")
        var line = "Merged \(merge.name) as revision \(result.id), whose parents are \(joined)"
        if conflicts > 0, let take { line += " (\(Plural.count(conflicts, "conflict", "conflicts")) resolved with \(take))" }
        print(line + ": " + result.file)
    }

    /// The head `--take` names: `ours` (the first), `theirs` (the other of two), or a head's id.
    private func headIndex<Document>(
        _ text: String, in merge: DocumentMerge<Document>, record: DocumentRecord<Document>, store: CurriculumStore
    ) throws -> Int {
        let heads = merge.heads.map(\.description).joined(separator: ", ")
        switch text {
        case "ours": return 0
        case "theirs":
            guard merge.heads.count == 2 else {
                throw CommandFailure.usage("--take theirs is ambiguous with \(Plural.count(merge.heads.count, "version", "versions")); name one: \(heads)")
            }
            return 1
        default:
            let id: RevisionID
            do {
                id = try store.revisionID(text, in: record)
            } catch {
                throw CommandFailure.usage("--take \(text): \(error.message)")
            }
            guard let index = merge.heads.firstIndex(of: id) else {
                throw CommandFailure.usage("--take \(text): revision \(id) is not one of the versions being merged (\(heads))")
            }
            return index
        }
    }

    /// The open conflicts, one block each: the place, then the common ancestor's value and each version's.
    static func describe<Document>(_ merge: DocumentMerge<Document>) -> String {
        let names = merge.heads.indices.map { index in
            let role = index == 0 ? "ours" : (merge.heads.count == 2 ? "theirs" : "head")
            return "\(role) \(merge.heads[index]) (\(merge.headInfos[index].author))"
        }
        var text = ""
        for conflict in merge.openConflicts {
            text += "  \(clean(conflict.label)) at \(conflict.pointer)\n"
            text += "    base \(merge.base?.description ?? "(none)"): \(clean(MergeConflict.display(conflict.base)))\n"
            for (name, value) in zip(names, conflict.values) {
                text += "    \(clean(name)): \(clean(MergeConflict.display(value)))\n"
            }
        }
        return text
    }

    private static func clean(_ text: String) -> String {
        SafeText.sanitize(text)
    }
}
