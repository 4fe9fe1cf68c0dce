/// Checks a module: errors make it unusable, warnings say the draft is incomplete.
public struct ModuleValidator: Sendable {
    /// Module ids that exist in the folder, for checking prerequisites; `nil` skips that check.
    public var knownModules: Set<String>?
    /// The topic folder the module lives in, when known.
    public var expectedTopic: String?
    /// The module folder's name, when known.
    public var expectedID: String?

    public init(knownModules: Set<String>? = nil, expectedTopic: String? = nil, expectedID: String? = nil) {
        self.knownModules = knownModules
        self.expectedTopic = expectedTopic
        self.expectedID = expectedID
    }

    /// Every finding about `module`, each naming `file` and a JSON pointer.
    public func diagnose(_ module: Module, file: String) -> [Diagnostic] {
        var findings = Findings(file: file)
        checkIdentity(module, &findings)
        checkContent(module, &findings)
        checkOutcomeCoverage(module, &findings)
        for pointer in module.unknownFields.pointers(in: module.unknownFields.isEmpty ? nil : DocumentCoding.tree(of: module)) {
            findings.warning(pointer, "unknown field: kept as it is, but this version of the workbench does not use it")
        }
        return findings.items
    }

    private func checkIdentity(_ module: Module, _ findings: inout Findings) {
        if let problem = Slug.problem(with: module.id) {
            findings.error("/id", "the id \"\(module.id)\" cannot be used: \(problem)")
        } else if let expectedID, module.id != expectedID {
            findings.error("/id", "the id \"\(module.id)\" differs from its folder's name \"\(expectedID)\"")
        }
        if let expectedTopic, module.topic != expectedTopic {
            findings.error("/topic", "the module says topic \"\(module.topic)\" but is stored under \(expectedTopic)")
        }
        if let translationOf = module.translationOf, let problem = Slug.problem(with: translationOf) {
            findings.error("/translationOf", "\"\(translationOf)\" is not a module id: \(problem)")
        }
        if let level = module.eqfLevel, !(1...8).contains(level) {
            findings.error("/eqfLevel", "the EQF level must be between 1 and 8, not \(level)")
        }
        if !LanguageTag.isPlausible(module.language) {
            findings.warning("/language", "\"\(module.language)\" is not a BCP 47 language tag such as en, sr-Latn, sr-Cyrl or mk")
        }
    }

    private func checkContent(_ module: Module, _ findings: inout Findings) {
        if module.title.isBlank {
            findings.warning("/title", "the title is empty")
        }
        if module.sessions.isEmpty {
            findings.warning("/sessions", "the module has no sessions")
        }
        findings.duplicates(module.learningOutcomes.map(\.id), in: "/learningOutcomes", what: "learning outcome")
        findings.duplicates(module.sessions.map(\.id), in: "/sessions", what: "session")
        findings.duplicates(module.assessments.map(\.id), in: "/assessments", what: "assessment")
        findings.duplicates(module.references.map(\.id), in: "/references", what: "reference")
        for (index, session) in module.sessions.enumerated() {
            if session.minutes < 0 {
                findings.error("/sessions/\(index)/minutes", "a session cannot last \(session.minutes) minutes")
            } else if session.minutes == 0 {
                findings.warning("/sessions/\(index)/minutes", "session \(session.id) has no minutes")
            }
            if session.title.isBlank {
                findings.warning("/sessions/\(index)/title", "session \(session.id) has no title")
            }
        }
        if let knownModules {
            for (index, prerequisite) in module.prerequisites.enumerated() where !knownModules.contains(prerequisite) {
                findings.warning("/prerequisites/\(index)", "the prerequisite \"\(prerequisite)\" is not a module in this folder")
            }
        }
        if module.prerequisites.contains(module.id) {
            findings.warning("/prerequisites", "the module names itself as a prerequisite")
        }
    }

    private func checkOutcomeCoverage(_ module: Module, _ findings: inout Findings) {
        let outcomeIDs = Set(module.learningOutcomes.map(\.id))
        for (index, session) in module.sessions.enumerated() {
            for (position, outcome) in session.outcomes.enumerated() where !outcomeIDs.contains(outcome) {
                findings.warning("/sessions/\(index)/outcomes/\(position)", "session \(session.id) names an unknown outcome \(outcome)")
            }
        }
        for (index, assessment) in module.assessments.enumerated() {
            for (position, outcome) in assessment.outcomes.enumerated() where !outcomeIDs.contains(outcome) {
                findings.warning(
                    "/assessments/\(index)/outcomes/\(position)", "assessment \(assessment.id) names an unknown outcome \(outcome)")
            }
        }
        let taught = Set(module.sessions.flatMap(\.outcomes))
        let assessed = Set(module.assessments.flatMap(\.outcomes))
        for (index, outcome) in module.learningOutcomes.enumerated() {
            if outcome.text.isBlank {
                findings.warning("/learningOutcomes/\(index)/text", "outcome \(outcome.id) has no text")
            }
            if !taught.contains(outcome.id) {
                findings.warning("/learningOutcomes/\(index)", "outcome \(outcome.id) is taught by no session")
            }
            if !assessed.contains(outcome.id) {
                findings.warning("/learningOutcomes/\(index)", "outcome \(outcome.id) is assessed by no assessment")
            }
        }
    }
}

/// Collects diagnostics for one file.
struct Findings {
    let file: String
    var items: [Diagnostic] = []

    mutating func error(_ pointer: String, _ message: String) {
        items.append(Diagnostic(.error, file: file, pointer: pointer, message))
    }

    mutating func warning(_ pointer: String, _ message: String) {
        items.append(Diagnostic(.warning, file: file, pointer: pointer, message))
    }

    /// Warns about each id that appears more than once in a list.
    mutating func duplicates(_ ids: [String], in list: String, what: String) {
        var seen = Set<String>()
        for (index, id) in ids.enumerated() {
            if id.isEmpty {
                warning("\(list)/\(index)/id", "a \(what) has an empty id")
            } else if !seen.insert(id).inserted {
                warning("\(list)/\(index)/id", "the \(what) id \(id) is used more than once")
            }
        }
    }
}

import Foundation
