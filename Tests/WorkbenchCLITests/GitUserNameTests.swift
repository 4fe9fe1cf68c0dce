import Foundation
import Testing

@Suite("the user's name from git")
struct GitUserNameTests {
    @Test("without --user or WORKBENCH_USER, a save is signed with the folder's git user.name")
    func saveSignedWithGitName() throws {
        let git = "/usr/bin/git"
        try #require(FileManager.default.isExecutableFile(atPath: git), "git is not installed")
        let folder = try TestFolder()
        let home = folder.root.deletingLastPathComponent().appendingPathComponent("home").path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let name = "Јелена Јовановић"
        for arguments in [["init", "-q", folder.path], ["-C", folder.path, "config", "user.name", name]] {
            let process = try Process.run(URL(fileURLWithPath: git), arguments: arguments)
            process.waitUntilExit()
            try #require(process.terminationStatus == 0)
        }
        let module = "07-migration-and-security/border-risk-analysis"
        let shown = try folder.run("show", module, "--json")
        try folder.write("edit.json", shown.output)
        let environment = ["WORKBENCH_USER": "", "HOME": home, "XDG_CONFIG_HOME": home]
        let saved = try Workbench.run(
            ["save", module, "--from", folder.url("edit.json").path, "-m", "Signed by git", "--folder", folder.path],
            environment: environment)
        #expect(saved.status == 0, "\(saved.error)")
        let history = try Workbench.run(["history", module, "--folder", folder.path], environment: environment)
        #expect(history.output.contains(name), "\(history.output)")
        #expect(history.output.contains("Signed by git"))
    }
}
