/// Builds the outline page of one module revision in the handout or trainer edition.
struct ModulePageBuilder {
    let entry: ModuleEntry
    let stored: StoredRevision<Module>
    let topic: TopicEntry?
    let store: CurriculumStore
    let options: OutlineOptions
    /// The module as printed (transliterated when asked).
    let module: Module

    init(entry: ModuleEntry, stored: StoredRevision<Module>, topic: TopicEntry?, store: CurriculumStore, options: OutlineOptions) {
        self.entry = entry
        self.stored = stored
        self.topic = topic
        self.store = store
        self.options = options
        self.module = OutlineAssembly(store: store, options: options).converted(stored.document)
    }

    private var isTrainer: Bool { options.edition == .trainer }

    /// The module's title as printed.
    var title: String {
        let title = PrintableText.line(module.title)
        return title.isEmpty ? "(untitled)" : title
    }

    func page() -> OutlinePage {
        var blocks: [OutlineBlock] = [.heading(level: 1, text: title), .meta(metaLines)]
        blocks += divergedNotice
        blocks += section("Aim", paragraphs: module.aim)
        blocks += section("Description", paragraphs: module.description)
        blocks += section("Target groups", items: module.targetGroups)
        blocks += section("Entry requirements", paragraphs: module.entryRequirements)
        blocks += section("Prerequisites", items: module.prerequisites.map(prerequisite))
        blocks += outcomes
        blocks += sessionPlan
        if isTrainer { blocks += sessionNotes }
        blocks += assessment
        if isTrainer { blocks += coverage }
        blocks += references
        blocks += section(
            "Cross-cutting themes", paragraphs: sentence(module.crossCutting.map(OutlineLabels.theme).joined(separator: ", ")))
        if isTrainer {
            blocks += section("Keywords", paragraphs: module.keywords.map(PrintableText.line).joined(separator: ", "))
            blocks += warnings
        }
        let topicContext = topic.map(OutlineLabels.topicContext) ?? PrintableText.line(entry.topic)
        return OutlinePage(
            kind: .module, anchor: "module-\(entry.id)", language: PrintableText.line(module.language),
            header: RunningHeader(context: topicContext, title: title), blocks: blocks)
    }

    // MARK: Header

    /// The topic; the module's facts (the handout names itself first); for trainers, the edition
    /// with the status and the date, and the revision printed.
    private var metaLines: [String] {
        var lines = [topic.map(OutlineLabels.topicHeading) ?? "Topic \(PrintableText.line(entry.topic))"]
        var facts = isTrainer ? [] : [OutlineLabels.edition(options.edition)]
        facts += [OutlineLabels.language(PrintableText.line(module.language)), OutlineLabels.delivery(module.delivery)]
        if let level = module.eqfLevel { facts.append("EQF level \(level)") }
        facts.append("\(OutlineLabels.durationWithMinutes(module.totalMinutes)) in \(OutlineLabels.count(module.sessions.count, "session"))")
        if let original = module.translationOf { facts.append("translation of \(PrintableText.line(original))") }
        lines.append(facts.joined(separator: " · "))
        if isTrainer {
            var edition = "\(OutlineLabels.edition(options.edition)) · status: \(entry.status.rawValue)"
            if let printedAt = options.printedAt { edition += " · printed on \(PrintableText.line(Timestamp.day(printedAt)))" }
            lines.append(edition)
            lines.append(OutlineAssembly(store: store, options: options).revisionLine(stored.id, stored.info))
        }
        if let script = options.script {
            lines.append(ScriptConversion.summary(language: PrintableText.line(stored.document.language), script: script))
        }
        return lines
    }

    private var divergedNotice: [OutlineBlock] {
        guard entry.record.isDiverged else { return [] }
        var text = "this module has \(Plural.count(entry.record.heads.count, "version", "versions")) saved from the same base that are not merged yet; this outline shows the most recent one, revision \(stored.id)."
        if isTrainer { text += " Merge them with `workbench merge \(entry.topic)/\(entry.id)`." }
        return [.notice(OutlineNotice(label: "Diverged", text: text))]
    }

    // MARK: Sections

    private var outcomes: [OutlineBlock] {
        var blocks: [OutlineBlock] = [.heading(level: 2, text: "Learning outcomes")]
        guard !module.learningOutcomes.isEmpty else {
            return blocks + [.paragraph("No learning outcomes are written yet.")]
        }
        for domain in OutcomeDomain.allCases {
            let items = module.learningOutcomes.filter { $0.domain == domain }
            guard !items.isEmpty else { continue }
            blocks.append(.heading(level: 3, text: OutlineLabels.domain(domain)))
            blocks.append(.list(items.map { labelled($0.id, PrintableText.line($0.text)) }))
        }
        return blocks
    }

