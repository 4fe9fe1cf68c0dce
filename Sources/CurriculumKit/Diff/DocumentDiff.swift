/// Field-level differences between two versions of a document.
///
/// Objects are compared field by field; lists of objects with an `id` are matched by id (an
/// item edited, added, removed, or moved when its order among the others changed); lists of
/// text are matched by value. Long texts carry word-level changes.
public enum DocumentDiff {
    /// Changes from `old` to `new`, in document order.
    public static func changes(from old: Module, to new: Module) -> [DocumentChange] {
        changes(from: DocumentCoding.documentTree(of: old), to: DocumentCoding.documentTree(of: new))
    }

    /// Changes from `old` to `new`, in document order.
    public static func changes(from old: Topic, to new: Topic) -> [DocumentChange] {
        changes(from: DocumentCoding.documentTree(of: old), to: DocumentCoding.documentTree(of: new))
    }

    /// Changes from `old` to `new`, in document order (the module format's order, then unknown fields).
    public static func changes(from old: JSONValue, to new: JSONValue) -> [DocumentChange] {
        var walker = DiffWalker()
        walker.compare(old, new, at: Place(oldPointer: "", newPointer: "", prefix: "", key: "", label: "Document"))
        return walker.changes
    }

}

/// Where the walk is: the pointers on both sides and how to name the place.
private struct Place {
    var oldPointer: String
    var newPointer: String
    /// The item the place is inside, e.g. "Session S1"; empty at the top.
    var prefix: String
    /// The field's key (the list's key for a list).
    var key: String
    /// The label of the place itself.
    var label: String

    func field(_ key: String) -> Place {
        Place(
            oldPointer: JSONPointer.append(oldPointer, key), newPointer: JSONPointer.append(newPointer, key),
            prefix: prefix, key: key, label: DiffLabels.label(prefix, key))
    }
}

private struct DiffWalker {
    var changes: [DocumentChange] = []

    mutating func compare(_ old: JSONValue, _ new: JSONValue, at place: Place, listKey: String = "") {
        if old == new { return }
        switch (old, new) {
        case (.object(let oldMembers), .object(let newMembers)):
            compareObjects(oldMembers, newMembers, at: place, listKey: listKey)
        case (.array(let oldElements), .array(let newElements)):
            compareArrays(oldElements, newElements, at: place)
        default:
            changes.append(changed(old, new, pointer: place.newPointer, label: place.label))
        }
    }

    private mutating func compareObjects(
        _ old: [String: JSONValue], _ new: [String: JSONValue], at place: Place, listKey: String
    ) {
        let keys = DiffLabels.orderedKeys(Set(old.keys).union(new.keys), inList: listKey)
        for key in keys {
            let field = place.field(key)
            switch (old[key], new[key]) {
            case (nil, let value?):
                changes.append(
                    DocumentChange(kind: .added, pointer: field.newPointer, label: field.label, old: nil, new: DiffLabels.display(value)))
            case (let value?, nil):
                changes.append(
                    DocumentChange(kind: .removed, pointer: field.oldPointer, label: field.label, old: DiffLabels.display(value), new: nil))
            case (let oldValue?, let newValue?):
                compare(oldValue, newValue, at: field)
            case (nil, nil):
                break
            }
        }
    }

    private mutating func compareArrays(_ old: [JSONValue], _ new: [JSONValue], at place: Place) {
        if let oldIDs = Self.ids(old), let newIDs = Self.ids(new) {
            compareKeyed(old, new, oldIDs: oldIDs, newIDs: newIDs, at: place)
        } else if old.allSatisfy(Self.isScalar), new.allSatisfy(Self.isScalar) {
            compareValues(old, new, at: place)
        } else {
            compareByIndex(old, new, at: place)
        }
    }

    /// Lists of objects with unique ids: items matched by id.
    private mutating func compareKeyed(
        _ old: [JSONValue], _ new: [JSONValue], oldIDs: [String], newIDs: [String], at place: Place
    ) {
        let oldIndex = Dictionary(uniqueKeysWithValues: oldIDs.enumerated().map { ($1, $0) })
        let newIndex = Dictionary(uniqueKeysWithValues: newIDs.enumerated().map { ($1, $0) })
        let itemName = DiffLabels.itemName(place.key)
        func item(_ id: String, oldAt i: Int, newAt j: Int) -> Place {
            let name = (place.prefix.isEmpty ? "" : place.prefix + " · ") + itemName + " " + id
            return Place(
                oldPointer: JSONPointer.append(place.oldPointer, i), newPointer: JSONPointer.append(place.newPointer, j),
                prefix: name, key: place.key, label: name)
        }
        for step in SequenceAlignment.steps(oldIDs, newIDs) {
            switch step {
            case .same(let i, let j):
                compare(old[i], new[j], at: item(oldIDs[i], oldAt: i, newAt: j), listKey: place.key)
            case .deleted(let i):
                guard newIndex[oldIDs[i]] == nil else { continue }  // moved: told where it lands
                let removed = item(oldIDs[i], oldAt: i, newAt: i)
                changes.append(
                    DocumentChange(
                        kind: .removed, pointer: removed.oldPointer, label: removed.label + " removed",
                        old: DiffLabels.display(old[i]), new: nil))
            case .inserted(let j):
                if let i = oldIndex[newIDs[j]] {
                    let moved = item(newIDs[j], oldAt: i, newAt: j)
                    changes.append(
                        DocumentChange(
                            kind: .moved, pointer: moved.newPointer, label: moved.label + " moved",
                            old: "position \(i + 1)", new: "position \(j + 1)"))
                    compare(old[i], new[j], at: moved, listKey: place.key)
                } else {
                    let added = item(newIDs[j], oldAt: j, newAt: j)
                    changes.append(
                        DocumentChange(
                            kind: .added, pointer: added.newPointer, label: added.label + " added", old: nil,
                            new: DiffLabels.display(new[j])))
                }
            }
        }
    }

