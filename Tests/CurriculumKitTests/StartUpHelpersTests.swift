import Foundation
import Testing

@testable import CurriculumKit

/// The plain replacements for Foundation calls whose first use was slow at start-up: each must
/// give what the Foundation call gave.
@Suite("Start-up helpers")
struct StartUpHelpersTests {
    @Test("folder paths: ~ expanded, relative paths from the current folder, . and .. and links resolved")
    func absolutePaths() throws {
        let home = try #require(ProcessEnvironment.variable("HOME"))
        #expect(CurriculumStore.absolutePath("~") == CurriculumStore.resolvedPath(home))
        #expect(CurriculumStore.absolutePath("/no/such/a/./b/../c//d/") == "/no/such/a/c/d")
        #expect(CurriculumStore.absolutePath("/no/such/..") == "/no")
        #expect(CurriculumStore.absolutePath("/..") == "/")
        try withScratchDirectory { scratch in
            try FileManager.default.createDirectory(atPath: scratch + "/real/Curricula", withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: scratch + "/link", withDestinationPath: scratch + "/real")
            #expect(CurriculumStore.absolutePath(scratch + "/link/Curricula") == scratch + "/real/Curricula")
            #expect(CurriculumStore.absolutePath(scratch + "/real/./Curricula/../Curricula") == scratch + "/real/Curricula")
            for path in [scratch + "/link/Curricula", scratch + "/real/Curricula/..", "/no/such/x/../y"] {
                #expect(CurriculumStore.absolutePath(path) == (path as NSString).standardizingPath, "\(path)")
            }
        }
    }

    @Test("a path's parent and last component, and what it names (links followed)")
    func pathParts() throws {
        let expected = [
            ("/a/b", "/a", "b"), ("/a/b/", "/a", "b"), ("a/b", "a", "b"), ("a", "", "a"), ("/a", "/", "a"), ("/", "/", "/"),
            ("/srv/Curricula/topics/07-x/modules/m/revisions", "/srv/Curricula/topics/07-x/modules/m", "revisions"),
        ]
        for (path, parent, last) in expected {
            #expect(PathStatus.parent(path) == parent, "\(path)")
            #expect(PathStatus.lastComponent(path) == last, "\(path)")
        }
        try withScratchDirectory { scratch in
            try Data("{}".utf8).write(to: URL(fileURLWithPath: scratch + "/file.json"))
            try FileManager.default.createSymbolicLink(atPath: scratch + "/link", withDestinationPath: scratch)
            #expect(PathStatus.of(scratch) == .folder)
            #expect(PathStatus.of(scratch + "/link") == .folder, "links are followed")
            #expect(PathStatus.of(scratch + "/file.json") == .file)
            #expect(PathStatus.of(scratch + "/missing") == .missing)
        }
    }

    @Test("timestamps keep their leading zeros")
    func paddedTimestamps() {
        #expect(Timestamp.format(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
        #expect(Timestamp.format(Date(timeIntervalSince1970: 1_704_070_861)) == "2024-01-01T01:01:01Z")
        #expect(Timestamp.format(Date(timeIntervalSince1970: 1_798_761_599.9)) == "2026-12-31T23:59:59Z")
    }

    @Test("environment variables are read one at a time; a given environment stands for the process's")
    func environment() {
        #expect(ProcessEnvironment.variable("PATH") == ProcessInfo.processInfo.environment["PATH"])
        #expect(ProcessEnvironment.variable("CURRICULUM_WORKBENCH_SURELY_UNSET") == nil)
        #expect(ProcessEnvironment.variable("PATH", in: [:]) == nil)
        #expect(ProcessEnvironment.variable("HOME", in: ["HOME": "/home/ana"]) == "/home/ana")
        #expect(CacheLocation.standard(environment: ["XDG_CACHE_HOME": "/c"]).directory == "/c/curriculum-workbench")
        #expect(CacheLocation.standard(environment: ["HOME": "/home/ana"]).directory == "/home/ana/.cache/curriculum-workbench")
    }

    @Test("people's names are the same in any case, in every script")
    func personNames() {
        #expect(PersonName.isSame("Ana Petrović", "ana petrović"))
        #expect(PersonName.isSame("ĐORĐE ŠĆEPANOVIĆ", "Đorđe Šćepanović"))
        #expect(PersonName.isSame("Марко Марковић", "МАРКО МАРКОВИЋ"))
        #expect(PersonName.isSame("Ѓорѓи Ѕвездан", "ѓорѓи ѕвездан"))
        #expect(!PersonName.isSame("Ana Petrović", "Ana Petrovic"))
        #expect(!PersonName.isSame("Ana", "Ana "))
    }

    @Test("blank text is white space only, newlines included; trimming keeps the inside")
    func blankText() {
        for blank in ["", " ", "\t\n", "\u{00A0}\u{2003}", "\r\n  "] {
            #expect(blank.isBlank, "\(blank.debugDescription)")
            #expect(blank.trimmedOfWhitespace == "")
        }
        #expect(!"  a ".isBlank)
        #expect("  Ana  Petrović \n".trimmedOfWhitespace == "Ana  Petrović")
        #expect("\tМарко".trimmedOfWhitespace == "Марко")
        #expect(" x ".trimmedOfWhitespace == " x ".trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
