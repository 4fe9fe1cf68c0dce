/// One step into a JSON value: an object member or an array element.
public enum JSONPathStep: Hashable, Sendable {
    case key(String)
    case index(Int)
}

extension JSONPathStep: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    public init(stringLiteral key: String) {
        self = .key(key)
    }

    public init(integerLiteral index: Int) {
        self = .index(index)
    }
}

/// A place inside a JSON value, as a list of steps; `pointer` gives its RFC 6901 form.
public struct JSONPath: Hashable, Sendable, ExpressibleByArrayLiteral, CustomStringConvertible {
    public var steps: [JSONPathStep]

    public init(_ steps: [JSONPathStep]) {
        self.steps = steps
    }

    public init(arrayLiteral steps: JSONPathStep...) {
        self.steps = steps
    }

    /// The path one step further.
    public func appending(_ step: JSONPathStep) -> JSONPath {
        JSONPath(steps + [step])
    }

    public func appending(_ key: String) -> JSONPath { appending(.key(key)) }
    public func appending(_ index: Int) -> JSONPath { appending(.index(index)) }

    /// The path without its last step (the root's parent is the root).
    public var parent: JSONPath { JSONPath(Array(steps.dropLast())) }

    /// The last step's array index, when it is one.
    public var lastIndex: Int? {
        if case .index(let index)? = steps.last { return index }
        return nil
    }

    /// Whether `self` is `other` or lies inside it.
    public func isInside(_ other: JSONPath) -> Bool {
        steps.count >= other.steps.count && Array(steps.prefix(other.steps.count)) == other.steps
    }

    /// The JSON pointer naming the same place: `/sessions/2/title`.
    public var pointer: String {
        steps.map { step in
            switch step {
            case .key(let key): "/" + JSONPointer.escape(key)
            case .index(let index): "/" + String(index)
            }
        }.joined()
    }

    public var description: String { pointer }
}

extension JSONValue {
    /// The value at `path`, or `nil` when there is none.
    public subscript(path path: JSONPath) -> JSONValue? {
        var value: JSONValue? = self
        for step in path.steps {
            switch (step, value) {
            case (.key(let key), .object(let members)?): value = members[key]
            case (.index(let index), .array(let elements)?): value = elements.indices.contains(index) ? elements[index] : nil
            default: return nil
            }
        }
        return value
    }

    /// Sets the value at `path`; `nil` removes an object member. The containers on the way
    /// must exist; returns `false` (changing nothing) when they do not.
    @discardableResult
    public mutating func set(_ newValue: JSONValue?, at path: JSONPath) -> Bool {
        guard let step = path.steps.first else {
            guard let newValue else { return false }
            self = newValue
            return true
        }
        let rest = JSONPath(Array(path.steps.dropFirst()))
        switch (step, self) {
        case (.key(let key), .object(var members)):
            if rest.steps.isEmpty {
                members[key] = newValue
            } else {
                guard var member = members[key], member.set(newValue, at: rest) else { return false }
                members[key] = member
            }
            self = .object(members)
            return true
        case (.index(let index), .array(var elements)):
            guard elements.indices.contains(index) else { return false }
            if rest.steps.isEmpty {
                guard let newValue else { return false }
                elements[index] = newValue
            } else {
                guard elements[index].set(newValue, at: rest) else { return false }
            }
            self = .array(elements)
            return true
        default:
            return false
        }
    }

    /// Changes the array at `path` in place; returns `false` when there is no array there.
    @discardableResult
    public mutating func updateArray(at path: JSONPath, _ change: (inout [JSONValue]) -> Void) -> Bool {
        guard var elements = self[path: path]?.arrayValue else { return false }
        change(&elements)
        return set(.array(elements), at: path)
    }
}
