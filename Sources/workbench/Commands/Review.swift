import ArgumentParser
import CurriculumKit
import TerminalKit

/// `workbench review MODULE [ACTION]`: the review workflow from the command line.
struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        _superCommandName: Workbench.name,
        abstract: "Submit a module for review, comment, request changes or approve; with no action, show its review.",
        discussion: """
            Authors submit; reviewers request changes (with a comment saying what) or approve; \
            any member comments. Only the current version is reviewed: --revision names the one \
            you read, and the action is refused if someone saved a newer one since. Comments are \
            anchored with --path to a JSON pointer in the module (e.g. /learningOutcomes/1; \
            default: the whole module), answer another comment with --reply-to, and close one \
            with --resolves (the text is then optional).
            """)

    enum Action: String, ExpressibleByArgument, CaseIterable {
        case submit, comment, approve
        case requestChanges = "request-changes"

        var verdict: Verdict {
            switch self {
            case .submit: .submit
            case .comment: .comment
            case .approve: .approve
            case .requestChanges: .requestChanges
            }
        }
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("TOPIC/MODULE or a module id.", valueName: "module"))
    var module: String

    @Argument(help: ArgumentHelp("submit, comment, approve or request-changes; none shows the review.", valueName: "action"))
    var action: Action?

    @Option(name: [.customShort("m"), .long], help: ArgumentHelp("The comment's text.", valueName: "text"))
    var message: String?

    @Option(help: ArgumentHelp("A JSON pointer to the part commented on (default: the whole module).", valueName: "pointer"))
    var path: String?

    @Option(name: .customLong("reply-to"), help: ArgumentHelp("The id of the comment this one answers.", valueName: "comment"))
    var replyTo: String?

    @Option(help: ArgumentHelp("The id of a comment this action resolves (repeatable).", valueName: "comment"))
    var resolves: [String] = []

    @Option(help: ArgumentHelp("The revision you read (default: the current version).", valueName: "revision"))
    var revision: String?

    @Flag(help: "Print the review as JSON (without an action).")
    var json = false

    func validate() throws {
        if action == nil, message != nil || path != nil || replyTo != nil || !resolves.isEmpty || revision != nil {
            throw ValidationError("name an action (submit, comment, approve, request-changes) to go with -m, --path, --reply-to, --resolves or --revision")
        }
        if action != nil, json {
            throw ValidationError("--json shows the review; it does not go with an action")
        }
        if message == nil, path != nil || replyTo != nil {
            throw ValidationError("--path and --reply-to need the comment's text (-m TEXT)")
        }
        if action == .comment, message == nil, resolves.isEmpty {
            throw ValidationError("a comment needs its text: -m TEXT (or --resolves COMMENT)")
        }
    }

    func run() throws {
        var store = try global.openStore(onlyModule: module)
        do {
            let entry = try store.module(named: module)
            guard let action else {
                try show(entry, store: store)
                return
            }
            let read = try revision.map { text throws(StoreError) in try store.revisionID(text, in: entry.record) }
            let recorded = try store.review(
                action.verdict, topic: entry.topic, module: entry.id, by: global.userName, on: read, comments: comments())
            let after = try store.module(named: "\(entry.topic)/\(entry.id)")
            let state = ReviewRules(entry: after, catalog: store.catalog).state
            print("Recorded \(action.rawValue) on \(entry.topic)/\(entry.id) revision \(recorded.event.revision): \(Self.statusText(state))")
            for comment in recorded.event.comments {
                let verb = comment.resolves.map { "resolves \($0)" } ?? comment.replyTo.map { "replies to \($0)" } ?? "comment"
                print("  \(comment.id) \(verb) at \(comment.path.isEmpty ? "the whole module" : comment.path)")
            }
        } catch let error as StoreError {
            throw CommandFailure(error)
        }
    }

    /// The comments the options describe: the text (a reply, or the resolution of the one
    /// comment --resolves names), and a resolution for each other --resolves.
    private func comments() -> [NewComment] {
        var comments: [NewComment] = []
        var toResolve = resolves[...]
        if let message {
            let resolved = replyTo == nil ? toResolve.popFirst() : nil
            comments.append(NewComment(path: path ?? "", text: message, replyTo: replyTo, resolves: resolved))
        }
        comments += toResolve.map { NewComment(text: "", resolves: $0) }
        return comments
    }

    private func show(_ entry: ModuleEntry, store: CurriculumStore) throws {
        let state = ReviewRules(entry: entry, catalog: store.catalog).state
        let threads = entry.commentThreads
        let name = "\(entry.topic)/\(entry.id)"
        if json {
            Console.writeOutput(JSONOutput.bytes(ReviewOutput(name: name, entry: entry, state: state, threads: threads)))
            return
        }
        print("\(name): \(Self.statusText(state)), revision \(entry.record.head?.description ?? "none")")
        let open = threads.filter { !$0.isResolved }.count
        print("\(Plural.count(threads.count, "comment thread", "comment threads")), \(open) open")
        let anchors = store.currentAnchors(of: entry)
        for thread in threads {
            print("")
            var place = thread.path.isEmpty ? "the whole module" : thread.path
            switch anchors[thread.id] {
            case .some(.some(let now)) where now != thread.path: place += " (now \(now))"
            case .some(.none): place += " (no longer in the module)"
            default: break
            }
            print("\(thread.id)  \(thread.isResolved ? "resolved" : "open")  \(place)  (\(Self.byline(thread.root)))")
            print("  " + clean(thread.root.comment.text))
            for reply in thread.replies {
                print("  ↳ \(reply.id) \(Self.byline(reply)): \(clean(reply.comment.text))")
            }
            if let resolution = thread.resolution {
                let text = resolution.comment.text.isEmpty ? "" : ": " + clean(resolution.comment.text)
                print("  ✓ resolved by \(Self.byline(resolution))\(text)")
            }
        }
    }

    static func statusText(_ state: ReviewState) -> String {
        switch state.status {
        case .inReview where !state.approvers.isEmpty:
            "in-review (\(state.approvers.count) of \(state.approvalsRequired) approvals)"
        default:
            state.status.rawValue
        }
    }

    private static func byline(_ comment: PostedComment) -> String {
        SafeText.sanitize("\(comment.author), \(Timestamp.readable(comment.time)), on \(comment.revision)")
    }

    private func clean(_ text: String) -> String {
        SafeText.sanitize(text)
    }
}

