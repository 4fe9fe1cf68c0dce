import Foundation

/// Checks a whole folder: every revision file's hash and format, the current documents, the reviews.
///
/// Opening a store reads only what the current state needs; validation reads everything, so
/// an altered old revision is found here even though browsing never touches it.
public struct FolderValidator: Sendable {
    public let store: CurriculumStore

    public init(store: CurriculumStore) {
        self.store = store
    }

    /// Every error and warning in the folder, catalog first, then topics and modules in order.
    public func diagnose() -> [Diagnostic] {
        var findings = store.folderProblems + catalogFindings()
        store.readAllModules()
        let knownModules = Set(store.allModules.map(\.id))
        for topic in store.topics {
            findings += documentFindings(topic.record)
            if let current = topic.record.current {
                let validator = TopicValidator(expectedID: topic.id, modulesOnDisk: Set(topic.modules.map(\.id)))
                findings += validator.diagnose(current.document, file: current.file)
            }
            for module in topic.modules {
                findings += documentFindings(module.record)
                if let current = module.record.current {
                    let validator = ModuleValidator(
                        knownModules: knownModules, expectedTopic: topic.id, expectedID: module.id)
                    findings += validator.diagnose(current.document, file: current.file)
                }
                findings += reviewFindings(module)
            }
        }
        return findings
    }

    /// The findings about one topic (`7`, a topic id) or one module (`TOPIC/MODULE`, a module id).
    public func diagnose(target: String) throws(StoreError) -> [Diagnostic] {
        let folder: String
        if let topic = store.topic(named: target) {
            folder = topic.record.folder
        } else {
            folder = try store.module(named: target).record.folder
        }
        return diagnose().filter { $0.file == folder || $0.file.hasPrefix(folder + "/") }
    }

    private func catalogFindings() -> [Diagnostic] {
        var findings = Findings(file: "catalog.json")
        let catalog = store.catalog
        if catalog.title.isBlank {
            findings.warning("/title", "the catalog has no title")
        }
        for (index, language) in catalog.languages.enumerated() where !LanguageTag.isPlausible(language) {
            findings.warning("/languages/\(index)", "\"\(language)\" is not a BCP 47 language tag (en, sr-Latn, sr-Cyrl, mk…)")
        }
        findings.duplicates(catalog.topics, in: "/topics", what: "topic")
        if catalog.approvalsRequired < 1 {
            findings.error("/approvalsRequired", "at least one approval is required, not \(catalog.approvalsRequired)")
        }
        let reviewers = catalog.members.filter { $0.roles.contains(.reviewer) }.count
        if !catalog.members.isEmpty, reviewers < catalog.approvalsRequired {
            findings.warning(
                "/approvalsRequired",
                "\(Plural.count(catalog.approvalsRequired, "approval is", "approvals are")) required but only \(Plural.count(reviewers, "member is a reviewer", "members are reviewers"))")
        }
        for (index, member) in catalog.members.enumerated() where member.name.isBlank {
            findings.error("/members/\(index)/name", "a member has no name")
        }
        for pointer in catalog.unknownFields.pointers() {
            findings.warning(pointer, "unknown field: kept as it is, but this version of the workbench does not use it")
        }
        return findings.items
    }

    /// Load problems, then every revision other than the current one read in full and verified.
    private func documentFindings<Document: PreservingUnknownFields & Sendable & Hashable>(
        _ loaded: DocumentRecord<Document>
    ) -> [Diagnostic] {
        let record = store.withHistory(loaded)
        var findings = record.problems
        let reported = Set(record.problems.map(\.file))
        let folder = store.layout.root + "/" + record.folder
        for id in record.headers.keys.sorted() where id != record.current?.id {
            let relative = record.folder + "/revisions/" + id.fileName
            guard !reported.contains(relative) else { continue }
            do {
                _ = try RevisionReader.read(
                    Document.self, id: id, path: FolderLayout.revisions(folder) + "/" + id.fileName,
                    relativePath: relative)
            } catch {
                findings.append(error.diagnostic)
            }
        }
        for (id, info) in record.headers {
            for parent in info.parents where record.headers[parent] == nil {
                findings.append(
                    Diagnostic(
                        .warning, file: record.folder + "/revisions/" + id.fileName, pointer: "/revision/parents",
                        "the parent revision \(parent) is not in this folder (not yet synced, or deleted)"))
            }
        }
        if record.isDiverged {
            let heads = record.heads.map(\.description).joined(separator: ", ")
            findings.append(
                Diagnostic(
                    .warning, file: record.folder,
                    "diverged: \(record.heads.count) people saved from the same revision (heads \(heads)); every version is kept until they are merged"
                ))
        }
        return findings
    }

    private func reviewFindings(_ module: ModuleEntry) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for review in module.reviews where !module.record.revisionIDs.contains(review.event.revision) {
            findings.append(
                Diagnostic(
                    .warning, file: review.file, pointer: "/revision",
                    "the review names revision \(review.event.revision), which this module does not have"))
        }
        for review in module.reviews where !Timestamp.isValid(review.event.time) {
            findings.append(
                Diagnostic(.warning, file: review.file, pointer: "/time", "\"\(review.event.time)\" is not a UTC time like 2026-11-22T10:15:03Z"))
        }
        return findings
    }
}
