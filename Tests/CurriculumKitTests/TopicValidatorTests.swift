import Foundation
import Testing

@testable import CurriculumKit

private let file = "topics/07-migration-and-security/revisions/000001-0123456789ab.json"

/// The findings about `topic`, each as "severity pointer: message".
private func findings(_ topic: Topic, _ validator: TopicValidator = TopicValidator()) -> [String] {
    validator.diagnose(topic, file: file).map { "\($0.severity.rawValue) \($0.pointer): \($0.message)" }
}

private let topic = Fixtures.topic(
    Fixtures.securityTopic, number: 7, title: "Migration and Security", modules: ["border-risk-analysis", "interview-techniques"])

@Suite("Topic validator")
struct TopicValidatorTests {
    @Test("a complete topic has no findings, and every finding names the file")
    func complete() {
        #expect(findings(topic).isEmpty)
        #expect(
            findings(topic, TopicValidator(expectedID: Fixtures.securityTopic, modulesOnDisk: ["border-risk-analysis", "interview-techniques"]))
                .isEmpty)
        var untitled = topic
        untitled.title = ""
        #expect(TopicValidator().diagnose(untitled, file: file) == [Diagnostic(.warning, file: file, pointer: "/title", "the title is empty")])
    }

    @Test("every standard topic validates cleanly")
    func standardTopics() {
        for standard in StandardTopic.all {
            let topic = Topic(
                id: standard.id, number: standard.number, title: standard.title, aim: standard.aim,
                description: standard.description, targetGroups: standard.targetGroups)
            #expect(findings(topic, TopicValidator(expectedID: standard.id, modulesOnDisk: [])).isEmpty, "\(standard.id)")
            #expect(Slug.isValid(standard.id))
        }
        #expect(StandardTopic.all.map(\.number) == Array(1...16))
    }

    @Test("error: an id that is not a slug")
    func invalidID() {
        var bad = topic
        bad.id = "07 Migration"
        #expect(findings(bad) == ["error /id: the id \"07 Migration\" cannot be used: an id cannot hold spaces"])
    }

    @Test("error: an id that differs from its folder's name")
    func idDiffers() {
        #expect(
            findings(topic, TopicValidator(expectedID: "12-border-security-and-management"))
                == ["error /id: the id \"07-migration-and-security\" differs from its folder's name \"12-border-security-and-management\""])
    }

    @Test("error: a topic number below 1", arguments: [0, -7])
    func number(value: Int) {
        var bad = topic
        bad.number = value
        #expect(findings(bad) == ["error /number: a topic number starts at 1, not \(value)"])
    }

    @Test("warning: an empty title")
    func emptyTitle() {
        var bad = topic
        bad.title = "   "
        #expect(findings(bad) == ["warning /title: the title is empty"])
    }

    @Test("warning: a module named twice, or with an empty id, in the teaching order")
    func duplicateModules() {
        var bad = topic
        bad.modules = ["border-risk-analysis", "interview-techniques", "border-risk-analysis", ""]
        #expect(
            findings(bad) == [
                "warning /modules/2/id: the module id border-risk-analysis is used more than once",
                "warning /modules/3/id: a module has an empty id",
            ])
    }

    @Test("warning: the teaching order and the module folders disagree")
    func orderAndFoldersDisagree() {
        let validator = TopicValidator(modulesOnDisk: ["border-risk-analysis", "zz-unlisted", "aa-unlisted"])
        #expect(
            findings(topic, validator) == [
                "warning /modules/1: the module interview-techniques is in the teaching order but has no folder",
                "warning /modules: the module aa-unlisted has a folder but is not in the teaching order",
                "warning /modules: the module zz-unlisted has a folder but is not in the teaching order",
            ])
    }

    @Test("warning: an unknown field, at its pointer")
    func unknownField() throws {
        var tree = DocumentCoding.tree(of: topic).objectValue!
        tree["coordinator"] = .string("ICMPD")
        let decoded = try DocumentCoding.decodeDocument(Topic.self, from: CanonicalJSON.bytes(.object(tree)))
        #expect(
            findings(decoded) == ["warning /coordinator: unknown field: kept as it is, but this version of the workbench does not use it"])
    }
}
