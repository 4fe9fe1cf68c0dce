import Foundation
import Testing

@testable import CurriculumKit

/// A cache directory of the fixture's own, with a settling time short enough for tests.
func cacheLocation(_ folder: FixtureFolder) -> CacheLocation {
    .directory(folder.scratch + "/cache", settlingTime: 0.05)
}

/// Waits past the test cache's settling time, so that the next open caches what was just
/// written (and a change made afterwards falls in a later clock tick of the file system).
func waitUntilSettled() {
    Thread.sleep(forTimeInterval: 0.12)
}

extension FixtureFolder {
    /// The store opened with the test cache.
    func openCached() throws -> CurriculumStore {
        try CurriculumStore.open(root, cache: cacheLocation(self))
    }

    /// The summary or search cache file of this folder.
    func cacheFile(_ kind: String) -> String {
        cacheLocation(self).file(kind, forFolder: CurriculumStore.absolutePath(root))!
    }

    /// The cache as the next open finds it: opened once to fill it after the files settled.
    func warmCache() throws {
        waitUntilSettled()
        _ = try openCached()
    }
}

/// Expects `cached` (opened with a cache) to show exactly what `files` (read from the files
/// alone) shows: the same topics and modules in the same order, the same facts and problems
/// before any document is read, and the same documents once they are.
func expectSameAsFiles(
    _ cached: CurriculumStore, _ files: CurriculumStore, sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(cached.topics.map(\.id) == files.topics.map(\.id), sourceLocation: sourceLocation)
    #expect(cached.loadProblems == files.loadProblems, sourceLocation: sourceLocation)
    for (cachedTopic, filesTopic) in zip(cached.topics, files.topics) {
        #expect(cachedTopic.modules.map(\.id) == filesTopic.modules.map(\.id), sourceLocation: sourceLocation)
        for (cachedModule, filesModule) in zip(cachedTopic.modules, filesTopic.modules) {
            #expect(cachedModule.facts == filesModule.facts, "\(cachedModule.id)", sourceLocation: sourceLocation)
        }
        #expect(cachedTopic.modules == filesTopic.modules, sourceLocation: sourceLocation)
    }
}

/// How many modules of `store` were read from their documents when it was opened.
func documentsRead(_ store: CurriculumStore) -> Int {
    store.allModules.filter(\.isBodyRead).count
}
