import Foundation
import Testing

/// Printed outputs kept beside the tests, compared byte for byte.
///
/// Set `RECORD_SNAPSHOTS=1` to write the files from the current output instead of comparing;
/// read every recorded file before committing it.
enum GoldenFile {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var isRecording: Bool {
        ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    }

    /// Where the two texts first differ, as a short readable report; `nil` when they are equal.
    static func firstDifference(expected: String, actual: String) -> String? {
        guard expected != actual else { return nil }
        let expectedLines = expected.components(separatedBy: "\n")
        let actualLines = actual.components(separatedBy: "\n")
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let wanted = index < expectedLines.count ? expectedLines[index] : "(end of file)"
            let got = index < actualLines.count ? actualLines[index] : "(end of file)"
            if wanted != got {
                return "line \(index + 1) differs\n  expected: \(visible(wanted))\n  actual:   \(visible(got))"
            }
        }
        return "the texts differ only in line endings"
    }

    /// Control characters shown as symbols, so that a form feed can be seen in a report.
    private static func visible(_ line: String) -> String {
        String(String.UnicodeScalarView(line.unicodeScalars.map { $0.value < 0x20 ? Unicode.Scalar(0x2400 + $0.value)! : $0 }))
    }
}

/// Compares `actual` with the golden file `name`, or records it when `RECORD_SNAPSHOTS=1`.
func expectMatchesGolden(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = GoldenFile.folder.appendingPathComponent(name)
    if GoldenFile.isRecording {
        try FileManager.default.createDirectory(at: GoldenFile.folder, withIntermediateDirectories: true)
        try Data(actual.utf8).write(to: url)
        return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
        Issue.record("no golden file \(name); record it with RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    if let difference = GoldenFile.firstDifference(expected: expected, actual: actual) {
        Issue.record("\(name): \(difference)\n(re-record on purpose with RECORD_SNAPSHOTS=1)", sourceLocation: sourceLocation)
    }
}
