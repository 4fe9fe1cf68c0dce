/// Follows a comment's place from the revision it was made on to a later one: list items are
/// found again by their id (or, in lists of text, by their value), so a comment on outcome LO2
/// stays on LO2 when an outcome is inserted before it.
public enum CommentAnchor {
    /// Where `pointer` (into `old`) is in `new`; `nil` when the place is gone.
    public static func follow(_ pointer: String, from old: JSONValue, to new: JSONValue) -> String? {
        guard let path = JSONPath(pointer: pointer, in: old) else { return nil }
        var oldValue = old
        var newValue = new
        var result = ""
        for step in path.steps {
            switch (step, oldValue, newValue) {
            case (.key(let key), .object(let oldMembers), .object(let newMembers)):
                guard let oldMember = oldMembers[key], let newMember = newMembers[key] else { return nil }
                (oldValue, newValue) = (oldMember, newMember)
                result = JSONPointer.append(result, key)
            case (.index(let index), .array(let oldElements), .array(let newElements)):
                let element = oldElements[index]
                let found: Int?
                if let id = element["id"]?.stringValue {
                    found = newElements.firstIndex { $0["id"]?.stringValue == id }
                } else if element.objectValue == nil, element.arrayValue == nil {
                    found = newElements.firstIndex(of: element)
                } else {
                    found = newElements.indices.contains(index) ? index : nil
                }
                guard let found else { return nil }
                (oldValue, newValue) = (element, newElements[found])
                result = JSONPointer.append(result, found)
            default:
                return nil
            }
        }
        return result
    }
}

extension CommentThread {
    /// Whether the thread is anchored at `pointer` or inside it (`""` holds every thread).
    public func isAnchored(under pointer: String) -> Bool {
        pointer.isEmpty || path == pointer || path.hasPrefix(pointer + "/")
    }
}

extension CurriculumStore {
    /// Where each thread of a module is anchored in its current revision, by thread id: its
    /// path followed from the revision it was made on; `nil` for a place that is gone.
    public func currentAnchors(of entry: ModuleEntry) -> [String: String?] {
        guard let current = entry.record.current else { return [:] }
        let now = DocumentCoding.documentTree(of: current.document)
        var trees: [RevisionID: JSONValue?] = [current.id: now]
        var anchors: [String: String?] = [:]
        for thread in entry.commentThreads {
            let revision = thread.root.revision
            if trees[revision] == nil {
                let document = try? moduleRevision(entry, id: revision).document
                trees[revision] = document.map { DocumentCoding.documentTree(of: $0) }
            }
            guard let old = trees[revision] ?? nil else {
                anchors[thread.id] = .some(nil)
                continue
            }
            anchors[thread.id] = .some(CommentAnchor.follow(thread.path, from: old, to: now))
        }
        return anchors
    }
}
