import Foundation

extension CurriculumStore {
    /// Appends a review event to a module's `reviews/` folder as a new file.
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
                author.caseInsensitiveCompare(event.reviewer) == .orderedSame
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