    private var sessionPlan: [OutlineBlock] {
        var blocks: [OutlineBlock] = [.heading(level: 2, text: "Session plan")]
        guard !module.sessions.isEmpty else {
            return blocks + [.paragraph("No sessions are planned yet.")]
        }
        let total = "\(OutlineLabels.durationWithMinutes(module.totalMinutes)) of teaching in \(OutlineLabels.count(module.sessions.count, "session"))"
        guard let agendaOptions = options.agenda else {
            blocks.append(.table(OutlineTable(columns: sessionColumns(withTime: false), rows: module.sessions.map { sessionRow($0, time: nil) })))
            return blocks + [.paragraph(OutlineText("Total: \(total)."))]
        }
        let agenda = Agenda(sessions: module.sessions, options: agendaOptions)
        for day in agenda.days {
            let span = day.start.map { start in "\(start)–\(day.end ?? start)" } ?? ""
            blocks.append(
                .heading(level: 3, text: "Day \(day.number) · \(span) · \(OutlineLabels.duration(day.teachingMinutes)) of teaching"))
            let rows = day.slots.map { slot in
                let time = "\(slot.start)–\(slot.end)"
                switch slot.kind {
                case .session(let index):
                    return sessionRow(module.sessions[index], time: time)
                case .pause, .lunch:
                    var cells = [time, "", slot.kind == .lunch ? "Lunch break" : "Break", ""]
                    if isTrainer { cells.append("") }
                    cells.append(String(slot.minutes))
                    return OutlineTable.Row(cells, kind: .pause)
                }
            }
            blocks.append(.table(OutlineTable(columns: sessionColumns(withTime: true), rows: rows)))
        }
        return blocks + [.paragraph(OutlineText("Total: \(total) over \(OutlineLabels.count(agenda.days.count, "day"))."))]
    }

    private func sessionColumns(withTime: Bool) -> [OutlineTable.Column] {
        var columns: [OutlineTable.Column] = withTime ? [.init("Time")] : []
        columns += [.init("#"), .init("Session"), .init("Method")]
        if isTrainer { columns.append(.init("Outcomes")) }
        columns.append(.init("Min", alignment: .trailing))
        return columns
    }

    private func sessionRow(_ session: Session, time: String?) -> OutlineTable.Row {
        var cells = time.map { [$0] } ?? []
        cells += [PrintableText.line(session.id), sessionTitle(session), OutlineLabels.method(session.method)]
        if isTrainer { cells.append(ids(session.outcomes)) }
        cells.append(String(session.minutes))
        return OutlineTable.Row(cells)
    }

    private var sessionNotes: [OutlineBlock] {
        guard !module.sessions.isEmpty else { return [] }
        var blocks: [OutlineBlock] = [.heading(level: 2, text: "Session notes for trainers")]
        for session in module.sessions {
            blocks.append(.heading(level: 3, text: "\(PrintableText.line(session.id)) · \(sessionTitle(session))"))
            let materials = session.materials.map(PrintableText.line).filter { !$0.isEmpty }
            let notes = PrintableText.paragraphs(session.trainerNotes).joined(separator: " ")
            blocks.append(
                .list([
                    OutlineText([.strong("Outcomes:"), .plain(" " + outcomeList(session.outcomes))]),
                    OutlineText([.strong("Materials:"), .plain(" " + (materials.isEmpty ? "none listed" : materials.joined(separator: "; ")))]),
                    OutlineText([.strong("Notes:"), .plain(" " + (notes.isEmpty ? "none" : notes))]),
                ]))
        }
        return blocks
    }

    private var assessment: [OutlineBlock] {
        var blocks: [OutlineBlock] = [.heading(level: 2, text: "Assessment")]
        guard !module.assessments.isEmpty else {
            return blocks + [.paragraph("No assessment is planned yet.")]
        }
        blocks.append(
            .list(
                module.assessments.map { assessment in
                    var runs: [OutlineText.Run] = [
                        .strong(PrintableText.line(assessment.id)),
                        .plain(" (\(OutlineLabels.method(assessment.method))) \(PrintableText.line(assessment.description))"),
                    ]
                    if isTrainer { runs.append(.plain(" Covers: \(ids(assessment.outcomes)).")) }
                    return OutlineText(runs)
                }))
        return blocks
    }

