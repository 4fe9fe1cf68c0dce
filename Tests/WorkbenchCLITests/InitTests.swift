import Foundation
import Testing

@Suite("init")
struct InitTests {
    @Test func initCreatesTheSixteenTopicsAndSchemas() throws {
        let folder = try TestFolder(copyingShipped: false)
        let result = try Workbench.run(["init", folder.path, "--user", "Ana Petrović"])
        #expect(result.status == 0, "\(result.error)")
        let list = try folder.run("list", "--json")
        let topics = try #require(try JSONSerialization.jsonObject(with: Data(list.output.utf8)) as? [[String: Any]])
        #expect(topics.count == 16)
        let schemas = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/schema").sorted()
        #expect(schemas == ["catalog.schema.json", "module.schema.json", "review.schema.json", "revision.schema.json", "topic.schema.json"])
        #expect(try folder.run("validate").status == 0)
    }

    @Test func initSchemasEqualTheShippedOnes() throws {
        let folder = try TestFolder(copyingShipped: false)
        try Workbench.run(["init", folder.path])
        for name in try FileManager.default.contentsOfDirectory(atPath: Workbench.repository.path + "/Curricula/schema") {
            let shipped = try Data(contentsOf: Workbench.repository.appendingPathComponent("Curricula/schema/" + name))
            let written = try folder.read("schema/" + name)
            #expect(shipped == written, "schema/\(name) differs: run scripts/embed-schemas.py")
        }
    }

    @Test func initRefusesAFolderThatIsNotEmpty() throws {
        let folder = try TestFolder()
        let before = try folder.snapshot()
        let result = try Workbench.run(["init", folder.path])
        #expect(result.status == 1)
        #expect(result.errorSentence.contains("is not empty"))
        #expect(try folder.snapshot() == before)
    }
}
