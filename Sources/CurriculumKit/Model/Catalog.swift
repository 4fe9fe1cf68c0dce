/// The folder's table of contents: its title, the topics in order, and who may do what.
public struct Catalog: Hashable, Sendable {
    public static let format = "curriculum-workbench/catalog@1"

    public var title: String
    public var languages: [String]
    /// Topic ids in catalog order.
    public var topics: [String]
    public var members: [Member]
    public var approvalsRequired: Int
    public var unknownFields = UnknownFields()

    public init(
        title: String, languages: [String], topics: [String], members: [Member] = [], approvalsRequired: Int = 1
    ) {
        self.title = title
        self.languages = languages
        self.topics = topics
        self.members = members
        self.approvalsRequired = approvalsRequired
    }

    /// The member with this name, compared without regard to case.
    public func member(named name: String) -> Member? {
        members.first { PersonName.isSame($0.name, name) }
    }

    /// Whether `user` may write revisions: an open folder (no members) lets anyone.
    public func canWrite(_ user: String) -> Bool {
        members.isEmpty || member(named: user) != nil
    }

    /// Whether `user`'s approval counts for a revision written by `author`: with members, only
    /// reviewers approve, and never a revision they wrote; an open folder (no members) lets anyone.
    public func countsApproval(by user: String, ofRevisionBy author: String?) -> Bool {
        if members.isEmpty { return true }
        guard member(named: user)?.roles.contains(.reviewer) == true else { return false }
        return author.map { !PersonName.isSame($0, user) } ?? true
    }
}

/// A person on the catalog and their roles.
public struct Member: Codable, Hashable, Sendable {
    public var name: String
    public var institution: String
    public var country: String
    public var roles: [Role]

    public init(name: String, institution: String, country: String, roles: [Role]) {
        self.name = name
        self.institution = institution
        self.country = country
        self.roles = roles
    }
}

extension Catalog: Codable {
    enum CodingKeys: String, CodingKey {
        case format, title, languages, topics, members, approvalsRequired
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try FormatCheck.expect(Catalog.format, in: container, key: .format)
        title = try container.decode(.title, default: "")
        languages = try container.decode(.languages, default: [])
        topics = try container.decode(.topics)
        members = try container.decode(.members, default: [])
        approvalsRequired = try container.decode(.approvalsRequired, default: 1)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Catalog.format, forKey: .format)
        try container.encode(title, forKey: .title)
        try container.encode(languages, forKey: .languages)
        try container.encode(topics, forKey: .topics)
        try container.encode(members, forKey: .members)
        try container.encode(approvalsRequired, forKey: .approvalsRequired)
    }
}

import Foundation
