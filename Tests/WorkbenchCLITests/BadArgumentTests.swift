import Foundation
import Testing

@Suite("bad arguments and folders: one clear sentence, non-zero exit, nothing changed")
struct BadArgumentTests {
    @Test(arguments: [
        ("a/b", "not a path"), ("..", "not a path"), ("has space", "spaces"), ("Capital", "lower case"),
        (String(repeating: "a", count: 65), "64"),
    ])
    func badModuleID(_ id: String, _ reason: String) throws {
        let folder = try TestFolder()
        let before = try folder.snapshot()
        let result = try folder.run("new", "15", id, "--title", "Title")
        #expect(result.status == 2)
        #expect(result.error.contains("the module id \"\(id)\" cannot be used"), "\(result.error)")
        #expect(result.error.contains(reason), "\(result.error)")
        #expect(try folder.snapshot() == before)
    }

    @Test func topicThatDoesNotExist() throws {
        let folder = try TestFolder()
        let before = try folder.snapshot()
        let result = try folder.run("new", "17", "valid-id", "--title", "Title")
        #expect(result.status == 1)
        #expect(result.errorSentence.hasPrefix("there is no topic \"17\""))
        #expect(try folder.snapshot() == before)
    }

    @Test func moduleThatAlreadyExists() throws {
        let folder = try TestFolder()
        let result = try folder.run("new", "7", "local-action-plans", "--title", "Title")
        #expect(result.status == 1)
        #expect(result.errorSentence.contains("already exists in topic 15-local-migration-governance"))
    }

    @Test func saveFromATopicDocument() throws {
        let folder = try TestFolder()
        let topicRevision = try #require(try folder.revisions("topics/15-local-migration-governance").last)
        let file = folder.path + "/topics/15-local-migration-governance/revisions/" + topicRevision
        let before = try folder.snapshot()
        let result = try folder.run("save", "local-action-plans", "--from", file, "-m", "Wrong file")
        #expect(result.status == 1)
        #expect(result.errorSentence.contains("is not a module document"), "\(result.error)")
        #expect(result.errorSentence.contains(file))
        #expect(try folder.snapshot() == before)
    }

    @Test func saveFromAnotherModule() throws {
        let folder = try TestFolder()
        let other = try folder.run("show", "border-risk-analysis", "--json")
        let before = try folder.snapshot()
        let result = try folder.run("save", "local-action-plans", "--from", "-", "-m", "Wrong module", stdin: other.output)
        #expect(result.status == 1)
        #expect(result.errorSentence == "- holds the module \"border-risk-analysis\", not \"local-action-plans\"; nothing was written")
        #expect(try folder.snapshot() == before)
    }

    @Test func saveFromAFileThatIsNotJSON() throws {
        let folder = try TestFolder()
        let before = try folder.snapshot()
        let result = try folder.run("save", "local-action-plans", "--from", "-", "-m", "Broken", stdin: "{\"id\": ")
        #expect(result.status == 1)
        #expect(result.errorSentence.hasPrefix("the standard input is not a module document: not valid JSON"))
        #expect(try folder.snapshot() == before)
    }

    @Test func saveFromAMissingFile() throws {
        let folder = try TestFolder()
        let result = try folder.run("save", "local-action-plans", "--from", "/nonexistent/module.json", "-m", "x")
        #expect(result.status == 1)
        #expect(result.errorSentence == "/nonexistent/module.json does not exist")
    }

    @Test func saveWithAnUnknownBase() throws {
        let folder = try TestFolder()
        let shown = try folder.run("show", "local-action-plans", "--json")
        let result = try folder.run("save", "local-action-plans", "--from", "-", "-m", "x", "--base", "000009", stdin: shown.output)
        #expect(result.status == 1)
        #expect(result.errorSentence.contains("has no revision \"000009\""))
    }

    @Test func saveWithoutAMessageIsAUsageError() throws {
        let folder = try TestFolder()
        let result = try folder.run("save", "local-action-plans", "--from", "-")
        #expect(result.status == 2)
        #expect(result.error.contains("--message"))
    }

    @Test func folderThatDoesNotExist() throws {
        let result = try Workbench.run(["list", "--folder", "/nonexistent/Curricula"])
        #expect(result.status == 1)
        #expect(result.errorSentence == "the folder /nonexistent/Curricula does not exist")
    }

    @Test func missingCatalog() throws {
        let folder = try TestFolder()
        try FileManager.default.removeItem(at: folder.url("catalog.json"))
        let result = try folder.run("list")
        #expect(result.status == 1)
        #expect(result.errorSentence.hasPrefix("\(folder.path)/catalog.json is missing"))
    }

    @Test func corruptCatalog() throws {
        let folder = try TestFolder()
        try folder.write("catalog.json", "{\"format\": \"curriculum-workbench/catalog@1\", \"title\": ")
        let before = try folder.snapshot()
        let result = try folder.run("list")
        #expect(result.status == 1)
        #expect(result.errorSentence.hasPrefix("\(folder.path)/catalog.json cannot be used: not valid JSON"))
        #expect(try folder.snapshot() == before)
    }

    @Test func folderThatIsNotWritable() throws {
        let folder = try TestFolder()
        let before = try folder.snapshot()
        let result: RunResult
        if getuid() == 0 {
            // Root writes anywhere: run the save as the unprivileged user `nobody` instead.
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.root.deletingLastPathComponent().path)
            result = try Workbench.run(
                ["new", "15", "readonly-test", "--title", "T", "--folder", folder.path, "--user", "Test Author"],
                prefix: ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"])
        } else {
            try setWritable(false, below: folder.path)
            defer { try? setWritable(true, below: folder.path) }
            result = try folder.run("new", "15", "readonly-test", "--title", "T")
        }
        #expect(result.status == 1)
        #expect(result.errorSentence.contains("Permission denied"), "\(result.error)")
        #expect(try folder.snapshot() == before)
    }

    @Test func symlinkPointingOutsideIsNotWrittenThrough() throws {
        let folder = try TestFolder()
        let outside = folder.root.deletingLastPathComponent().appendingPathComponent("outside")
        let revisions = folder.url(TestFolder.exampleFolder + "/revisions")
        try FileManager.default.moveItem(at: revisions, to: outside)
        try FileManager.default.createSymbolicLink(at: revisions, withDestinationURL: outside)
        let outsideBefore = try FileManager.default.contentsOfDirectory(atPath: outside.path)
        let shown = try folder.run("show", "local-action-plans", "--json")
        #expect(shown.status == 0, "reading through the link is allowed")
        let result = try folder.run("save", "local-action-plans", "--from", "-", "-m", "Through a link", stdin: shown.output)
        #expect(result.status == 1)
        #expect(result.errorSentence.contains("leads outside the folder"), "\(result.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path) == outsideBefore)
    }

    private func setWritable(_ writable: Bool, below path: String) throws {
        let enumerator = FileManager.default.enumerator(atPath: path)
        var folders = [path]
        while let name = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isDirectory), isDirectory.boolValue {
                folders.append(path + "/" + name)
            }
        }
        for folder in folders {
            try FileManager.default.setAttributes([.posixPermissions: writable ? 0o755 : 0o555], ofItemAtPath: folder)
        }
    }
}
