/// Aligns two sequences by their longest common subsequence.
enum SequenceAlignment {
    enum Step: Hashable {
        /// `old[oldIndex]` equals `new[newIndex]` and is kept.
        case same(old: Int, new: Int)
        case deleted(old: Int)
        case inserted(new: Int)
    }

    /// Above this many table cells the middle is reported as deleted then inserted: the
    /// table would cost more than the answer is worth.
    static let cellLimit = 4_000_000

    /// The steps that turn `old` into `new`, in order, keeping as many elements as possible;
    /// between two kept elements the deletions come before the insertions.
    static func steps<Element: Equatable>(_ old: [Element], _ new: [Element]) -> [Step] {
        var ordered: [Step] = []
        var inserted: [Step] = []
        for step in unorderedSteps(old, new) {
            switch step {
            case .same:
                ordered += inserted
                inserted = []
                ordered.append(step)
            case .deleted: ordered.append(step)
            case .inserted: inserted.append(step)
            }
        }
        return ordered + inserted
    }

    private static func unorderedSteps<Element: Equatable>(_ old: [Element], _ new: [Element]) -> [Step] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
            old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
        {
            suffix += 1
        }
        var steps = (0..<prefix).map { Step.same(old: $0, new: $0) }
        steps += middle(old, new, oldRange: prefix..<(old.count - suffix), newRange: prefix..<(new.count - suffix))
        steps += (0..<suffix).map { offset in
            Step.same(old: old.count - suffix + offset, new: new.count - suffix + offset)
        }
        return steps
    }

    private static func middle<Element: Equatable>(
        _ old: [Element], _ new: [Element], oldRange: Range<Int>, newRange: Range<Int>
    ) -> [Step] {
        let rows = oldRange.count
        let columns = newRange.count
        if rows == 0 || columns == 0 || rows * columns > cellLimit {
            return oldRange.map { Step.deleted(old: $0) } + newRange.map { Step.inserted(new: $0) }
        }
        // lengths[i][j]: the common subsequence length of old[i...] and new[j...] (within the ranges).
        let width = columns + 1
        var lengths = [Int32](repeating: 0, count: (rows + 1) * width)
        for i in stride(from: rows - 1, through: 0, by: -1) {
            for j in stride(from: columns - 1, through: 0, by: -1) {
                lengths[i * width + j] =
                    old[oldRange.lowerBound + i] == new[newRange.lowerBound + j]
                    ? lengths[(i + 1) * width + j + 1] + 1
                    : max(lengths[(i + 1) * width + j], lengths[i * width + j + 1])
            }
        }
        var steps: [Step] = []
        var i = 0
        var j = 0
        while i < rows, j < columns {
            if old[oldRange.lowerBound + i] == new[newRange.lowerBound + j] {
                steps.append(.same(old: oldRange.lowerBound + i, new: newRange.lowerBound + j))
                i += 1
                j += 1
            } else if lengths[(i + 1) * width + j] > lengths[i * width + j + 1] {
                steps.append(.deleted(old: oldRange.lowerBound + i))
                i += 1
            } else {
                // On a tie the insertion comes first, so the earlier old elements are the ones kept.
                steps.append(.inserted(new: newRange.lowerBound + j))
                j += 1
            }
        }
        steps += (i..<rows).map { Step.deleted(old: oldRange.lowerBound + $0) }
        steps += (j..<columns).map { Step.inserted(new: newRange.lowerBound + $0) }
        return steps
    }
}
