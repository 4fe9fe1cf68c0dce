import CurriculumKit
import Foundation

/// Where the print preview writes outlines: the disk, or a stand-in in tests.
public struct OutlineFiles: Sendable {
    /// Whether something already exists at the path.
    public var exists: @Sendable (String) -> Bool
    /// Writes the text to the path, whole or not at all.
    public var write: @Sendable (String, String) throws -> Void

    public init(exists: @escaping @Sendable (String) -> Bool, write: @escaping @Sendable (String, String) throws -> Void) {
        self.exists = exists
        self.write = write
    }

    /// Files on disk, relative paths taken from the current directory; written atomically.
    public static let disk = OutlineFiles(
        exists: { FileManager.default.fileExists(atPath: ($0 as NSString).expandingTildeInPath) },
        write: { text, path in try OutlineFile.write(text, to: (path as NSString).expandingTildeInPath) })
}
