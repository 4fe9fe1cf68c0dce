extension CurriculumStore {
    /// The module named `TOPIC/MODULE` (topic number or id) or by its bare id when that is unique.
    public func module(named name: String) throws(StoreError) -> ModuleEntry {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 2 {
            guard let topic = topic(named: parts[0]) else {
                throw StoreError(.notFound, "there is no topic \"\(parts[0])\" (give a number 1–\(topics.count) or a topic id)")
            }
            guard let module = topic.modules.first(where: { $0.id == parts[1] }) else {
                throw StoreError(.notFound, "topic \(topic.id) has no module \"\(parts[1])\"")
            }
            return module
        }
        guard parts.count == 1, !name.isEmpty else {
            throw StoreError(.notFound, "\"\(name)\" is not a module name (write TOPIC/MODULE or a module id)")
        }
        let matches = allModules.filter { $0.id == name }
        switch matches.count {
        case 1: return matches[0]
        case 0: throw StoreError(.notFound, "there is no module \"\(name)\" in any topic")
        default:
            let places = matches.map { "\($0.topic)/\($0.id)" }.joined(separator: ", ")
            throw StoreError(.notFound, "the module id \"\(name)\" is in several topics (\(places)); write TOPIC/MODULE")
        }
    }
}
