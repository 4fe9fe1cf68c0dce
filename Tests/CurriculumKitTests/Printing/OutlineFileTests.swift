import Foundation
import Testing

@testable import CurriculumKit

/// Writing a printed outline: all of it or nothing, never a torn file or a stray temporary one.
@Suite("Printing: writing the outline file")
struct OutlineFileTests {
    private func permissions(_ path: String) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    @Test("a new file, then a replaced one that keeps its permissions; no temporary file is left")
    func writeAndReplace() throws {
        try withScratchDirectory { scratch throws in
            let path = scratch + "/outline.txt"
            try OutlineFile.write("first\n", to: path)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "first\n")
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
            try OutlineFile.write("second, longer than the first\n", to: path)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "second, longer than the first\n")
            #expect(try permissions(path) == 0o600)
            #expect(try FileManager.default.contentsOfDirectory(atPath: scratch) == ["outline.txt"])
        }
    }

    @Test("a folder that does not exist or a folder as the file: an error, and nothing is written")
    func refusals() throws {
        try withScratchDirectory { scratch throws in
            let missing = expectStoreError(.notFound) { try OutlineFile.write("x", to: scratch + "/missing/outline.txt") }
            #expect(missing?.message == "the folder \(scratch)/missing does not exist; nothing was written")
            let folder = expectStoreError(.refused) { try OutlineFile.write("x", to: scratch) }
            #expect(folder?.message == "\(scratch) is a folder; give a file name; nothing was written")
            #expect(try FileManager.default.contentsOfDirectory(atPath: scratch).isEmpty)
        }
    }

    @Test("a symbolic link is followed: the file it points to is replaced, the link stays")
    func symbolicLink() throws {
        try withScratchDirectory { scratch throws in
            try "old\n".write(toFile: scratch + "/target.txt", atomically: false, encoding: .utf8)
            try FileManager.default.createSymbolicLink(atPath: scratch + "/link.txt", withDestinationPath: "target.txt")
            try OutlineFile.write("new\n", to: scratch + "/link.txt")
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: scratch + "/link.txt") == "target.txt")
            #expect(try String(contentsOfFile: scratch + "/target.txt", encoding: .utf8) == "new\n")
            #expect(try FileManager.default.contentsOfDirectory(atPath: scratch).sorted() == ["link.txt", "target.txt"])
        }
    }
}
