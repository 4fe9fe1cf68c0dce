extension Module: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case format, id, topic, language, title, aim, description, targetGroups, eqfLevel, delivery
        case prerequisites, entryRequirements, learningOutcomes, sessions, assessments, references
        case crossCutting, keywords, translationOf
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try FormatCheck.expect(Module.format, in: container, key: .format)
        id = try container.decode(.id)
        topic = try container.decode(.topic)
        language = try container.decode(.language, default: "en")
        title = try container.decode(.title, default: "")
        aim = try container.decode(.aim, default: "")
        description = try container.decode(.description, default: "")
        targetGroups = try container.decode(.targetGroups, default: [])
        eqfLevel = try container.decodeIfPresent(Int.self, forKey: .eqfLevel)
        delivery = try container.decode(.delivery, default: .faceToFace)
        prerequisites = try container.decode(.prerequisites, default: [])
        entryRequirements = try container.decode(.entryRequirements, default: "")
        learningOutcomes = try container.decode(.learningOutcomes, default: [])
        sessions = try container.decode(.sessions, default: [])
        assessments = try container.decode(.assessments, default: [])
        references = try container.decode(.references, default: [])
        crossCutting = try container.decode(.crossCutting, default: [])
        keywords = try container.decode(.keywords, default: [])
        translationOf = try container.decodeIfPresent(String.self, forKey: .translationOf)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Module.format, forKey: .format)
        try container.encode(id, forKey: .id)
        try container.encode(topic, forKey: .topic)
        try container.encode(language, forKey: .language)
        try container.encode(title, forKey: .title)
        try container.encode(aim, forKey: .aim)
        try container.encode(description, forKey: .description)
        try container.encode(targetGroups, forKey: .targetGroups)
        try container.encodeIfPresent(eqfLevel, forKey: .eqfLevel)
        try container.encode(delivery, forKey: .delivery)
        try container.encode(prerequisites, forKey: .prerequisites)
        try container.encode(entryRequirements, forKey: .entryRequirements)
        try container.encode(learningOutcomes, forKey: .learningOutcomes)
        try container.encode(sessions, forKey: .sessions)
        try container.encode(assessments, forKey: .assessments)
        try container.encode(references, forKey: .references)
        try container.encode(crossCutting, forKey: .crossCutting)
        try container.encode(keywords, forKey: .keywords)
        try container.encodeIfPresent(translationOf, forKey: .translationOf)
    }
}

extension Session: Codable {
    enum CodingKeys: String, CodingKey {
        case id, title, minutes, method, outcomes, materials, trainerNotes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(.id)
        title = try container.decode(.title, default: "")
        minutes = try container.decode(.minutes, default: 0)
        method = try container.decode(.method, default: .lecture)
        outcomes = try container.decode(.outcomes, default: [])
        materials = try container.decode(.materials, default: [])
        trainerNotes = try container.decode(.trainerNotes, default: "")
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(minutes, forKey: .minutes)
        try container.encode(method, forKey: .method)
        try container.encode(outcomes, forKey: .outcomes)
        try container.encode(materials, forKey: .materials)
        try container.encode(trainerNotes, forKey: .trainerNotes)
    }
}

extension Assessment: Codable {
    enum CodingKeys: String, CodingKey {
        case id, method, description, outcomes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(.id)
        method = try container.decode(.method)
        description = try container.decode(.description, default: "")
        outcomes = try container.decode(.outcomes, default: [])
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(method, forKey: .method)
        try container.encode(description, forKey: .description)
        try container.encode(outcomes, forKey: .outcomes)
    }
}

/// Checks a document's `format` field before anything else is read from it.
enum FormatCheck {
    static func expect<Key: CodingKey>(_ format: String, in container: KeyedDecodingContainer<Key>, key: Key) throws {
        let found = try container.decode(String.self, forKey: key)
        guard found == format else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container,
                debugDescription: "unknown format \"\(found)\" (expected \"\(format)\")")
        }
    }
}
