import ArgumentParser
import CurriculumKit

/// Reports documents that could not be loaded: each on stderr, then exit 1 when any is an error.
enum LoadProblems {
    static func report(_ problems: [Diagnostic]) throws {
        let errors = problems.filter { $0.severity == .error }
        for problem in errors {
            Console.error(problem.place + ": " + problem.message)
        }
        if !errors.isEmpty {
            Console.writeError("workbench: \(Plural.count(errors.count, "file", "files")) could not be used; everything else is listed (see `workbench validate`)\n")
            throw ExitCode(1)
        }
    }
}

extension Diagnostic {
    /// "file at /pointer", or the file alone.
    var place: String {
        pointer.isEmpty ? file : "\(file) at \(pointer)"
    }
}
