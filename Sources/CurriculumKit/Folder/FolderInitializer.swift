import Foundation

/// Creates a new curricula folder: the catalog, the 16 priority topics and the schemas.
public enum FolderInitializer {
    /// Creates the folder at `path`, which must not exist or be empty, and opens it.
    ///
    /// Each topic gets its first revision, written by `author` at `time`.
    @discardableResult
    public static func initialize(
        at path: String, author: String, time: String = Timestamp.now()
    ) throws(StoreError) -> CurriculumStore {
        let layout = FolderLayout(root: CurriculumStore.absolutePath(path))
        try requireEmptyOrMissing(layout.root, shownAs: path)
        guard !author.isEmpty else {
            throw StoreError(.refused, "no user name is known: give --user NAME or set WORKBENCH_USER")
        }
        try AtomicWriter.makeDirectories(layout.schemaFolder)
        for schema in SchemaFiles.all {
            try AtomicWriter.write(Array(schema.text.utf8) + [10], to: layout.schemaFolder, name: schema.name, mode: .createNew)
        }
        let catalog = Catalog(
            title: StandardCatalog.title, languages: StandardCatalog.languages, topics: StandardTopic.all.map(\.id))
        try AtomicWriter.write(DocumentCoding.encode(catalog), to: layout.root, name: "catalog.json", mode: .createNew)
        for standard in StandardTopic.all {
            let topic = Topic(
                id: standard.id, number: standard.number, title: standard.title, aim: standard.aim,
                description: standard.description, targetGroups: standard.targetGroups)
            let info = RevisionInfo(seq: 1, parents: [], author: author, time: time, message: "Topic created")
            let bytes = DocumentCoding.encode(RevisionFile(revision: info, document: topic))
            let id = RevisionID(seq: 1, hash: ContentHash.short(bytes))
            let folder = FolderLayout.revisions(layout.topicFolder(topic.id))
            try AtomicWriter.makeDirectories(folder)
            try AtomicWriter.write(bytes, to: folder, name: id.fileName, mode: .createNew)
        }
        return try CurriculumStore.open(layout.root)
    }

    private static func requireEmptyOrMissing(_ root: String, shownAs path: String) throws(StoreError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw StoreError(.refused, "\(path) is a file, not a folder; choose another path")
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        guard names.filter({ !$0.hasPrefix(".") }).isEmpty else {
            throw StoreError(.refused, "\(path) is not empty; `workbench init` only creates a folder in a new or empty place")
        }
    }
}
