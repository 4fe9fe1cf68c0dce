/// A comment someone is about to add with a review action: a remark on a place, a reply to
/// another comment, or the resolution of one.
public struct NewComment: Hashable, Sendable {
    /// A JSON pointer into the reviewed revision; empty for the whole document. A reply or a
    /// resolution left empty takes the place of the comment it answers.
    public var path: String
    public var text: String
    /// The comment this one answers.
    public var replyTo: String?
    /// The comment this one resolves.
    public var resolves: String?

    public init(path: String = "", text: String, replyTo: String? = nil, resolves: String? = nil) {
        self.path = path
        self.text = text
        self.replyTo = replyTo
        self.resolves = resolves
    }
}
