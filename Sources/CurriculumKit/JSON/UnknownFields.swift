/// The members of a JSON tree that this version of the format does not know.
///
/// Found by comparing a file's tree with the tree of its typed, re-encoded value; applied
/// again when the value is written, so a newer program's data survives an older one.
/// List items are matched by their `id` when they have one, so moving an item keeps its
/// unknown fields with it.
public struct UnknownFields: Hashable, Sendable {
    enum ElementKey: Hashable, Sendable {
        case id(String)
        case index(Int)
    }

    var values: [String: JSONValue] = [:]
    var members: [String: UnknownFields] = [:]
    var elements: [ElementKey: UnknownFields] = [:]

    public init() {}

    public var isEmpty: Bool {
        values.isEmpty && members.isEmpty && elements.isEmpty
    }

    /// The unknown members of `raw`, where `known` is the typed value encoded again.
    static func difference(raw: JSONValue, known: JSONValue) -> UnknownFields {
        var result = UnknownFields()
        switch (raw, known) {
        case (.object(let rawMembers), .object(let knownMembers)):
            for (key, value) in rawMembers {
                if let knownValue = knownMembers[key] {
                    let nested = difference(raw: value, known: knownValue)
                    if !nested.isEmpty { result.members[key] = nested }
                } else {
                    result.values[key] = value
                }
            }
        case (.array(let rawElements), .array(let knownElements)) where rawElements.count == knownElements.count:
            for (index, (rawElement, knownElement)) in zip(rawElements, knownElements).enumerated() {
                let nested = difference(raw: rawElement, known: knownElement)
                if !nested.isEmpty { result.elements[elementKey(rawElement, index: index)] = nested }
            }
        default:
            break
        }
        return result
    }

    /// `value` with the unknown members put back in place.
    func applied(to value: JSONValue) -> JSONValue {
        if isEmpty { return value }
        switch value {
        case .object(var objectMembers):
            for (key, extra) in values where objectMembers[key] == nil {
                objectMembers[key] = extra
            }
            for (key, nested) in members {
                if let member = objectMembers[key] { objectMembers[key] = nested.applied(to: member) }
            }
            return .object(objectMembers)
        case .array(let arrayElements):
            return .array(
                arrayElements.enumerated().map { index, element in
                    elements[Self.elementKey(element, index: index)]?.applied(to: element) ?? element
                })
        default:
            return value
        }
    }

    /// The JSON pointers of every unknown member, sorted, for warnings.
    ///
    /// List items are kept by their `id`; give the `document` the fields belong to (the typed
    /// value's tree) to turn each into its index, so every result is a real JSON pointer.
    /// Without it an item is written `/[id=S1]`.
    public func pointers(under base: String = "", in document: JSONValue? = nil) -> [String] {
        pointers(under: base, document: document, resolving: document != nil).sorted()
    }

    private func pointers(under base: String, document: JSONValue?, resolving: Bool) -> [String] {
        var result = values.keys.map { JSONPointer.append(base, $0) }
        for (key, nested) in members {
            result += nested.pointers(under: JSONPointer.append(base, key), document: document?[key], resolving: resolving)
        }
        let items = document?.arrayValue ?? []
        for (key, nested) in elements {
            switch key {
            case .id(let id) where resolving:
                // An item no longer in the document is not written back, so it has no place to name.
                guard let index = items.firstIndex(where: { $0["id"] == .string(id) }) else { continue }
                result += nested.pointers(under: JSONPointer.append(base, index), document: items[index], resolving: true)
            case .id(let id):
                result += nested.pointers(under: base + "/[id=\(id)]", document: nil, resolving: false)
            case .index(let index):
                let item = items.indices.contains(index) ? items[index] : nil
                result += nested.pointers(under: JSONPointer.append(base, index), document: item, resolving: resolving)
            }
        }
        return result
    }

    private static func elementKey(_ element: JSONValue, index: Int) -> ElementKey {
        if case .string(let id)? = element["id"] { return .id(id) }
        return .index(index)
    }
}
