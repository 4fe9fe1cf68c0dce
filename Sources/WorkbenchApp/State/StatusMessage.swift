/// A line for the footer: information or an error.
struct StatusMessage: Hashable, Sendable {
    enum Kind: Hashable, Sendable { case info, error }
    var kind: Kind
    var text: String
}
