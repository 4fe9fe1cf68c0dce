import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension CurriculumStore {
    /// Opens the folder for the one module `name` names (`TOPIC/MODULE`, the topic by number or
    /// id, or a bare module id): reads the catalog, the names of the topic folders and that
    /// module's folder, and no other module.
    ///
    /// `module(named:)` then finds the module, or fails with the same message, as in a whole
    /// store. Every topic is known by its id; its document is read only when naming a topic by
    /// number needs it, and it holds only the named module. Whether other modules exist is
    /// asked of the file system one id at a time (`moduleIDs(among:)`).
    public static func open(_ path: String, focusedOn name: String) throws(StoreError) -> CurriculumStore {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        var store = try openFolder(path, only: parts.last ?? name, cache: .disabled)
        store.knowsEveryModule = false
        store.topics = store.usableTopicIDs().map(store.unreadTopic)
        if parts.count == 2 {
            if let index = store.readTopic(named: parts[0]) {
                store.topics[index].modules = store.namedModule(parts[1], in: store.topics[index].id)
            }
        } else if parts.count == 1 {
            for index in store.topics.indices {
                store.topics[index].modules = store.namedModule(name, in: store.topics[index].id)
            }
        }
        return store
    }

    /// The ids in `ids` that are modules of this folder, in any topic: for checking a document's
    /// prerequisites without reading every module.
    public func moduleIDs(among ids: [String]) -> Set<String> {
        if knowsEveryModule {
            let known = Set(allModules.map(\.id))
            return Set(ids.filter(known.contains))
        }
        return Set(ids.filter { id in topics.contains { hasModuleFolder(id, in: $0.id) } })
    }

    /// A topic known by its id alone: its document is not read and it holds no modules.
    private func unreadTopic(_ topicID: String) -> TopicEntry {
        let record = DocumentRecord<Topic>(
            folder: layout.relative(layout.topicFolder(topicID)), id: topicID, headers: [:], heads: [], current: nil,
            problems: [])
        return TopicEntry(record: record, modules: [])
    }

    /// The index of the topic `topic(named:)` finds, reading topic documents in order only as far
    /// as a number needs them.
    private mutating func readTopic(named name: String) -> Int? {
        if let exact = topics.firstIndex(where: { $0.id == name }) { return exact }
        guard let number = Int(name) else { return nil }
        for index in topics.indices {
            topics[index].record = DocumentLoader.load(Topic.self, folder: layout.topicFolder(topics[index].id), layout: layout)
            if topics[index].number == number { return index }
        }
        return nil
    }

    /// The module `id` of a topic, read in full, when its folder exists; else nothing.
    private func namedModule(_ id: String, in topic: String) -> [ModuleEntry] {
        hasModuleFolder(id, in: topic) ? [loadModule(topic: topic, id: id)] : []
    }

    /// Whether a topic's modules folder lists `id`, as reading the folder would (hidden names never).
    private func hasModuleFolder(_ id: String, in topic: String) -> Bool {
        guard !id.isEmpty, !id.hasPrefix("."), !id.contains("/") else { return false }
        var status = stat()
        return lstat(layout.moduleFolder(topic, id), &status) == 0
    }
}