    private var coverage: [OutlineBlock] {
        guard !module.learningOutcomes.isEmpty else { return [] }
        let rows = module.learningOutcomes.map { outcome in
            let sessions = module.sessions.filter { $0.outcomes.contains(outcome.id) }.map(\.id)
            let assessments = module.assessments.filter { $0.outcomes.contains(outcome.id) }.map(\.id)
            return OutlineTable.Row([
                PrintableText.line(outcome.id), OutlineLabels.domain(outcome.domain), ids(sessions), ids(assessments),
            ])
        }
        return [
            .heading(level: 2, text: "Outcome coverage"),
            .table(
                OutlineTable(columns: [.init("Outcome"), .init("Domain"), .init("Taught in"), .init("Assessed by")], rows: rows)),
        ]
    }

    private var references: [OutlineBlock] {
        guard !module.references.isEmpty else { return [] }
        let items = module.references.map { reference in
            var runs: [OutlineText.Run] = [
                .plain("\(PrintableText.line(reference.citation)) (\(OutlineLabels.kind(reference.kind)))")
            ]
            if let url = reference.url.map(PrintableText.line), !url.isEmpty {
                runs += [.plain(" "), .link(text: url, url: url)]
            }
            return OutlineText(runs)
        }
        return [.heading(level: 2, text: "References"), .list(items)]
    }

    private var warnings: [OutlineBlock] {
        let validator = ModuleValidator(
            knownModules: Set(store.allModules.map(\.id)), expectedTopic: entry.topic, expectedID: entry.id)
        let findings = validator.diagnose(stored.document, file: stored.file) + entry.record.problems
        var blocks: [OutlineBlock] = [.heading(level: 2, text: "Validation warnings")]
        guard !findings.isEmpty else {
            return blocks + [.paragraph("None: the revision passes every check.")]
        }
        blocks.append(
            .list(
                findings.map { finding in
                    let severity = finding.severity == .error ? "Error" : "Warning"
                    let place = finding.file == stored.file ? (finding.pointer.isEmpty ? "the file" : finding.pointer) : finding.file + (finding.pointer.isEmpty ? "" : " at " + finding.pointer)
                    return OutlineText([.strong("\(severity):"), .plain(" \(PrintableText.line(place)): \(PrintableText.line(finding.message))")])
                }))
        return blocks
    }

    // MARK: Pieces

    private func section(_ title: String, paragraphs text: String) -> [OutlineBlock] {
        OutlineBlock.section(title, paragraphs: text)
    }

    private func section(_ title: String, items: [String]) -> [OutlineBlock] {
        OutlineBlock.section(title, items: items)
    }

    private func labelled(_ label: String, _ text: String) -> OutlineText {
        OutlineText([.strong(PrintableText.line(label)), .plain(" " + text)])
    }

    private func sessionTitle(_ session: Session) -> String {
        let title = PrintableText.line(session.title)
        return title.isEmpty ? "(untitled)" : title
    }

    /// `LO1, LO2`, or `none`.
    private func ids(_ ids: [String]) -> String {
        ids.isEmpty ? "none" : ids.map(PrintableText.line).joined(separator: ", ")
    }

    /// `LO1 (knowledge), LO2 (skills)`, or `none`; an id the module does not define is shown as unknown.
    private func outcomeList(_ ids: [String]) -> String {
        guard !ids.isEmpty else { return "none" }
        return ids.map { id in
            guard let outcome = module.learningOutcomes.first(where: { $0.id == id }) else {
                return "\(PrintableText.line(id)) (unknown outcome)"
            }
            return "\(PrintableText.line(id)) (\(OutlineLabels.domain(outcome.domain).lowercased()))"
        }.joined(separator: ", ")
    }

    /// A prerequisite's title and place, when the folder has it.
    private func prerequisite(_ id: String) -> String {
        guard let other = store.allModules.first(where: { $0.id == id }), let module = other.module else { return id }
        let title = PrintableText.line(OutlineAssembly(store: store, options: options).converted(module).title)
        return "\(title) (\(other.topic)/\(id))"
    }

    /// The text with its first letter capitalised and a full stop, or empty.
    private func sentence(_ text: String) -> String {
        guard let first = text.first else { return "" }
        return first.uppercased() + text.dropFirst() + "."
    }
}
