#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CurriculumKit
import TerminalKit
import WorkbenchApp

/// Replays a key sequence through the workbench in-process and times each key.
enum KeyReplay {
    /// Stops before the first key that starts after `budget` seconds of replay, so that a slow build
    /// still gives figures in bounded time (the output says how many keys were replayed).
    /// With `slowest` > 0 the output also names that many of the slowest keys, each with the keys
    /// before it, so that a slow key can be traced to the screen it was typed on.
    static func run(folder: String, count: Int, seed: UInt64, budget: Double, slowest: Int = 0) -> String {
        let clock = ContinuousClock()
        let openStart = clock.now
        let store: CurriculumStore
        do {
            store = try CurriculumStore.open(folder, cache: .standard())
        } catch {
            fail("cannot open \(folder): \(error)", status: 1)
        }
        let openTime = clock.now - openStart

        let renderStart = clock.now
        var app = WorkbenchApp(state: WorkbenchState(store: store, user: "bench", folderName: folder, width: 100, height: 30))
        var sink = app.render().cells.count
        let firstRender = clock.now - renderStart

        let sequence = KeySequence(count: count, seed: seed).keys
        var all: [Double] = []
        var navigation: [Double] = []
        var typing: [Double] = []
        var openSearch: [Double] = []
        all.reserveCapacity(sequence.count)
        let replayStart = clock.now
        for (key, kind) in sequence {
            if (clock.now - replayStart).milliseconds > budget * 1000 { break }
            let start = clock.now
            _ = app.handle(key)
            let buffer = app.render()
            let elapsed = (clock.now - start).milliseconds
            sink &+= buffer.cells.count
            all.append(elapsed)
            switch kind {
            case .navigation: navigation.append(elapsed)
            case .openSearch: openSearch.append(elapsed)
            case .searchTyping: typing.append(elapsed)
            }
        }

        let slow = all.indices.sorted { all[$0] > all[$1] }.prefix(slowest).map { index in
            let before = sequence[max(0, index - 8)..<index].map { describe($0.key) }.joined(separator: " ")
            return "{\"ms\": \(format(all[index])), \"index\": \(index), \"key\": \"\(describe(sequence[index].key))\", \"after\": \"\(before)\"}"
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return """
            {"folder": "\(folder)", "modules": \(store.allModules.count), "keys": \(all.count), \
            "keys_planned": \(sequence.count), "budget_s": \(format(budget)), \
            "open_ms": \(format(openTime.milliseconds)), "first_render_ms": \(format(firstRender.milliseconds)), \
            "all": \(Percentiles(all).json), "navigation": \(Percentiles(navigation).json), "search_typing": \(Percentiles(typing).json), \
            "open_search": \(Percentiles(openSearch).json), "open_search_first_ms": \(format(openSearch.first ?? 0)), \
            "max_rss_kb": \(usage.ru_maxrss), "slowest": [\(slow.joined(separator: ", "))], "sink": \(sink)}
            """
    }

    /// A key as a short word for the slowest-keys list (JSON-safe: no quotes or backslashes).
    private static func describe(_ key: KeyEvent) -> String {
        switch key {
        case .character(let character): character == "\"" || character == "\\" ? "char" : String(character)
        default: "\(key)"
        }
    }
}
