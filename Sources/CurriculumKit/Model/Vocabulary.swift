/// A closed list of words a field may hold, as stored in the files.
public protocol Vocabulary: RawRepresentable, CaseIterable, Codable, Hashable, Sendable
where RawValue == String {}

extension Vocabulary {
    /// The words allowed, in their declared order, for messages and pickers.
    public static var allowedWords: [String] { allCases.map(\.rawValue) }
}

/// How a module is delivered.
public enum Delivery: String, Vocabulary {
    case faceToFace = "face-to-face"
    case eLearning = "e-learning"
    case blended
    case webinar
    case studyVisit = "study-visit"
}

/// The EQF domain a learning outcome belongs to.
public enum OutcomeDomain: String, Vocabulary {
    case knowledge
    case skills
    case responsibilityAutonomy = "responsibility-autonomy"
}

/// How a session is taught.
public enum TeachingMethod: String, Vocabulary {
    case lecture, discussion, workshop
    case caseStudy = "case-study"
    case rolePlay = "role-play"
    case simulation
    case groupWork = "group-work"
    case eLearning = "e-learning"
    case fieldVisit = "field-visit"
    case exercise
}

/// How an assessment checks outcomes.
public enum AssessmentMethod: String, Vocabulary {
    case written, oral
    case multipleChoice = "multiple-choice"
    case caseStudy = "case-study"
    case simulation, practical, presentation, observation
}

/// What kind of source a reference is.
public enum ReferenceKind: String, Vocabulary {
    case euAcquis = "eu-acquis"
    case internationalLaw = "international-law"
    case nationalLaw = "national-law"
    case caseLaw = "case-law"
    case handbook, web
}

/// A theme that runs through a module.
public enum CrossCuttingTheme: String, Vocabulary {
    case fundamentalRights = "fundamental-rights"
    case gender
    case childProtection = "child-protection"
    case vulnerability
}

/// What a member of the catalog may do.
public enum Role: String, Vocabulary {
    case author, reviewer, trainer, admin
}

/// What a review event says about a revision.
public enum Verdict: String, Vocabulary {
    case submit, comment
    case requestChanges = "request-changes"
    case approve
}
