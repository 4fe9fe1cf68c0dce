/// The order of a merged list, from the orders of the versions.
enum MergeOrder {
    /// Keys in merged order: the order of the one version that reordered the common keys
    /// (else the first version's), then every key it lacks placed after its nearest
    /// predecessor in the version that has it (and after keys other versions added there).
    /// Keys listed nowhere else come from `base`.
    static func keys<Key: Hashable>(base: [Key], versions: [[Key]]) -> [Key] {
        let baseSet = Set(base)
        let reordering = versions.filter { version in
            let versionSet = Set(version)
            return version.filter(baseSet.contains) != base.filter(versionSet.contains)
        }
        var order = reordering.count == 1 ? reordering[0] : (versions.first ?? [])
        var placed = Set(order)
        for version in versions + [base] {
            let versionSet = Set(version)
            for (index, key) in version.enumerated() where !placed.contains(key) {
                let predecessor = version[..<index].last(where: placed.contains)
                var position = predecessor.flatMap { order.firstIndex(of: $0).map { $0 + 1 } } ?? 0
                // After what other versions added at the same place: earlier versions first.
                while position < order.count, !versionSet.contains(order[position]) { position += 1 }
                order.insert(key, at: position)
                placed.insert(key)
            }
        }
        return order
    }
}
