import Foundation

/// Where the built `workbench` executable and the repository are.
enum WorkbenchBinary {
    /// The package root: three folders above this file.
    static let repository: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // EndToEndTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// The executable: `$WORKBENCH_BINARY`; else the `workbench` that the test target's
    /// dependency put in the build folder holding this test bundle; else `.build/debug`.
    static let path: String = {
        if let path = ProcessInfo.processInfo.environment["WORKBENCH_BINARY"], !path.isEmpty { return path }
        let starts = [Bundle.main.executableURL, URL(fileURLWithPath: CommandLine.arguments[0])].compactMap { $0 }
        for start in starts {
            var folder = start.standardizedFileURL.deletingLastPathComponent()
            for _ in 0..<4 {
                let candidate = folder.appendingPathComponent("workbench").path
                if isExecutableFile(candidate) { return candidate }
                folder = folder.deletingLastPathComponent()
            }
        }
        return repository.appendingPathComponent(".build/debug/workbench").path
    }()

    private static func isExecutableFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
            && FileManager.default.isExecutableFile(atPath: path)
    }
}