    /// Lists of texts or numbers: matched by value; a value found elsewhere has moved, and a
    /// value replaced in place has changed.
    private mutating func compareValues(_ old: [JSONValue], _ new: [JSONValue], at place: Place) {
        let steps = SequenceAlignment.steps(old, new)
        // Pair every insertion with an unmatched deletion of the same value: a move.
        var deletedByValue: [JSONValue: [Int]] = [:]
        for case .deleted(let i) in steps { deletedByValue[old[i], default: []].append(i) }
        var movedFrom: [Int: Int] = [:]  // new index → old index
        var movedAway = Set<Int>()
        for case .inserted(let j) in steps {
            if var candidates = deletedByValue[new[j]], !candidates.isEmpty {
                let i = candidates.removeFirst()
                deletedByValue[new[j]] = candidates
                movedFrom[j] = i
                movedAway.insert(i)
            }
        }
        var removed: [Int] = []
        var added: [Int] = []
        func flush() {
            let paired = min(removed.count, added.count)
            for (i, j) in zip(removed.prefix(paired), added.prefix(paired)) {
                changes.append(
                    changed(old[i], new[j], pointer: JSONPointer.append(place.newPointer, j), label: place.label))
            }
            for i in removed.dropFirst(paired) {
                changes.append(
                    DocumentChange(
                        kind: .removed, pointer: JSONPointer.append(place.oldPointer, i), label: place.label,
                        old: DiffLabels.display(old[i]), new: nil))
            }
            for j in added.dropFirst(paired) {
                changes.append(
                    DocumentChange(
                        kind: .added, pointer: JSONPointer.append(place.newPointer, j), label: place.label, old: nil,
                        new: DiffLabels.display(new[j])))
            }
            removed = []
            added = []
        }
        for step in steps {
            switch step {
            case .same:
                flush()
            case .deleted(let i):
                if !movedAway.contains(i) { removed.append(i) }
            case .inserted(let j):
                if let i = movedFrom[j] {
                    flush()
                    changes.append(
                        DocumentChange(
                            kind: .moved, pointer: JSONPointer.append(place.newPointer, j),
                            label: place.label + " · " + DiffLabels.display(new[j]) + " moved",
                            old: "position \(i + 1)", new: "position \(j + 1)"))
                } else {
                    added.append(j)
                }
            }
        }
        flush()
    }

    /// Any other list: compared position by position.
    private mutating func compareByIndex(_ old: [JSONValue], _ new: [JSONValue], at place: Place) {
        let itemName = DiffLabels.itemName(place.key)
        for index in 0..<max(old.count, new.count) {
            let name = (place.prefix.isEmpty ? "" : place.prefix + " · ") + itemName + " \(index + 1)"
            let item = Place(
                oldPointer: JSONPointer.append(place.oldPointer, index),
                newPointer: JSONPointer.append(place.newPointer, index), prefix: name, key: place.key, label: name)
            if index >= new.count {
                changes.append(
                    DocumentChange(
                        kind: .removed, pointer: item.oldPointer, label: name + " removed",
                        old: DiffLabels.display(old[index]), new: nil))
            } else if index >= old.count {
                changes.append(
                    DocumentChange(
                        kind: .added, pointer: item.newPointer, label: name + " added", old: nil,
                        new: DiffLabels.display(new[index])))
            } else {
                compare(old[index], new[index], at: item, listKey: place.key)
            }
        }
    }

    private func changed(_ old: JSONValue, _ new: JSONValue, pointer: String, label: String) -> DocumentChange {
        var words: [WordChange] = []
        if case .string(let oldText) = old, case .string(let newText) = new {
            let candidate = WordDiff.changes(from: oldText, to: newText)
            if WordDiff.isUseful(candidate, old: oldText, new: newText) { words = candidate }
        }
        return DocumentChange(
            kind: .changed, pointer: pointer, label: label, old: DiffLabels.display(old), new: DiffLabels.display(new),
            words: words)
    }

    /// The ids of a list whose items are all objects with a unique text `id`; `nil` otherwise.
    private static func ids(_ elements: [JSONValue]) -> [String]? {
        var ids: [String] = []
        var seen = Set<String>()
        for element in elements {
            guard let id = element["id"]?.stringValue, seen.insert(id).inserted else { return nil }
            ids.append(id)
        }
        return ids
    }

    private static func isScalar(_ value: JSONValue) -> Bool {
        switch value {
        case .array, .object: false
        default: true
        }
    }
}
