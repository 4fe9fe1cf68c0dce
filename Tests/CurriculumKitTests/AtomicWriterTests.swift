import Foundation
import Testing

@testable import CurriculumKit

private func contents(_ path: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
}

private func names(in directory: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
}

/// Sets a file's modification time `seconds` into the past.
private func age(_ path: String, by seconds: TimeInterval) throws {
    try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-seconds)], ofItemAtPath: path)
}

@Suite("Atomic writer")
struct AtomicWriterTests {
    @Test("writes a new file with exactly the bytes and leaves no temporary file")
    func writesNewFile() throws {
        try withScratchDirectory { directory throws in
            let bytes = utf8("{\n  \"a\": \"č\"\n}\n")
            let outcome = try AtomicWriter.write(bytes, to: directory, name: "a.json", mode: .createNew)
            #expect(outcome == .written)
            #expect(try contents(directory + "/a.json") == bytes)
            #expect(names(in: directory) == ["a.json"])
            let mode = try FileManager.default.attributesOfItem(atPath: directory + "/a.json")[.posixPermissions] as? Int
            #expect(mode.map { $0 & 0o600 } == 0o600)
        }
    }

    @Test("createNew never rewrites a file: the same bytes are already present, other bytes are refused")
    func createNewNeverRewrites() throws {
        try withScratchDirectory { directory throws in
            let original = utf8("original\n")
            try AtomicWriter.write(original, to: directory, name: "r.json", mode: .createNew)
            #expect(try AtomicWriter.write(original, to: directory, name: "r.json", mode: .createNew) == .alreadyPresent)
            let error = expectStoreError(.refused) {
                try AtomicWriter.write(utf8("other\n"), to: directory, name: "r.json", mode: .createNew)
            }
            #expect(error?.message == "\(directory)/r.json already exists with other content; nothing was written")
            #expect(try contents(directory + "/r.json") == original)
            #expect(names(in: directory) == ["r.json"])
        }
    }

    @Test("replace swaps the file's content in one step")
    func replace() throws {
        try withScratchDirectory { directory throws in
            try AtomicWriter.write(utf8("one\n"), to: directory, name: "catalog.json", mode: .replace)
            try AtomicWriter.write(utf8("two\n"), to: directory, name: "catalog.json", mode: .replace)
            #expect(try contents(directory + "/catalog.json") == utf8("two\n"))
            #expect(names(in: directory) == ["catalog.json"])
        }
    }

    @Test("a symbolic link at the destination is never written through")
    func symlinkAtDestination() throws {
        try withScratchDirectory { directory throws in
            try FileManager.default.createDirectory(atPath: directory + "/inside", withIntermediateDirectories: false)
            let target = directory + "/target.json"
            try Data("secret\n".utf8).write(to: URL(fileURLWithPath: target))
            try FileManager.default.createSymbolicLink(atPath: directory + "/inside/link.json", withDestinationPath: target)

            _ = expectStoreError(.refused) {
                try AtomicWriter.write(utf8("new\n"), to: directory + "/inside", name: "link.json", mode: .createNew)
            }
            #expect(try contents(target) == utf8("secret\n"))

            try AtomicWriter.write(utf8("new\n"), to: directory + "/inside", name: "link.json", mode: .replace)
            #expect(try contents(target) == utf8("secret\n"))
            let type = try FileManager.default.attributesOfItem(atPath: directory + "/inside/link.json")[.type] as? FileAttributeType
            #expect(type == .typeRegular)
            #expect(try contents(directory + "/inside/link.json") == utf8("new\n"))
        }
    }

    @Test("writing into a missing directory fails with an I/O error naming it")
    func missingDirectory() throws {
        try withScratchDirectory { directory throws in
            let error = expectStoreError(.io) {
                try AtomicWriter.write(utf8("x"), to: directory + "/missing", name: "a.json", mode: .createNew)
            }
            #expect(error?.message == "cannot create a file in \(directory)/missing: No such file or directory")
        }
    }

    @Test("stray temporary files older than ten minutes are removed; recent ones may be another writer's")
    func strayTemporaryFiles() throws {
        try withScratchDirectory { directory throws in
            let old = directory + "/.tmp-crashed.json"
            let recent = directory + "/.tmp-writing-now.json"
            try Data("torn".utf8).write(to: URL(fileURLWithPath: old))
            try Data("half".utf8).write(to: URL(fileURLWithPath: recent))
            try age(old, by: AtomicWriter.strayAge + 60)
            try AtomicWriter.write(utf8("x\n"), to: directory, name: "b.json", mode: .createNew)
            #expect(names(in: directory) == [".tmp-writing-now.json", "b.json"])
        }
    }

    @Test("makeDirectories creates every missing parent and refuses a file in the way")
    func makeDirectories() throws {
        try withScratchDirectory { directory throws in
            let nested = directory + "/a/b/c"
            try AtomicWriter.makeDirectories(nested)
            var isDirectory: ObjCBool = false
            #expect(FileManager.default.fileExists(atPath: nested, isDirectory: &isDirectory) && isDirectory.boolValue)
            try AtomicWriter.makeDirectories(nested)

            try Data("x".utf8).write(to: URL(fileURLWithPath: directory + "/file"))
            let error = expectStoreError(.io) { try AtomicWriter.makeDirectories(directory + "/file") }
            #expect(error?.message == "\(directory)/file exists and is not a folder")
        }
    }

    @Test("readFile reads the whole file, also past one read chunk, and names a missing one")
    func readFile() throws {
        try withScratchDirectory { directory throws in
            let big = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
            try Data(big).write(to: URL(fileURLWithPath: directory + "/big"))
            #expect(try AtomicWriter.readFile(directory + "/big") == big)
            try Data().write(to: URL(fileURLWithPath: directory + "/empty"))
            #expect(try AtomicWriter.readFile(directory + "/empty") == [])
            let error = expectStoreError(.io) { try AtomicWriter.readFile(directory + "/nope") }
            #expect(error?.message == "cannot read \(directory)/nope: No such file or directory")
        }
    }
}
