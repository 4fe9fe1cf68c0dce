/// A run of text drawn in one style; a line of styled text is an array of spans.
public struct Span: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .normal) {
        self.text = text
        self.style = style
    }
}

extension Span: ExpressibleByStringLiteral {
    public init(stringLiteral text: String) {
        self.init(text)
    }
}

extension Span {
    /// Returns the lines of `text` (split at newlines), each one span in `style`.
    public static func lines(_ text: String, style: Style = .normal) -> [[Span]] {
        text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
            .map { [Span(String($0), style: style)] }
    }
}
