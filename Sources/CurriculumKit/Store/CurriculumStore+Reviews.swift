import Foundation

extension CurriculumStore {
    /// Records a review action on a module after checking every rule of the workflow (see
    /// `ReviewRules`): `verdict` by `user` on `revision`, the revision they read (`nil`: the
    /// current head), with `comments` anchored in that revision. Comments get their ids here;
    /// an event recorded in the same second as an earlier one is stamped a second later so
    /// that the order holds.
    @discardableResult
    public mutating func review(
        _ verdict: Verdict, topic: String, module: String, by user: String, on revision: RevisionID? = nil,
        comments: [NewComment] = [], time: String = Timestamp.now()
    ) throws(StoreError) -> StoredReview {
        guard let entry = topics.first(where: { $0.id == topic })?.modules.first(where: { $0.id == module }) else {
            throw StoreError(.notFound, "there is no module \(topic)/\(module)")
        }
        let rules = ReviewRules(entry: entry, catalog: catalog)
        if let reason = rules.refusal(of: verdict, by: user, on: revision) { throw StoreError(.refused, reason) }
        guard let target = revision ?? entry.record.head else {
            throw StoreError(.refused, "\(topic)/\(module) has no readable revision to review")
        }
        let read = try moduleRevision(entry, id: target).document
        let document = DocumentCoding.documentTree(of: read)
        if let reason = rules.refusal(of: comments, with: verdict, on: document) { throw StoreError(.refused, reason) }
        let stamped = Timestamp.after(entry.reviews.map(\.event.time), time)
        let posted = ReviewWorkflow.postedComments(in: entry.reviews)
        var used = Set(posted.map(\.id))
        let stored = comments.enumerated().map { index, comment in
            let answered = comment.resolves ?? comment.replyTo
            let path = comment.path.isEmpty ? (posted.first { $0.id == answered }?.comment.path ?? "") : comment.path
            let id = Self.commentID(user: user, time: stamped, index: index, path: path, text: comment.text, avoiding: used)
            used.insert(id)
            return ReviewComment(id: id, path: path, text: comment.text, resolves: comment.resolves, replyTo: comment.replyTo)
        }
        let event = ReviewEvent(revision: target, reviewer: user, time: stamped, verdict: verdict, comments: stored)
        let file = try appendReview(event, topic: topic, module: module)
        return StoredReview(file: file, event: event)
    }

    /// A short comment id, `c` and 7 hex digits, unique among `used`.
    static func commentID(user: String, time: String, index: Int, path: String, text: String, avoiding used: Set<String>) -> String {
        var salt = 0
        while true {
            let seed = [user, time, String(index), path, text, String(salt)].joined(separator: "\u{0}")
            let id = "c" + ContentHash.short(Array(seed.utf8)).prefix(7)
            if !used.contains(id) { return id }
            salt += 1
        }
    }

    /// Appends a review event to a module's `reviews/` folder as a new file, as given: it checks
    /// only that the reviewer may write and may approve. For the workflow's other rules (the
    /// current head, the status, comments that point somewhere) use `review(_:topic:module:by:)`.
    @discardableResult
    public mutating func appendReview(_ event: ReviewEvent, topic: String, module: String) throws(StoreError) -> String {
        try requireWriter(event.reviewer)
        // The time becomes part of the file name, so it must be exactly the stored form.
        guard Timestamp.isValid(event.time) else {
            throw StoreError(.invalid, "the review time \"\(event.time)\" is not a UTC time like 2026-11-22T10:15:03Z")
        }
        guard let topicIndex = topics.firstIndex(where: { $0.id == topic }),
            let moduleIndex = topics[topicIndex].modules.firstIndex(where: { $0.id == module })
        else {
            throw StoreError(.notFound, "there is no module \(topic)/\(module)")
        }
        if event.verdict == .approve, !catalog.members.isEmpty {
            guard catalog.member(named: event.reviewer)?.roles.contains(.reviewer) == true else {
                throw StoreError(.refused, "\(event.reviewer) is not a reviewer in this folder's catalog, so they cannot approve")
            }
            if let author = withHistory(topics[topicIndex].modules[moduleIndex].record).headers[event.revision]?.author,
                PersonName.isSame(author, event.reviewer)
            {
                throw StoreError(.refused, "\(event.reviewer) wrote revision \(event.revision) and cannot approve it")
            }
        }
        let folder = FolderLayout.reviews(layout.moduleFolder(topic, module))
        let bytes = DocumentCoding.encode(event)
        let reviewerSlug = Self.nameSlug(event.reviewer)
        let name = "\(Timestamp.compact(event.time))-\(reviewerSlug)-\(ContentHash.short(bytes).prefix(4)).json"
        try requireInsideFolder(folder)
        try AtomicWriter.makeDirectories(folder)
        try AtomicWriter.write(bytes, to: folder, name: name, mode: .createNew)
        topics[topicIndex].modules[moduleIndex] = loadModule(topic: topic, id: module)
        return layout.relative(folder + "/" + name)
    }

    /// A person's name as a file-name slug: "Ana Petrović" → "ana-petrovic".
    static func nameSlug(_ name: String) -> String {
        // Latin-ASCII also turns letters with no combining mark to drop (đ, ł, ø) into ASCII.
        let folded = name.applyingTransform(StringTransform("Any-Latin; Latin-ASCII"), reverse: false)?
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil) ?? name.lowercased()
        var slug = ""
        for character in folded.lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                slug.append(character)
            } else if !slug.isEmpty && !slug.hasSuffix("-") {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "reviewer" : String(slug.prefix(40))
    }
}
