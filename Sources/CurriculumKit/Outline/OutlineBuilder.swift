/// Builds outlines from a curricula folder's current revisions.
///
/// A module prints its current revision (with several heads, the most recent one, and says it is
/// diverged); a topic prints its aim and description, a table of contents and every module in
/// teaching order; `all` prints the catalog's contents and then every topic.
public enum OutlineBuilder {
    /// The outline of `target` as `options` ask (edition, script, agenda; the format is not used here).
    ///
    /// Throws when the target names no topic or module, or when a single module asked for cannot
    /// be read; in a topic or the catalog, a module that cannot be read is printed as a notice.
    public static func build(
        _ target: OutlineTarget, store: CurriculumStore, options: OutlineOptions
    ) throws(StoreError) -> Outline {
        let assembly = OutlineAssembly(store: store, options: options)
        switch target {
        case .all:
            return assembly.catalog()
        case .topic(let name):
            guard let topic = store.topic(named: name) else {
                throw StoreError(
                    .notFound, "there is no topic \"\(name)\" (give a number 1–\(store.topics.count) or a topic id)")
            }
            return assembly.topic(topic)
        case .module(let name):
            return try assembly.module(store.module(named: name))
        case .named(let name):
            if let topic = store.topic(named: name) { return assembly.topic(topic) }
            guard store.allModules.contains(where: { $0.id == name }) else {
                throw StoreError(
                    .notFound,
                    "there is no topic or module \"\(name)\" (give all, a topic number 1–\(store.topics.count) or id, TOPIC/MODULE, or a module id)"
                )
            }
            return try assembly.module(store.module(named: name))
        }
    }
}

/// Puts the pages of one outline together.
struct OutlineAssembly {
    let store: CurriculumStore
    let options: OutlineOptions

    var isTrainer: Bool { options.edition == .trainer }

    // MARK: Targets

    func module(_ entry: ModuleEntry) throws(StoreError) -> Outline {
        guard let stored = entry.record.current else {
            throw StoreError(.invalid, "the module \(entry.topic)/\(entry.id) cannot be read: \(unreadableReason(entry))")
        }
        let topic = store.topics.first { $0.id == entry.topic }
        let builder = ModulePageBuilder(entry: entry, stored: stored, topic: topic, store: store, options: options)
        let page = builder.page()
        return Outline(
            title: builder.title, language: page.language ?? "en", pages: [page], notices: divergedNotices([entry]))
    }

    func topic(_ entry: TopicEntry) -> Outline {
        let pages = topicPages(entry)
        return Outline(
            title: OutlineLabels.topicHeading(entry), language: pages.first?.language ?? "en", pages: pages,
            notices: topicNotices(entry))
    }

    func catalog() -> Outline {
        var pages = [catalogPage()]
        var notices = store.folderProblems.filter { $0.severity == .error }.map { PrintableText.line($0.description) }
        for topic in store.topics {
            pages += topicPages(topic)
            notices += topicNotices(topic)
        }
        return Outline(
            title: PrintableText.line(store.catalog.title), language: "en", pages: pages, notices: notices)
    }

    // MARK: Pages