/// `review MODULE --json` output.
private struct ReviewOutput: Encodable {
    struct Comment: Encodable {
        var id: String
        var path: String
        var text: String
        var author: String
        var time: String
        var revision: String
        var verdict: String
    }

    struct Thread: Encodable {
        var id: String
        var path: String
        var state: String
        var comment: Comment
        var replies: [Comment]
        var resolution: Comment?
    }

    var module: String
    var status: String
    var head: String?
    var approvers: [String]
    var approvalsRequired: Int
    var threads: [Thread]

    init(name: String, entry: ModuleEntry, state: ReviewState, threads: [CommentThread]) {
        func comment(_ posted: PostedComment) -> Comment {
            Comment(
                id: posted.id, path: posted.comment.path, text: posted.comment.text, author: posted.author, time: posted.time,
                revision: posted.revision.description, verdict: posted.verdict.rawValue)
        }
        module = name
        status = state.status.rawValue
        head = entry.record.head?.description
        approvers = state.approvers
        approvalsRequired = state.approvalsRequired
        self.threads = threads.map { thread in
            Thread(
                id: thread.id, path: thread.path, state: thread.isResolved ? "resolved" : "open", comment: comment(thread.root),
                replies: thread.replies.map(comment), resolution: thread.resolution.map(comment))
        }
    }
}
