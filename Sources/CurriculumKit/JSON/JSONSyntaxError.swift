/// Why some bytes are not a JSON document, and where: line and column count from 1.
public struct JSONSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var reason: String

    public var description: String {
        line == 0 ? reason : "\(reason) at line \(line), column \(column)"
    }
}
