import Foundation
import Testing

private let module = "local-action-plans"

/// The shipped folder with a members list: an author, two reviewers and a trainer.
private func folderWithMembers(approvalsRequired: Int = 1) throws -> TestFolder {
    let folder = try TestFolder()
    var catalog = try #require(try JSONSerialization.jsonObject(with: folder.read("catalog.json")) as? [String: Any])
    catalog["members"] = [
        ["name": "Ana Petrović", "institution": "Ministry of Interior", "country": "ME", "roles": ["author"]],
        ["name": "Marko Marković", "institution": "Commissariat", "country": "RS", "roles": ["reviewer"]],
        ["name": "Elena Stojanovska", "institution": "Ministry of Interior", "country": "MK", "roles": ["reviewer"]],
        ["name": "Tanja", "institution": "Training centre", "country": "BA", "roles": ["trainer"]],
    ]
    catalog["approvalsRequired"] = approvalsRequired
    try folder.write("catalog.json", try JSONSerialization.data(withJSONObject: catalog))
    return folder
}

private func reviewJSON(_ folder: TestFolder) throws -> [String: Any] {
    let shown = try folder.run("review", module, "--json")
    return try #require(try JSONSerialization.jsonObject(with: Data(shown.output.utf8)) as? [String: Any])
}

@Suite("review command")
struct ReviewCommandTests {
    @Test func fromDraftToApprovedWithCommentsAndReplies() throws {
        let folder = try folderWithMembers(approvalsRequired: 2)
        let submit = try folder.run("review", module, "submit", user: "Ana Petrović")
        #expect(submit.status == 0, "\(submit.error)")
        #expect(submit.output.hasPrefix("Recorded submit on 15-local-migration-governance/local-action-plans revision 000001-"))
        #expect(submit.output.hasSuffix(": in-review\n"))

        let request = try folder.run(
            "review", module, "request-changes", "-m", "Конкретније, молим.", "--path", "/learningOutcomes/1", user: "Marko Marković")
        #expect(request.status == 0, "\(request.error)")
        let commentID = try #require(request.output.split(separator: "\n").last?.split(separator: " ").first.map(String.init))
        #expect(request.output.contains("\(commentID) comment at /learningOutcomes/1"))

        let reply = try folder.run("review", module, "comment", "-m", "Which part?", "--reply-to", commentID, user: "Ana Petrović")
        #expect(reply.status == 0, "\(reply.error)")

        let listing = try folder.run("review", module)
        #expect(listing.output.hasPrefix("15-local-migration-governance/local-action-plans: changes-requested, revision 000001-"))
        #expect(listing.output.contains("\(commentID)  open  /learningOutcomes/1  (Marko Marković, "))
        #expect(listing.output.contains("  Конкретније, молим.\n"))
        #expect(listing.output.contains("Ana Petrović, ") && listing.output.contains(": Which part?\n"))

        let resubmit = try folder.run("review", module, "submit", "--resolves", commentID, "-m", "Done.", user: "Ana Petrović")
        #expect(resubmit.status == 0, "\(resubmit.error)")
        #expect(try folder.run("review", module, "approve", user: "Marko Marković").output.hasSuffix(": in-review (1 of 2 approvals)\n"))
        #expect(try folder.run("review", module, "approve", user: "Elena Stojanovska").output.hasSuffix(": approved\n"))

        let review = try reviewJSON(folder)
        #expect(review["status"] as? String == "approved")
        #expect(review["approvers"] as? [String] == ["Marko Marković", "Elena Stojanovska"])
        let threads = try #require(review["threads"] as? [[String: Any]])
        #expect(threads.count == 1)
        #expect(threads[0]["state"] as? String == "resolved")
        #expect((threads[0]["replies"] as? [Any])?.count == 1)
        #expect((threads[0]["resolution"] as? [String: Any])?["text"] as? String == "Done.")
        #expect(try folder.run("list", "15", "--json").output.contains("\"status\": \"approved\""))
    }

    @Test func refusedActionsSayWhyAndWriteNothing() throws {
        let folder = try folderWithMembers()
        let before = try folder.snapshot()
        let cases: [(user: String, arguments: [String], sentence: String)] = [
            ("Tanja", ["submit"], "Tanja is not an author in this folder's catalog, so they cannot submit modules for review"),
            ("Ana Petrović", ["approve"], "Ana Petrović is not a reviewer in this folder's catalog, so they cannot approve"),
            ("Marko Marković", ["approve"], "15-local-migration-governance/local-action-plans is a draft: it must be submitted for review before it can be approved"),
            ("Nobody", ["comment", "-m", "Hi"], "Nobody is not a member of this folder's catalog, so they can browse and print but not review"),
            ("Marko Marković", ["comment", "-m", "Hi", "--path", "/sessions/99"],
             "15-local-migration-governance/local-action-plans has nothing at \"/sessions/99\" to comment on (write a JSON pointer like /learningOutcomes/0)"),
            ("Marko Marković", ["comment", "-m", "Hi", "--reply-to", "c1234567"],
             "15-local-migration-governance/local-action-plans has no comment \"c1234567\" (see `workbench review 15-local-migration-governance/local-action-plans`)"),
        ]
        for item in cases {
            let result = try Workbench.run(["review", module] + item.arguments + ["--folder", folder.path, "--user", item.user])
            #expect(result.status == 1, "\(item.arguments)")
            #expect(result.errorSentence == item.sentence)
        }
        #expect(try folder.snapshot() == before)
    }

    @Test func usageErrors() throws {
        let folder = try folderWithMembers()
        for arguments in [["comment"], ["-m", "text"], ["publish"], ["approve", "--json"], ["submit", "--path", "/title"]] {
            let result = try Workbench.run(["review", module] + arguments + ["--folder", folder.path])
            #expect(result.status == 2, "\(arguments): \(result.error)")
        }
    }

    @Test func aReviewOfAnOlderRevisionIsRefused() throws {
        let folder = try TestFolder()
        let first = String(try #require(try folder.revisions(TestFolder.exampleFolder).first).dropLast(5))
        let shown = try folder.run("show", module, "--json")
        let edited = shown.output.replacingOccurrences(of: "\"eqfLevel\": 5", with: "\"eqfLevel\": 6")
        #expect(try folder.run("save", module, "--from", "-", "-m", "EQF", stdin: edited).status == 0)
        let result = try folder.run("review", module, "submit", "--revision", first)
        #expect(result.status == 1)
        #expect(result.errorSentence.hasPrefix("revision \(first) is not the current version of 15-local-migration-governance/local-action-plans"))
    }

    @Test func newCommandsHaveHelp() throws {
        for command in ["review", "diff", "merge", "restore"] {
            let result = try Workbench.run([command, "--help"])
            #expect(result.status == 0, "\(command) --help")
            #expect(result.output.contains("USAGE: workbench \(command)"), "\(command) --help")
        }
    }
}
