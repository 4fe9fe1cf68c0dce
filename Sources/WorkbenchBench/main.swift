#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// workbench-bench: measurements that need the workbench's code in-process, or a reference
/// program to compare a command with. Not a user-facing tool; bench/run.sh drives it.
let usage = """
    usage: WorkbenchBench COMMAND ...

      keys FOLDER [--count N] [--seed S] [--budget SECONDS] [--slowest N]
          Opens FOLDER, builds the workbench at 100x30 and replays N (default 10000) recorded
          keystrokes (browser and reader navigation, help, `/` search with typed words and
          Backspace, n/N), timing handle(key) + render() of each. Prints one JSON object:
          open_ms, first_render_ms, all {p50,p95,p99,max ms}, navigation {…} (keys outside
          the search box), search_typing {…} (keys typed into the search box),
          open_search_first_ms (the first `/`, which builds the search
          index), max_rss_kb (this process's peak resident memory). Replay stops after
          --budget seconds (default 120); "keys" then says how many of "keys_planned" ran.
          --slowest N adds "slowest": the N slowest keys, each with the eight keys before it.
      editor-keys FOLDER [--count N]
          Opens the module with the most sessions in the editor at 100x30 and replays N (default
          2000) keys: typed words in Cyrillic and Latin, Backspace, Tab, arrows, Ctrl-Z; times
          handle(key) + render() of each. Prints all and typing {p50,p95,p99,max ms}.
      reference-write FILE DIR
          The minimal durable save of FILE's bytes: open(O_CREAT|O_EXCL) a temporary file in
          DIR, write, fsync, rename to a new unique name, fsync DIR. Exit 0 or 1.
      noop
          Exits at once: the process start cost of this binary.
    """

func fail(_ message: String, status: Int32 = 2) -> Never {
    let text = Array("WorkbenchBench: \(message)\n".utf8)
    _ = text.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    exit(status)
}

var arguments = Array(CommandLine.arguments.dropFirst())
guard let command = arguments.first else { fail("no command\n\n" + usage) }
arguments.removeFirst()

switch command {
case "keys":
    var folder: String?
    var count = 10_000
    var seed: UInt64 = 1
    var budget = 120.0
    var slowest = 0
    var index = 0
    while index < arguments.count {
        let argument = arguments[index]
        if argument == "--budget", index + 1 < arguments.count {
            guard let value = Double(arguments[index + 1]), value > 0 else { fail("--budget needs a positive number of seconds") }
            budget = value
            index += 2
        } else if ["--count", "--seed", "--slowest"].contains(argument), index + 1 < arguments.count {
            guard let value = Int(arguments[index + 1]), value > 0 else { fail("\(argument) needs a positive number") }
            switch argument {
            case "--count": count = value
            case "--seed": seed = UInt64(value)
            default: slowest = value
            }
            index += 2
        } else if folder == nil && !argument.hasPrefix("-") {
            folder = argument
            index += 1
        } else {
            fail("unexpected argument \(argument)\n\n" + usage)
        }
    }
    guard let folder else { fail("keys needs a FOLDER\n\n" + usage) }
    print(KeyReplay.run(folder: folder, count: count, seed: seed, budget: budget, slowest: slowest))
case "editor-keys":
    guard let folder = arguments.first else { fail("editor-keys needs a FOLDER\n\n" + usage) }
    let count = arguments.count >= 3 && arguments[1] == "--count" ? Int(arguments[2]) ?? 2000 : 2000
    print(EditorReplay.run(folder: folder, count: count))
case "reference-write":
    guard arguments.count == 2 else { fail("reference-write needs FILE and DIR\n\n" + usage) }
    if let error = ReferenceWrite.run(file: arguments[0], directory: arguments[1]) { fail(error, status: 1) }
case "noop":
    exit(0)
case "-h", "--help", "help":
    print(usage)
default:
    fail("unknown command \(command)\n\n" + usage)
}
