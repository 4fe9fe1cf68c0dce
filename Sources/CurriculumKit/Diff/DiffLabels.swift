/// How the diff names fields and list items for people, and the order it visits fields in.
enum DiffLabels {
    /// Field order of the document formats, by the list an object sits in (`""` for the top).
    private static let fieldOrders: [String: [String]] = [
        "": [
            "format", "id", "topic", "number", "language", "title", "aim", "description", "targetGroups", "eqfLevel",
            "delivery", "prerequisites", "entryRequirements", "learningOutcomes", "sessions", "assessments",
            "references", "crossCutting", "keywords", "translationOf", "modules",
        ],
        "learningOutcomes": ["id", "domain", "text"],
        "sessions": ["id", "title", "minutes", "method", "outcomes", "materials", "trainerNotes"],
        "assessments": ["id", "method", "description", "outcomes"],
        "references": ["id", "kind", "citation", "url"],
    ]

    private static let fieldNames: [String: String] = [
        "format": "Format", "id": "Id", "topic": "Topic", "number": "Number", "language": "Language",
        "title": "Title", "aim": "Aim", "description": "Description", "targetGroups": "Target groups",
        "eqfLevel": "EQF level", "delivery": "Delivery", "prerequisites": "Prerequisites",
        "entryRequirements": "Entry requirements", "learningOutcomes": "Learning outcomes", "sessions": "Sessions",
        "assessments": "Assessments", "references": "References", "crossCutting": "Cross-cutting themes",
        "keywords": "Keywords", "translationOf": "Translation of", "modules": "Modules", "domain": "Domain",
        "text": "Text", "minutes": "Minutes", "method": "Method", "outcomes": "Outcomes", "materials": "Materials",
        "trainerNotes": "Trainer notes", "kind": "Kind", "citation": "Citation", "url": "URL",
    ]

    private static let itemNames: [String: String] = [
        "learningOutcomes": "Learning outcome", "sessions": "Session", "assessments": "Assessment",
        "references": "Reference", "modules": "Module", "targetGroups": "Target group", "keywords": "Keyword",
    ]

    /// The keys of an object inside the list `listKey`, in the format's order, unknown keys last.
    static func orderedKeys(_ keys: some Sequence<String>, inList listKey: String) -> [String] {
        let order = fieldOrders[listKey] ?? []
        let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        return keys.sorted { lhs, rhs in
            switch (rank[lhs], rank[rhs]) {
            case (let left?, let right?): left < right
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): lhs < rhs
            }
        }
    }

    /// A field's name for people: `trainerNotes` → "Trainer notes".
    static func fieldName(_ key: String) -> String {
        if let known = fieldNames[key] { return known }
        var words = ""
        for character in key {
            if character.isUppercase, !words.isEmpty {
                words += " " + character.lowercased()
            } else {
                words.append(character)
            }
        }
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// The name of one item of the list `key`: `sessions` → "Session".
    static func itemName(_ key: String) -> String {
        if let known = itemNames[key] { return known }
        let name = fieldName(key)
        return name.count > 1 && name.hasSuffix("s") ? String(name.dropLast()) : (name.isEmpty ? "Item" : name)
    }

    /// The label of `key` inside `prefix`: "Title" at the top, "Session S1 · trainer notes" in an item.
    static func label(_ prefix: String, _ key: String) -> String {
        let name = fieldName(key)
        guard !prefix.isEmpty else { return name }
        let isAcronym = name.dropFirst().first?.isUppercase ?? false
        return prefix + " · " + (isAcronym ? name : name.prefix(1).lowercased() + name.dropFirst())
    }

    /// A short form of a value for people: text as it is, lists joined, an item by its id and title.
    static func display(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .integer(let number): return String(number)
        case .number(let number): return String(number)
        case .string(let text): return text
        case .array(let elements): return elements.map(display).joined(separator: ", ")
        case .object(let members):
            if let id = members["id"]?.stringValue {
                let name = ["title", "text", "citation", "description"].lazy.compactMap { members[$0]?.stringValue }
                    .first { !$0.isEmpty }
                return name.map { id + " " + $0 } ?? id
            }
            return orderedKeys(members.keys, inList: "").map { "\($0): \(display(members[$0]!))" }
                .joined(separator: "; ")
        }
    }
}
