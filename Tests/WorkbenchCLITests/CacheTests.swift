import Foundation
import Testing

/// The summary and search caches seen from the command line: the same output with and without
/// them, and never an old one.
@Suite("the per-user cache changes no output")
struct CacheTests {
    /// What the listing and searching commands print for a folder.
    private static func outputs(_ folder: TestFolder, cacheHome: String) throws -> [String] {
        let commands: [[String]] = [
            ["list"], ["list", "--json"], ["list", "13", "--json"], ["list", "15"], ["search", "migration", "--json"],
            ["search", "реадмисија"], ["search", "diaspora", "--json"], ["show", "15/local-action-plans", "--json"],
        ]
        return try commands.map { command in
            let result = try Workbench.run(
                command + ["--folder", folder.path], environment: ["XDG_CACHE_HOME": cacheHome])
            #expect(result.status == 0, "\(command): \(result.error)")
            return result.output
        }
    }

    private static func newCacheHome(_ folder: TestFolder) -> String {
        folder.root.deletingLastPathComponent().appendingPathComponent("cache-\(UUID().uuidString)").path
    }

    @Test func sameOutputWithoutCacheWithAFreshOneAndWithAWarmOne() throws {
        let folder = try TestFolder()
        // The cache keeps a module only once its files are two seconds old.
        Thread.sleep(forTimeInterval: 2.2)
        let home = Self.newCacheHome(folder)
        let cold = try Self.outputs(folder, cacheHome: home)
        let files = try FileManager.default.contentsOfDirectory(atPath: home + "/curriculum-workbench")
        #expect(files.contains { $0.hasSuffix(".summary") })
        #expect(files.contains { $0.hasSuffix(".search") })
        let warm = try Self.outputs(folder, cacheHome: home)
        #expect(warm == cold)
        #expect(try Self.outputs(folder, cacheHome: Self.newCacheHome(folder)) == cold)

        // Damaged cache files are ignored.
        for name in files {
            try Data("not a cache".utf8).write(to: URL(fileURLWithPath: home + "/curriculum-workbench/" + name))
        }
        #expect(try Self.outputs(folder, cacheHome: home) == cold)
    }

    @Test func aSaveByAnotherProcessShowsAtOnce() throws {
        let folder = try TestFolder()
        Thread.sleep(forTimeInterval: 2.2)
        let home = Self.newCacheHome(folder)
        _ = try Self.outputs(folder, cacheHome: home)
        let shown = try folder.run("show", "15/local-action-plans", "--json")
        let edited = shown.output.replacingOccurrences(of: "\"Local", with: "\"Zebrafish local")
        let file = folder.root.deletingLastPathComponent().appendingPathComponent("edited.json")
        try edited.write(to: file, atomically: false, encoding: .utf8)
        let saved = try folder.run("save", "15/local-action-plans", "--from", file.path, "-m", "Retitled")
        #expect(saved.status == 0, "\(saved.error)")

        let listed = try Workbench.run(["list", "15", "--json", "--folder", folder.path], environment: ["XDG_CACHE_HOME": home])
        let modules = try #require(try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]])
        #expect((modules.first?["title"] as? String)?.hasPrefix("Zebrafish") == true)
        #expect((modules.first?["head"] as? String)?.hasPrefix("000002-") == true)
        let found = try Workbench.run(["search", "zebrafish", "--folder", folder.path], environment: ["XDG_CACHE_HOME": home])
        #expect(found.output.contains("15-local-migration-governance/local-action-plans"))
        let outputs = try Self.outputs(folder, cacheHome: home)
        #expect(outputs == (try Self.outputs(folder, cacheHome: Self.newCacheHome(folder))))
    }
}
