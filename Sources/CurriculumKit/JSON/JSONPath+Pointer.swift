import Foundation

extension JSONPath {
    /// Reads an RFC 6901 pointer (`/sessions/2/title`; empty for the whole document) as steps
    /// for `value`: a token that is a number inside an array is an index. `nil` when the
    /// pointer is malformed or names nothing in `value`.
    public init?(pointer: String, in value: JSONValue) {
        guard !pointer.isEmpty else {
            self.init([])
            return
        }
        guard pointer.hasPrefix("/") else { return nil }
        var steps: [JSONPathStep] = []
        var current: JSONValue? = value
        for raw in pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            guard !raw.replacingOccurrences(of: "~0", with: "").replacingOccurrences(of: "~1", with: "").contains("~")
            else { return nil }
            let token = raw.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            switch current {
            case .object(let members)?:
                steps.append(.key(token))
                current = members[token]
            case .array(let elements)?:
                guard let index = Int(token), String(index) == token, elements.indices.contains(index) else { return nil }
                steps.append(.index(index))
                current = elements[index]
            default:
                return nil
            }
            if current == nil { return nil }
        }
        self.init(steps)
    }
}
