/// Questions about the revision graph of one document, from its revisions' headers.
public enum RevisionGraph {
    /// `revision` and every revision it descends from.
    public static func ancestors(of revision: RevisionID, headers: [RevisionID: RevisionInfo]) -> Set<RevisionID> {
        var seen: Set<RevisionID> = [revision]
        var queue = [revision]
        while let next = queue.popLast() {
            for parent in headers[next]?.parents ?? [] where seen.insert(parent).inserted {
                queue.append(parent)
            }
        }
        return seen
    }

    /// The lowest common ancestor of `revisions`: a revision all of them descend from that is
    /// not itself an ancestor of another such revision (the newest when there are several);
    /// `nil` when they share no history.
    public static func commonAncestor(of revisions: [RevisionID], headers: [RevisionID: RevisionInfo]) -> RevisionID? {
        guard let first = revisions.first else { return nil }
        var common = ancestors(of: first, headers: headers)
        for revision in revisions.dropFirst() {
            common.formIntersection(ancestors(of: revision, headers: headers))
        }
        // Drop every common ancestor that another common ancestor descends from.
        var lowest = common
        for candidate in common {
            for ancestor in ancestors(of: candidate, headers: headers) where ancestor != candidate {
                lowest.remove(ancestor)
            }
        }
        return lowest.max()
    }
}
