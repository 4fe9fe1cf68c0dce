/// The text fields of a module that search looks into, with a name, a JSON pointer and a weight.
enum SearchableFields {
    struct Item {
        let name: String
        let pointer: String
        let weight: Int
        let text: String
    }

    static func of(_ module: Module) -> [Item] {
        var items = [
            Item(name: "title", pointer: "/title", weight: 10, text: module.title),
            Item(name: "id", pointer: "/id", weight: 8, text: module.id),
            Item(name: "aim", pointer: "/aim", weight: 4, text: module.aim),
            Item(name: "description", pointer: "/description", weight: 2, text: module.description),
            Item(name: "entry requirements", pointer: "/entryRequirements", weight: 1, text: module.entryRequirements),
        ]
        for (index, keyword) in module.keywords.enumerated() {
            items.append(Item(name: "keyword", pointer: "/keywords/\(index)", weight: 6, text: keyword))
        }
        for (index, group) in module.targetGroups.enumerated() {
            items.append(Item(name: "target group", pointer: "/targetGroups/\(index)", weight: 2, text: group))
        }
        for (index, outcome) in module.learningOutcomes.enumerated() {
            items.append(
                Item(name: "outcome \(outcome.id)", pointer: "/learningOutcomes/\(index)/text", weight: 3, text: outcome.text))
        }
        for (index, session) in module.sessions.enumerated() {
            let base = "/sessions/\(index)"
            items.append(Item(name: "session \(session.id)", pointer: base + "/title", weight: 3, text: session.title))
            items.append(
                Item(name: "trainer notes \(session.id)", pointer: base + "/trainerNotes", weight: 1, text: session.trainerNotes))
            for (materialIndex, material) in session.materials.enumerated() {
                items.append(
                    Item(
                        name: "materials \(session.id)", pointer: base + "/materials/\(materialIndex)", weight: 1,
                        text: material))
            }
        }
        for (index, assessment) in module.assessments.enumerated() {
            items.append(
                Item(
                    name: "assessment \(assessment.id)", pointer: "/assessments/\(index)/description", weight: 2,
                    text: assessment.description))
        }
        for (index, reference) in module.references.enumerated() {
            items.append(
                Item(name: "reference \(reference.id)", pointer: "/references/\(index)/citation", weight: 1, text: reference.citation))
        }
        return items
    }
}