    private func catalogPage() -> OutlinePage {
        let title = PrintableText.line(store.catalog.title).isEmpty ? "Curricula" : PrintableText.line(store.catalog.title)
        let modules = store.allModules
        let minutes = modules.reduce(0) { $0 + ($1.module?.totalMinutes ?? 0) }
        var facts = [
            OutlineLabels.edition(options.edition), OutlineLabels.count(store.topics.count, "topic"),
            OutlineLabels.count(modules.count, "module"), OutlineLabels.duration(minutes) + " of teaching",
        ].joined(separator: " · ")
        if isTrainer, let printedAt = options.printedAt { facts += " · printed on \(PrintableText.line(Timestamp.day(printedAt)))" }
        var blocks: [OutlineBlock] = [.heading(level: 1, text: title), .meta([facts] + scriptLine)]
        blocks.append(.heading(level: 2, text: "Contents"))
        let rows = store.topics.map { topic in
            let minutes = topic.modules.reduce(0) { $0 + ($1.module?.totalMinutes ?? 0) }
            let number = (topic.topic?.number ?? Int(topic.id.prefix(2))).map(String.init) ?? "?"
            let title = topic.topic.map { PrintableText.line($0.title) } ?? topic.id
            let time = topic.modules.isEmpty ? "-" : OutlineLabels.duration(minutes)
            return OutlineTable.Row([number, title, String(topic.modules.count), time])
        }
        blocks.append(
            .table(
                OutlineTable(
                    columns: [
                        .init("#", alignment: .trailing), .init("Topic"), .init("Modules", alignment: .trailing),
                        .init("Time", alignment: .trailing),
                    ], rows: rows)))
        blocks.append(
            .paragraph(
                OutlineText(
                    "Total: \(OutlineLabels.durationWithMinutes(minutes)) of teaching in \(OutlineLabels.count(modules.count, "module")) and \(OutlineLabels.count(store.topics.count, "topic"))."
                )))
        return OutlinePage(
            kind: .catalog, anchor: "catalog", language: "en", header: RunningHeader(context: title, title: "Contents"),
            blocks: blocks)
    }

    private func topicPages(_ entry: TopicEntry) -> [OutlinePage] {
        var pages = [topicPage(entry)]
        for module in entry.modules {
            if let stored = module.record.current {
                let builder = ModulePageBuilder(entry: module, stored: stored, topic: entry, store: store, options: options)
                pages.append(builder.page())
            } else {
                pages.append(unreadablePage(module, topic: entry))
            }
        }
        return pages
    }

    private func topicPage(_ entry: TopicEntry) -> OutlinePage {
        let heading = OutlineLabels.topicHeading(entry)
        let modules = entry.modules.map { module in (module, module.module.map(converted)) }
        let minutes = modules.reduce(0) { $0 + ($1.1?.totalMinutes ?? 0) }
        var blocks: [OutlineBlock] = [.heading(level: 1, text: heading)]
        var facts = OutlineLabels.edition(options.edition) + " · "
        facts += modules.isEmpty ? "no modules yet" : OutlineLabels.count(modules.count, "module") + " · "
            + OutlineLabels.durationWithMinutes(minutes) + " of teaching"
        var meta: [String] = []
        if isTrainer {
            if let printedAt = options.printedAt { facts += " · printed on \(PrintableText.line(Timestamp.day(printedAt)))" }
            if let current = entry.record.current { meta.append(revisionLine(current.id, current.info)) }
        }
        blocks.append(.meta([facts] + meta + scriptLine))
        if entry.record.isDiverged, let current = entry.record.current {
            blocks.append(
                .notice(
                    OutlineNotice(
                        label: "Diverged",
                        text: "this topic has \(Plural.count(entry.record.heads.count, "version", "versions")) saved from the same base that are not merged yet; this is the most recent one, revision \(current.id)."
                    )))
        }
        if let topic = entry.topic {
            blocks += section("Aim", paragraphs: topic.aim)
            blocks += section("Description", paragraphs: topic.description)
            blocks += section("Target groups", items: topic.targetGroups)
        } else {
            blocks.append(
                .notice(OutlineNotice(label: "Cannot be read", text: PrintableText.line(unreadableReason(entry.record)))))
        }
        blocks.append(.heading(level: 2, text: "Contents"))
        if modules.isEmpty {
            blocks.append(.paragraph("No modules yet."))
        } else {
            var columns: [OutlineTable.Column] = [.init("#", alignment: .trailing), .init("Module")]
            if isTrainer { columns += [.init("Language"), .init("Status")] }
            columns += [.init("Sessions", alignment: .trailing), .init("Time", alignment: .trailing)]
            let rows = modules.enumerated().map { index, pair in
                let (entry, module) = pair
                var cells = [String(index + 1), module.map(title(of:)) ?? "\(entry.id) (cannot be read)"]
                if isTrainer { cells += [module.map { PrintableText.line($0.language) } ?? "-", entry.status.rawValue] }
                cells += [
                    module.map { String($0.sessions.count) } ?? "-", module.map { OutlineLabels.duration($0.totalMinutes) } ?? "-",
                ]
                return OutlineTable.Row(cells)
            }
            blocks.append(.table(OutlineTable(columns: columns, rows: rows)))
            let unreadable = modules.filter { $0.1 == nil }.count
            let note = unreadable == 0 ? "" : " (\(unreadable) cannot be read)"
            blocks.append(
                .paragraph(
                    OutlineText(
                        "Total: \(OutlineLabels.durationWithMinutes(minutes)) of teaching in \(OutlineLabels.count(modules.count, "module"))\(note)."
                    )))
        }
        return OutlinePage(
            kind: .topic, anchor: "topic-\(entry.id)", language: "en",
            header: RunningHeader(context: OutlineLabels.topicContext(entry), title: "Contents"), blocks: blocks)
    }

