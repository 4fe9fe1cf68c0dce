/// Checks a topic document against its folder and the modules stored under it.
public struct TopicValidator: Sendable {
    public var expectedID: String?
    public var modulesOnDisk: Set<String>?

    public init(expectedID: String? = nil, modulesOnDisk: Set<String>? = nil) {
        self.expectedID = expectedID
        self.modulesOnDisk = modulesOnDisk
    }

    public func diagnose(_ topic: Topic, file: String) -> [Diagnostic] {
        var findings = Findings(file: file)
        if let problem = Slug.problem(with: topic.id) {
            findings.error("/id", "the id \"\(topic.id)\" cannot be used: \(problem)")
        } else if let expectedID, topic.id != expectedID {
            findings.error("/id", "the id \"\(topic.id)\" differs from its folder's name \"\(expectedID)\"")
        }
        if topic.number < 1 {
            findings.error("/number", "a topic number starts at 1, not \(topic.number)")
        }
        if topic.title.isBlank {
            findings.warning("/title", "the title is empty")
        }
        findings.duplicates(topic.modules, in: "/modules", what: "module")
        if let modulesOnDisk {
            for (index, module) in topic.modules.enumerated() where !modulesOnDisk.contains(module) {
                findings.warning("/modules/\(index)", "the module \(module) is in the teaching order but has no folder")
            }
            for module in modulesOnDisk.sorted() where !topic.modules.contains(module) {
                findings.warning("/modules", "the module \(module) has a folder but is not in the teaching order")
            }
        }
        for pointer in topic.unknownFields.pointers(in: topic.unknownFields.isEmpty ? nil : DocumentCoding.tree(of: topic)) {
            findings.warning(pointer, "unknown field: kept as it is, but this version of the workbench does not use it")
        }
        return findings.items
    }
}

import Foundation
