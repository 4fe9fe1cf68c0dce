import CurriculumKit

/// How a field of the form is edited.
enum FieldKind: Hashable, Sendable {
    /// One line of text (long lines wrap); Enter goes to the next field.
    case line
    /// Paragraphs of text: Enter starts a new line.
    case text
    /// One line that may be left empty, when the member is removed (a reference's URL).
    case optionalLine
    /// One word of a vocabulary, chosen with ← →; it may start unset (a new reference's kind)
    /// and is then asked for.
    case choice([String])
    /// An optional whole number chosen like a word, with ← → from "none" through the range (a
    /// digit goes to it at once): the EQF level.
    case level(ClosedRange<Int>)
    /// A whole number in a range; `optional` numbers may be left empty (the member is removed).
    case number(ClosedRange<Int>, optional: Bool)
    /// Words ticked from a list: a vocabulary, or the module's own learning outcomes.
    case picks(PickSource)
    /// A list of short words typed as "one, two, three".
    case words
    /// Shown but not typed into (ids, which the workbench assigns).
    case readOnly
}

extension FieldKind {
    /// The values a choice field goes through with ← →, as stored (`nil`: none); `nil` for
    /// other kinds.
    var choices: [JSONValue?]? {
        switch self {
        case .choice(let words): return words.map { .string($0) }
        case .level(let range): return [nil] + range.map { .integer($0) }
        default: return nil
        }
    }

    /// A choice as shown: the word, the number, or "none".
    static func choiceLabel(_ value: JSONValue?) -> String {
        switch value {
        case .string(let word)?: return word
        case .integer(let number)?: return String(number)
        default: return "none"
        }
    }
}

/// Where the words of a `picks` field come from.
enum PickSource: Hashable, Sendable {
    case vocabulary([String])
    /// The ids of the module's learning outcomes.
    case outcomes
}

/// One element of a form: a field of the document, or a list of items.
indirect enum FormElement: Hashable, Sendable {
    case field(key: String, label: String, kind: FieldKind)
    case list(key: String, label: String, item: ItemShape)
}

/// What the items of a list look like.
struct ItemShape: Hashable, Sendable {
    /// What one item is called, for messages: "learning outcome".
    var noun: String
    /// The prefix of the ids the workbench assigns to new items ("LO" → LO5), for object items.
    var idPrefix: String?
    /// The fields of an object item; empty for a list of strings (each one line).
    var fields: [FormElement]
    /// A new item, before its id is assigned.
    var template: JSONValue
    /// Whether people add and delete items (a topic's module order is only reordered).
    var canAddAndDelete = true
}

extension ItemShape {
    /// The noun with its article: "a session", "an assessment".
    var aNoun: String {
        ("aeiou".contains(noun.prefix(1)) ? "an " : "a ") + noun
    }
}

/// A titled part of the form.
struct FormSection: Hashable, Sendable {
    var title: String
    var elements: [FormElement]
}

/// The forms of the two kinds of document: every field of their formats, in sections.
enum FormSchema {
    static func sections(for kind: Draft.Kind) -> [FormSection] {
        kind == .module ? module : topic
    }

    static let module: [FormSection] = [
        FormSection(
            title: "Basics",
            elements: [
                .field(key: "title", label: "Title", kind: .line),
                .field(key: "language", label: "Language", kind: .line),
                .field(key: "delivery", label: "Delivery", kind: .choice(Delivery.allowedWords)),
                .field(key: "eqfLevel", label: "EQF level", kind: .level(1...8)),
                .field(key: "aim", label: "Aim", kind: .text),
                .field(key: "description", label: "Description", kind: .text),
                .field(key: "translationOf", label: "Translation of", kind: .optionalLine),
            ]),
        FormSection(
            title: "Target groups and entry requirements",
            elements: [
                .list(key: "targetGroups", label: "Target groups", item: textItem("target group")),
                .field(key: "entryRequirements", label: "Entry requirements", kind: .text),
                .field(key: "prerequisites", label: "Prerequisites", kind: .words),
            ]),
        FormSection(
            title: "Learning outcomes",
            elements: [
                .list(
                    key: "learningOutcomes", label: "Learning outcomes",
                    item: ItemShape(
                        noun: "learning outcome", idPrefix: "LO",
                        fields: [
                            .field(key: "domain", label: "Domain", kind: .choice(OutcomeDomain.allowedWords)),
                            .field(key: "text", label: "Outcome", kind: .text),
                        ],
                        template: .object(["domain": .string("knowledge"), "text": .string("")])))
            ]),
        FormSection(
            title: "Sessions",
            elements: [
                .list(
                    key: "sessions", label: "Sessions",
                    item: ItemShape(
                        noun: "session", idPrefix: "S",
                        fields: [
                            .field(key: "title", label: "Title", kind: .line),
                            .field(key: "minutes", label: "Minutes", kind: .number(0...1440, optional: false)),
                            .field(key: "method", label: "Method", kind: .choice(TeachingMethod.allowedWords)),
                            .field(key: "outcomes", label: "Outcomes", kind: .picks(.outcomes)),
                            .list(key: "materials", label: "Materials", item: textItem("material")),
                            .field(key: "trainerNotes", label: "Trainer notes", kind: .text),
                        ],
                        template: .object([
                            "title": .string(""), "minutes": .integer(60), "method": .string("lecture"),
                            "outcomes": .array([]), "materials": .array([]), "trainerNotes": .string(""),
                        ])))
            ]),
        FormSection(
            title: "Assessments",
            elements: [
                .list(
                    key: "assessments", label: "Assessments",
                    item: ItemShape(
                        noun: "assessment", idPrefix: "A",
                        fields: [
                            .field(key: "method", label: "Method", kind: .choice(AssessmentMethod.allowedWords)),
                            .field(key: "description", label: "Description", kind: .text),
                            .field(key: "outcomes", label: "Outcomes", kind: .picks(.outcomes)),
                        ],
                        template: .object([
                            "method": .string("written"), "description": .string(""), "outcomes": .array([]),
                        ])))
            ]),
        FormSection(
            title: "References",
            elements: [
                .list(
                    key: "references", label: "References",
                    item: ItemShape(
                        noun: "reference", idPrefix: "R",
                        fields: [
                            .field(key: "kind", label: "Kind", kind: .choice(ReferenceKind.allowedWords)),
                            .field(key: "citation", label: "Citation", kind: .text),
                            .field(key: "url", label: "Web address", kind: .optionalLine),
                        ],
                        // No kind until the author chooses one: a guessed kind would go unnoticed.
                        template: .object(["citation": .string("")])))
            ]),
        FormSection(
            title: "Keywords and themes",
            elements: [
                .field(key: "keywords", label: "Keywords", kind: .words),
                .field(key: "crossCutting", label: "Themes", kind: .picks(.vocabulary(CrossCuttingTheme.allowedWords))),
            ]),
    ]

    static let topic: [FormSection] = [
        FormSection(
            title: "Topic",
            elements: [
                .field(key: "title", label: "Title", kind: .line),
                .field(key: "aim", label: "Aim", kind: .text),
                .field(key: "description", label: "Description", kind: .text),
                .list(key: "targetGroups", label: "Target groups", item: textItem("target group")),
            ]),
        FormSection(
            title: "Module order",
            elements: [
                .list(
                    key: "modules", label: "Modules",
                    item: ItemShape(
                        noun: "module", idPrefix: nil, fields: [], template: .string(""), canAddAndDelete: false))
            ]),
    ]

    private static func textItem(_ noun: String) -> ItemShape {
        ItemShape(noun: noun, idPrefix: nil, fields: [], template: .string(""))
    }
}
