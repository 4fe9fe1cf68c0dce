import CurriculumKit

/// A topic as `list` shows it.
struct TopicSummary: Encodable {
    var id: String
    var number: Int?
    var title: String
    var modules: Int
    var statuses: [String: Int]
    var head: String?

    init(_ entry: TopicEntry) {
        id = entry.id
        number = entry.topic?.number
        title = entry.topic?.title ?? "(the topic document cannot be read)"
        modules = entry.modules.count
        statuses = Dictionary(entry.modules.map { ($0.status.rawValue, 1) }, uniquingKeysWith: +)
        head = entry.record.head?.description
    }

    static func list(_ store: CurriculumStore) -> [TopicSummary] {
        store.topics.map(TopicSummary.init)
    }

    /// "2 draft, 1 approved", in workflow order; "-" with no modules.
    var statusText: String {
        let parts = DocumentStatus.allCases.compactMap { status in
            statuses[status.rawValue].map { "\($0) \(status.rawValue)" }
        }
        return parts.isEmpty ? "-" : parts.joined(separator: ", ")
    }

    var heading: String {
        "Topic \(number.map(String.init) ?? "?"): \(title)  (\(id))"
    }
}

/// A module as `list TOPIC` shows it.
struct ModuleSummary: Encodable {
    var id: String
    var topic: String
    var title: String?
    var language: String?
    var status: String
    var minutes: Int?
    var head: String?
    var heads: [String]
    var author: String?
    var time: String?

    /// From the module's facts, which the summary cache holds: listing reads no document.
    init(_ entry: ModuleEntry) {
        let facts = entry.facts
        id = entry.id
        topic = entry.topic
        title = facts.title
        language = facts.language
        status = facts.status.rawValue
        minutes = facts.totalMinutes
        head = facts.head?.description
        heads = facts.heads.map(\.description)
        author = facts.author
        time = facts.time
    }

    static func list(_ topic: TopicEntry) -> [ModuleSummary] {
        topic.modules.map(ModuleSummary.init)
    }
}
