import CurriculumKit
import TerminalKit

/// The text of a module as the preview and the reader show it.
enum ModuleContent {
    /// Every section of the module, with the validation warnings first when there are any.
    static func sections(of module: Module, findings: [Diagnostic]) -> [ContentSection] {
        var sections: [ContentSection] = []
        if !findings.isEmpty {
            sections.append(
                ContentSection(
                    title: "Warnings", blocks: findings.map(warningBlock), note: "\(findings.count)", isWarning: true))
        }
        var overview: [TextBlock] = []
        overview.append(TextBlock(text: facts(of: module), style: .muted))
        if !module.aim.isEmpty { overview.append(TextBlock(text: module.aim, prefix: "Aim: ")) }
        if !module.description.isEmpty { overview.append(TextBlock(text: module.description)) }
        for group in module.targetGroups { overview.append(TextBlock(text: group, prefix: "Target group: ")) }
        if !module.entryRequirements.isEmpty {
            overview.append(TextBlock(text: module.entryRequirements, prefix: "Entry requirements: "))
        }
        if !module.prerequisites.isEmpty {
            overview.append(TextBlock(text: module.prerequisites.joined(separator: ", "), prefix: "Prerequisites: "))
        }
        sections.append(ContentSection(title: "Overview", blocks: overview))
        sections.append(
            ContentSection(
                title: "Learning outcomes", blocks: module.learningOutcomes.map(outcomeBlock),
                note: "\(module.learningOutcomes.count)", pointer: "/learningOutcomes"))
        sections.append(
            ContentSection(
                title: "Sessions", blocks: module.sessions.flatMap(sessionBlocks),
                note: "\(module.sessions.count) · \(module.totalMinutes) min", pointer: "/sessions"))
        sections.append(
            ContentSection(
                title: "Assessment", blocks: module.assessments.map(assessmentBlock), note: "\(module.assessments.count)",
                pointer: "/assessments"))
        let references = module.references.map { reference in
            TextBlock(
                text: reference.citation + (reference.url.map { " <\($0)>" } ?? ""),
                prefix: "[\(reference.kind.rawValue)] ", prefixStyle: .muted)
        }
        sections.append(ContentSection(title: "References", blocks: references, note: "\(references.count)", pointer: "/references"))
        var other: [TextBlock] = []
        if !module.crossCutting.isEmpty {
            other.append(TextBlock(text: module.crossCutting.map(\.rawValue).joined(separator: ", "), prefix: "Cross-cutting: "))
        }
        if !module.keywords.isEmpty {
            other.append(TextBlock(text: module.keywords.joined(separator: ", "), prefix: "Keywords: "))
        }
        if let original = module.translationOf {
            other.append(TextBlock(text: original, prefix: "Translation of: "))
        }
        if !other.isEmpty { sections.append(ContentSection(title: "Keywords and themes", blocks: other, pointer: "/keywords")) }
        return sections
    }

    /// The short text of the browser's preview pane: aim, outcomes, session plan, assessment.
    static func preview(of module: Module) -> [TextBlock] {
        var blocks = [TextBlock(text: module.title.isEmpty ? "(untitled)" : module.title, style: .title)]
        blocks.append(TextBlock(text: facts(of: module), style: .muted))
        if !module.aim.isEmpty { blocks.append(TextBlock(text: module.aim, prefix: "Aim: ")) }
        if !module.learningOutcomes.isEmpty {
            blocks.append(TextBlock(text: "Outcomes", style: .header))
            blocks += module.learningOutcomes.map(outcomeBlock)
        }
        blocks.append(TextBlock(text: "Session plan", style: .header))
        if module.sessions.isEmpty {
            blocks.append(TextBlock(text: "No sessions yet.", style: .muted))
        }
        for session in module.sessions {
            blocks.append(
                TextBlock(
                    text: "\(session.title) (\(session.minutes) min, \(session.method.rawValue))",
                    prefix: session.id + " "))
        }
        if !module.assessments.isEmpty {
            blocks.append(TextBlock(text: "Assessment", style: .header))
            blocks += module.assessments.map(assessmentBlock)
        }
        return blocks
    }

    static func facts(of module: Module) -> String {
        var facts = [module.language, module.delivery.rawValue, "\(module.totalMinutes) min"]
        if let level = module.eqfLevel { facts.append("EQF \(level)") }
        return facts.joined(separator: " · ")
    }

    private static func outcomeBlock(_ outcome: LearningOutcome) -> TextBlock {
        TextBlock(text: "\(outcome.text) (\(outcome.domain.rawValue))", prefix: outcome.id + " ")
    }

    private static func sessionBlocks(_ session: Session) -> [TextBlock] {
        var blocks = [
            TextBlock(
                text: "\(session.title) — \(session.minutes) min, \(session.method.rawValue)"
                    + (session.outcomes.isEmpty ? "" : "; " + session.outcomes.joined(separator: ", ")),
                prefix: session.id + " ")
        ]
        for material in session.materials {
            blocks.append(TextBlock(text: material, style: .normal, prefix: "Material: ", prefixStyle: .muted, indent: 4))
        }
        if !session.trainerNotes.isEmpty {
            blocks.append(TextBlock(text: session.trainerNotes, prefix: "Trainer notes: ", prefixStyle: .muted, indent: 4))
        }
        return blocks
    }

    private static func assessmentBlock(_ assessment: Assessment) -> TextBlock {
        TextBlock(
            text: "\(assessment.description) (\(assessment.method.rawValue); \(assessment.outcomes.joined(separator: ", ")))",
            prefix: assessment.id + " ")
    }

    private static func warningBlock(_ finding: Diagnostic) -> TextBlock {
        TextBlock(
            text: (finding.pointer.isEmpty ? "" : finding.pointer + ": ") + finding.message,
            prefix: finding.severity == .error ? "✗ " : "! ", prefixStyle: finding.severity == .error ? .error : .warning)
    }
}
