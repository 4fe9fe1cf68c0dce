/// A training module: the document a working group drafts, in `curriculum-workbench/module@1` format.
public struct Module: Hashable, Sendable {
    public static let format = "curriculum-workbench/module@1"

    public var id: String
    public var topic: String
    public var language: String
    public var title: String
    public var aim: String
    public var description: String
    public var targetGroups: [String]
    public var eqfLevel: Int?
    public var delivery: Delivery
    public var prerequisites: [String]
    public var entryRequirements: String
    public var learningOutcomes: [LearningOutcome]
    public var sessions: [Session]
    public var assessments: [Assessment]
    public var references: [Reference]
    public var crossCutting: [CrossCuttingTheme]
    public var keywords: [String]
    public var translationOf: String?
    /// Fields a newer version of the format wrote, kept so that rewriting the file keeps them.
    public var unknownFields = UnknownFields()

    public init(
        id: String, topic: String, language: String = "en", title: String, aim: String = "",
        description: String = "", targetGroups: [String] = [], eqfLevel: Int? = nil,
        delivery: Delivery = .faceToFace, prerequisites: [String] = [], entryRequirements: String = "",
        learningOutcomes: [LearningOutcome] = [], sessions: [Session] = [], assessments: [Assessment] = [],
        references: [Reference] = [], crossCutting: [CrossCuttingTheme] = [], keywords: [String] = [],
        translationOf: String? = nil
    ) {
        self.id = id
        self.topic = topic
        self.language = language
        self.title = title
        self.aim = aim
        self.description = description
        self.targetGroups = targetGroups
        self.eqfLevel = eqfLevel
        self.delivery = delivery
        self.prerequisites = prerequisites
        self.entryRequirements = entryRequirements
        self.learningOutcomes = learningOutcomes
        self.sessions = sessions
        self.assessments = assessments
        self.references = references
        self.crossCutting = crossCutting
        self.keywords = keywords
        self.translationOf = translationOf
    }

    /// The teaching time of every session, in minutes.
    public var totalMinutes: Int {
        sessions.reduce(0) { $0 + $1.minutes }
    }
}

/// What a participant can do after the module.
public struct LearningOutcome: Codable, Hashable, Sendable {
    public var id: String
    public var domain: OutcomeDomain
    public var text: String

    public init(id: String, domain: OutcomeDomain, text: String) {
        self.id = id
        self.domain = domain
        self.text = text
    }
}

/// One block of teaching in the session plan.
public struct Session: Hashable, Sendable {
    public var id: String
    public var title: String
    public var minutes: Int
    public var method: TeachingMethod
    public var outcomes: [String]
    public var materials: [String]
    public var trainerNotes: String

    public init(
        id: String, title: String, minutes: Int, method: TeachingMethod, outcomes: [String] = [],
        materials: [String] = [], trainerNotes: String = ""
    ) {
        self.id = id
        self.title = title
        self.minutes = minutes
        self.method = method
        self.outcomes = outcomes
        self.materials = materials
        self.trainerNotes = trainerNotes
    }
}

/// How outcomes are checked.
public struct Assessment: Hashable, Sendable {
    public var id: String
    public var method: AssessmentMethod
    public var description: String
    public var outcomes: [String]

    public init(id: String, method: AssessmentMethod, description: String, outcomes: [String] = []) {
        self.id = id
        self.method = method
        self.description = description
        self.outcomes = outcomes
    }
}

/// A law, handbook or page the module relies on.
public struct Reference: Codable, Hashable, Sendable {
    public var id: String
    public var kind: ReferenceKind
    public var citation: String
    public var url: String?

    public init(id: String, kind: ReferenceKind, citation: String, url: String? = nil) {
        self.id = id
        self.kind = kind
        self.citation = citation
        self.url = url
    }
}
