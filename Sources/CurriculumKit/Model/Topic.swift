/// One of the priority topics: its aim and the modules it teaches, in `curriculum-workbench/topic@1` format.
public struct Topic: Hashable, Sendable {
    public static let format = "curriculum-workbench/topic@1"

    public var id: String
    public var number: Int
    public var title: String
    public var aim: String
    public var description: String
    public var targetGroups: [String]
    /// Module ids in teaching order.
    public var modules: [String]
    /// Fields a newer version of the format wrote, kept so that rewriting the file keeps them.
    public var unknownFields = UnknownFields()

    public init(
        id: String, number: Int, title: String, aim: String = "", description: String = "",
        targetGroups: [String] = [], modules: [String] = []
    ) {
        self.id = id
        self.number = number
        self.title = title
        self.aim = aim
        self.description = description
        self.targetGroups = targetGroups
        self.modules = modules
    }
}

extension Topic: Codable {
    enum CodingKeys: String, CodingKey {
        case format, id, number, title, aim, description, targetGroups, modules
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try FormatCheck.expect(Topic.format, in: container, key: .format)
        id = try container.decode(.id)
        number = try container.decode(.number)
        title = try container.decode(.title, default: "")
        aim = try container.decode(.aim, default: "")
        description = try container.decode(.description, default: "")
        targetGroups = try container.decode(.targetGroups, default: [])
        modules = try container.decode(.modules, default: [])
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Topic.format, forKey: .format)
        try container.encode(id, forKey: .id)
        try container.encode(number, forKey: .number)
        try container.encode(title, forKey: .title)
        try container.encode(aim, forKey: .aim)
        try container.encode(description, forKey: .description)
        try container.encode(targetGroups, forKey: .targetGroups)
        try container.encode(modules, forKey: .modules)
    }
}
