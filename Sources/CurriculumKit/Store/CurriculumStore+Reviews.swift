import Foundation

extension CurriculumStore {
    /// Appends a review event to a module's `reviews/` folder as a new file.
    @discardableResult
    public mutating func appendReview(_ event: ReviewEvent, topic: String, module: String) throws(StoreError) -> String {
        try requireWriter(event.reviewer)
        guard let topicIndex = topics.firstIndex(where: { $0.id == topic }),
            let moduleIndex = topics[topicIndex].modules.firstIndex(where: { $0.id == module })
        else {
            throw StoreError(.notFound, "there is no module \(topic)/\(module)")
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
        let folded = name.applyingTransform(.toLatin, reverse: false)?
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
