/// The words an outline uses for the files' vocabulary and for lengths of time.
enum OutlineLabels {
    /// `6 h`, `1 h 30 min`, `45 min`.
    static func duration(_ minutes: Int) -> String {
        let hours = minutes / 60
        let rest = minutes % 60
        switch (hours, rest) {
        case (0, _): return "\(minutes) min"
        case (_, 0): return "\(hours) h"
        default: return "\(hours) h \(rest) min"
        }
    }

    /// `6 h (360 min)`, or `45 min` when under an hour.
    static func durationWithMinutes(_ minutes: Int) -> String {
        minutes < 60 ? duration(minutes) : "\(duration(minutes)) (\(minutes) min)"
    }

    /// `1 session`, `4 sessions`.
    static func count(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        Plural.count(count, singular, plural ?? singular + "s")
    }

    static func domain(_ domain: OutcomeDomain) -> String {
        switch domain {
        case .knowledge: "Knowledge"
        case .skills: "Skills"
        case .responsibilityAutonomy: "Responsibility and autonomy"
        }
    }

    static func method(_ method: TeachingMethod) -> String {
        method == .eLearning ? "e-learning" : method.rawValue.replacingDashes()
    }

    static func method(_ method: AssessmentMethod) -> String {
        method.rawValue.replacingDashes()
    }

    /// `face-to-face`, `e-learning`, `blended`, `study visit`.
    static func delivery(_ delivery: Delivery) -> String {
        delivery == .faceToFace || delivery == .eLearning ? delivery.rawValue : delivery.rawValue.replacingDashes()
    }

    static func kind(_ kind: ReferenceKind) -> String {
        kind == .euAcquis ? "EU acquis" : kind.rawValue.replacingDashes()
    }

    static func theme(_ theme: CrossCuttingTheme) -> String {
        theme.rawValue.replacingDashes()
    }

    /// `English`, `Serbian (Cyrillic)`, or the tag itself for a language without a name here.
    static func language(_ tag: String) -> String {
        let parts = tag.split(separator: "-").map { $0.lowercased() }
        let names = [
            "en": "English", "sr": "Serbian", "bs": "Bosnian", "cnr": "Montenegrin", "mk": "Macedonian",
            "sq": "Albanian", "hr": "Croatian", "de": "German", "fr": "French",
        ]
        guard let first = parts.first, let name = names[first] else { return tag }
        let scripts = ["latn": "Latin", "cyrl": "Cyrillic"]
        switch parts.count {
        case 1: return name
        case 2: return scripts[parts[1]].map { "\(name) (\($0))" } ?? "\(name) (\(tag))"
        default: return "\(name) (\(tag))"
        }
    }

    static func edition(_ edition: OutlineEdition) -> String {
        switch edition {
        case .handout: "Handout"
        case .trainer: "Trainer edition"
        }
    }

    /// `Topic 15: Local Migration Governance and Action Planning`.
    static func topicHeading(_ entry: TopicEntry) -> String {
        let number = entry.topic?.number ?? Int(entry.id.prefix(2))
        let title = entry.topic.map { PrintableText.line($0.title) } ?? entry.id
        return number.map { "Topic \($0): \(title)" } ?? title
    }

    /// `Topic 15 · Local Migration Governance and Action Planning`, for running headers.
    static func topicContext(_ entry: TopicEntry) -> String {
        let number = entry.topic?.number ?? Int(entry.id.prefix(2))
        let title = entry.topic.map { PrintableText.line($0.title) } ?? entry.id
        return number.map { "Topic \($0) · \(title)" } ?? title
    }
}

extension String {
    /// `case-study` → `case study`.
    fileprivate func replacingDashes() -> String {
        split(separator: "-").joined(separator: " ")
    }
}
