import CurriculumKit
import TerminalKit
import WorkbenchApp

/// Times the editor: opens the module with the most sessions in the editor and replays typing
/// (Cyrillic and Latin words, Backspace), moves between fields and lines, and undo, timing
/// handle(key) + render() of each key. Nothing is saved.
enum EditorReplay {
    static func run(folder: String, count: Int) -> String {
        let store: CurriculumStore
        do {
            store = try CurriculumStore.open(folder)
        } catch {
            fail("cannot open \(folder): \(error)", status: 1)
        }
        var app = WorkbenchApp(state: WorkbenchState(store: store, user: "bench", folderName: folder, width: 100, height: 30))
        // The module with the most sessions, reached as a user would: down to its topic, Tab, down, e.
        var best: (topic: Int, module: Int, sessions: Int)?
        for (topicIndex, topic) in store.topics.enumerated() {
            for (moduleIndex, module) in topic.modules.enumerated() {
                let sessions = module.module?.sessions.count ?? -1
                if sessions > (best?.sessions ?? -1) { best = (topicIndex, moduleIndex, sessions) }
            }
        }
        guard let best else { fail("\(folder) holds no module", status: 1) }
        for _ in 0..<best.topic { _ = app.handle(.down) }
        _ = app.handle(.tab)
        for _ in 0..<best.module { _ = app.handle(.down) }
        _ = app.handle(.character("e"))

        let words = ["Миграције ", "и ", "безбедност ", "granica ", "čuvari ", "local ", "action ", "plan "]
        var keys: [KeyEvent] = []
        var generator = SystemRandomNumberGenerator()
        while keys.count < count {
            switch Int.random(in: 0..<10, using: &generator) {
            case 0..<6:
                keys += words[Int.random(in: 0..<words.count, using: &generator)].map { KeyEvent.character($0) }
            case 6: keys += [.backspace, .backspace]
            case 7: keys += [.tab]
            case 8: keys += [.down, .up, .left, .right]
            default: keys += [.control("z")]
            }
        }
        keys = Array(keys.prefix(count))
        let clock = ContinuousClock()
        var times: [Double] = []
        var typing: [Double] = []
        var sink = 0
        for key in keys {
            let start = clock.now
            _ = app.handle(key)
            sink &+= app.render().cells.count
            let elapsed = (clock.now - start).milliseconds
            times.append(elapsed)
            if case .character = key { typing.append(elapsed) }
        }
        return """
            {"folder": "\(folder)", "sessions": \(best.sessions), "keys": \(times.count), \
            "all": \(Percentiles(times).json), "typing": \(Percentiles(typing).json), "sink": \(sink)}
            """
    }
}