    private func unreadablePage(_ entry: ModuleEntry, topic: TopicEntry) -> OutlinePage {
        OutlinePage(
            kind: .module, anchor: "module-\(entry.id)", language: nil,
            header: RunningHeader(context: OutlineLabels.topicContext(topic), title: entry.id),
            blocks: [
                .heading(level: 1, text: entry.id),
                .notice(
                    OutlineNotice(
                        label: "Cannot be read",
                        text: "\(topic.id)/\(entry.id): \(PrintableText.line(unreadableReason(entry))). See `workbench validate`."))
            ])
    }

    // MARK: Pieces

    /// What `--script` does to the modules that follow, for a topic's or the catalog's page.
    private var scriptLine: [String] {
        switch options.script {
        case nil: []
        case .latin: ["Script: Serbian and Macedonian modules printed in Latin"]
        case .cyrillic: ["Script: Serbian modules printed in Cyrillic (Macedonian modules as written)"]
        }
    }

    /// The module as printed: converted to the asked alphabet when its language has one.
    func converted(_ module: Module) -> Module {
        guard let script = options.script, let conversion = ScriptConversion(language: module.language, script: script) else {
            return module
        }
        return module.transliterated(conversion)
    }

    private func title(of module: Module) -> String {
        let title = PrintableText.line(module.title)
        return title.isEmpty ? "(untitled)" : title
    }

    private func section(_ title: String, paragraphs text: String) -> [OutlineBlock] {
        OutlineBlock.section(title, paragraphs: text)
    }

    private func section(_ title: String, items: [String]) -> [OutlineBlock] {
        OutlineBlock.section(title, items: items)
    }

    private func divergedNotices(_ modules: [ModuleEntry]) -> [String] {
        modules.compactMap { entry in
            guard let current = entry.record.current else {
                return "\(entry.topic)/\(entry.id) cannot be read: \(PrintableText.line(unreadableReason(entry)))"
            }
            guard entry.record.isDiverged else { return nil }
            return "\(entry.topic)/\(entry.id) is diverged: \(Plural.count(entry.record.heads.count, "head", "heads")); \(current.id) is printed"
        }
    }

    private func topicNotices(_ entry: TopicEntry) -> [String] {
        var notices: [String] = []
        if entry.record.current == nil {
            notices.append("the topic \(entry.id) cannot be read: \(PrintableText.line(unreadableReason(entry.record)))")
        } else if entry.record.isDiverged, let current = entry.record.current {
            notices.append("the topic \(entry.id) is diverged: \(Plural.count(entry.record.heads.count, "head", "heads")); \(current.id) is printed")
        }
        return notices + divergedNotices(entry.modules)
    }

    private func unreadableReason(_ entry: ModuleEntry) -> String {
        unreadableReason(entry.record)
    }

    private func unreadableReason<Document>(_ record: DocumentRecord<Document>) -> String {
        record.problems.first { $0.severity == .error }.map { $0.pointer.isEmpty ? "\($0.file): \($0.message)" : $0.description }
            ?? "it has no revisions"
    }
}

extension OutlineAssembly {
    /// `Revision 000001-4ab6471a9108, saved 2026-11-23 by Ana Petrović`: what the outline was printed from.
    func revisionLine(_ id: RevisionID, _ info: RevisionInfo) -> String {
        let author = PrintableText.line(info.author)
        let day = PrintableText.line(Timestamp.day(info.time))
        return "Revision \(id), saved \(day) by \(author.isEmpty ? "an unknown author" : author)"
    }
}
