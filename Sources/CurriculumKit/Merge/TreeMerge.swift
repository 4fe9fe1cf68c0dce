/// A three-way (or n-way) merge of JSON documents from their common ancestor.
///
/// A value that only one version changed is taken; objects are merged field by field; lists
/// of objects with an `id` are merged item by item (items added by different versions are
/// all kept, an item removed by one version and left alone by the others is removed); lists
/// of texts keep what any version added and drop what any version removed. Anything else
/// that versions changed differently is a conflict, resolved by `resolutions` or, while
/// open, left at the first version's value.
public enum TreeMerge {
    /// The merged document and every conflict met (with its resolution, if any).
    public static func merge(
        base: JSONValue?, versions: [JSONValue], resolutions: [String: MergeChoice] = [:]
    ) -> (merged: JSONValue, conflicts: [MergeConflict]) {
        guard !versions.isEmpty else { return (base ?? .object([:]), []) }
        var walker = MergeWalker(resolutions: resolutions)
        let root = MergePlace(id: "", pointer: "", prefix: "", key: "", label: "Document")
        let merged = walker.merge(base, versions.map(Optional.some), at: root) ?? .object([:])
        return (merged, walker.conflicts)
    }
}

/// Where the merge is: the conflict id so far, the pointer in the merged document, labels.
private struct MergePlace {
    var id: String
    var pointer: String
    var prefix: String
    var key: String
    var label: String

    func field(_ key: String) -> MergePlace {
        MergePlace(
            id: JSONPointer.append(id, key), pointer: JSONPointer.append(pointer, key), prefix: prefix, key: key,
            label: DiffLabels.label(prefix, key))
    }

    func item(_ itemID: String, at index: Int) -> MergePlace {
        let name = (prefix.isEmpty ? "" : prefix + " · ") + DiffLabels.itemName(key) + " " + itemID
        return MergePlace(
            id: JSONPointer.append(id, "id=" + itemID), pointer: JSONPointer.append(pointer, index), prefix: name,
            key: key, label: name)
    }
}

private struct MergeWalker {
    let resolutions: [String: MergeChoice]
    var conflicts: [MergeConflict] = []

    init(resolutions: [String: MergeChoice]) {
        self.resolutions = resolutions
    }

    mutating func merge(_ base: JSONValue?, _ versions: [JSONValue?], at place: MergePlace) -> JSONValue? {
        let first = versions[0]
        if versions.allSatisfy({ $0 == first }) { return first }
        let changed = versions.filter { $0 != base }
        if changed.allSatisfy({ $0 == changed[0] }) { return changed[0] }
        let present = versions.compactMap { $0 }
        if present.count == versions.count {
            if present.allSatisfy({ $0.objectValue != nil }), base == nil || base?.objectValue != nil {
                return mergeObjects(base?.objectValue ?? [:], present.map { $0.objectValue! }, at: place)
            }
            if present.allSatisfy({ $0.arrayValue != nil }), base == nil || base?.arrayValue != nil {
                let lists = present.map { $0.arrayValue! }
                let baseList = base?.arrayValue ?? []
                if let baseIDs = ids(baseList), case let versionIDs = lists.compactMap(ids), versionIDs.count == lists.count {
                    return mergeKeyed(baseList, baseIDs: baseIDs, lists, ids: versionIDs, at: place)
                }
                if (lists + [baseList]).allSatisfy({ $0.allSatisfy(isScalar) }) {
                    return mergeValues(baseList, lists, at: place)
                }
            }
        }
        return conflict(base, versions, at: place)
    }

    private mutating func mergeObjects(
        _ base: [String: JSONValue], _ versions: [[String: JSONValue]], at place: MergePlace
    ) -> JSONValue {
        var keys = Set(base.keys)
        for version in versions { keys.formUnion(version.keys) }
        var merged: [String: JSONValue] = [:]
        for key in DiffLabels.orderedKeys(keys, inList: place.key) {
            if let value = merge(base[key], versions.map { $0[key] }, at: place.field(key)) {
                merged[key] = value
            }
        }
        return .object(merged)
    }

    /// Lists of objects with unique ids: items merged one by one, in merged order.
    private mutating func mergeKeyed(
        _ base: [JSONValue], baseIDs: [String], _ versions: [[JSONValue]], ids versionIDs: [[String]],
        at place: MergePlace
    ) -> JSONValue {
        let baseItems = Dictionary(uniqueKeysWithValues: zip(baseIDs, base))
        let versionItems = zip(versionIDs, versions).map { Dictionary(uniqueKeysWithValues: zip($0, $1)) }
        var merged: [JSONValue] = []
        for id in MergeOrder.keys(base: baseIDs, versions: versionIDs) {
            let item = place.item(id, at: merged.count)
            if let value = merge(baseItems[id], versionItems.map { $0[id] }, at: item) {
                merged.append(value)
            }
        }
        return .array(merged)
    }

    /// Lists of texts: a value stays unless a version removed it, and every value a version
    /// added is kept.
    private func mergeValues(_ base: [JSONValue], _ versions: [[JSONValue]], at place: MergePlace) -> JSONValue {
        let baseSet = Set(base)
        let versionSets = versions.map(Set.init)
        let order = MergeOrder.keys(base: unique(base), versions: versions.map(unique))
        return .array(
            order.filter { value in
                baseSet.contains(value) ? versionSets.allSatisfy { $0.contains(value) } : true
            })
    }

    private mutating func conflict(_ base: JSONValue?, _ versions: [JSONValue?], at place: MergePlace) -> JSONValue? {
        let choice = resolutions[place.id]
        conflicts.append(
            MergeConflict(id: place.id, pointer: place.pointer, label: place.label, base: base, values: versions, choice: choice))
        switch choice {
        case .head(let index)?: return versions.indices.contains(index) ? versions[index] : versions[0]
        case .base?: return base
        case .value(let value)?: return value
        case nil: return versions[0]
        }
    }

    private func ids(_ elements: [JSONValue]) -> [String]? {
        var ids: [String] = []
        var seen = Set<String>()
        for element in elements {
            guard let id = element["id"]?.stringValue, seen.insert(id).inserted else { return nil }
            ids.append(id)
        }
        return ids
    }

    private func unique(_ values: [JSONValue]) -> [JSONValue] {
        var seen = Set<JSONValue>()
        return values.filter { seen.insert($0).inserted }
    }

    private func isScalar(_ value: JSONValue) -> Bool {
        value.objectValue == nil && value.arrayValue == nil
    }
}
