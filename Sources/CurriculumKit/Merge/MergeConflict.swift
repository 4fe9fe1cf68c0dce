/// A field (or a whole list item) that two or more versions changed in different ways.
public struct MergeConflict: Hashable, Sendable, Identifiable {
    /// A stable name for the conflict, to resolve it by: a pointer in which list items are named
    /// by their id (`/sessions/id=S3/title`), so it holds however other conflicts are resolved.
    public var id: String
    /// A JSON pointer into the merged document (where the item would be, for one a version removed).
    public var pointer: String
    /// The place for people, as the diff names it: "Session S3 · title".
    public var label: String
    /// The value in the common ancestor; `nil` when the field or item was not there.
    public var base: JSONValue?
    /// The value in each version, in the merge's head order; `nil` where a version removed it.
    public var values: [JSONValue?]
    /// How it is resolved so far; `nil` while it is open.
    public var choice: MergeChoice?

    public var isResolved: Bool { choice != nil }

    /// A short display form of a value, "(none)" for a missing one.
    public static func display(_ value: JSONValue?) -> String {
        value.map(DiffLabels.display) ?? "(none)"
    }
}

/// How a conflict is resolved.
public enum MergeChoice: Hashable, Sendable {
    /// The value of the head at this index of the merge's heads.
    case head(Int)
    /// The common ancestor's value (undoing every side's change).
    case base
    /// A value written by hand; `nil` removes the field or item.
    case value(JSONValue?)
}
