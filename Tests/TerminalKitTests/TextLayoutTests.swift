import Testing
@testable import TerminalKit

@Suite("Truncation, padding and wrapping")
struct TextLayoutTests {
    @Test func truncationEndsInAnEllipsisWithinTheWidth() {
        #expect("Migration and Security".truncated(toWidth: 10) == "Migration…")
        #expect("Миграције и безбедност".truncated(toWidth: 10) == "Миграције…")
        #expect("short".truncated(toWidth: 10) == "short")
        #expect("exactly10!".truncated(toWidth: 10) == "exactly10!")
        #expect("abc".truncated(toWidth: 0) == "")
        #expect("abc".truncated(toWidth: 1) == "…")
    }

    @Test func truncationNeverSplitsAWideCharacter() {
        // 漢字漢字 is 8 columns; 5 columns leave room for two ideographs and the ellipsis.
        #expect("漢字漢字".truncated(toWidth: 5) == "漢字…")
        // 6 columns: three ideographs do not fit with "…", so the result is 5 wide.
        #expect("漢字漢字".truncated(toWidth: 6) == "漢字…")
        #expect("漢字漢字".truncated(toWidth: 6).displayWidth == 5)
    }

    @Test func paddingFillsToTheExactWidth() {
        #expect("Ђак".padded(toWidth: 6) == "Ђак   ")
        #expect("Ђак".padded(toWidth: 6, alignment: .right) == "   Ђак")
        #expect("Ђак".padded(toWidth: 7, alignment: .center) == "  Ђак  ")
        #expect("漢字".padded(toWidth: 6) == "漢字  ")
        #expect("漢字漢字".padded(toWidth: 6) == "漢字… ")
        #expect("漢字漢字".padded(toWidth: 6).displayWidth == 6)
    }

    @Test func wrappingBreaksAtSpacesByColumns() {
        let text = "Љубљана је главни град Словеније"
        #expect(text.wrapped(toWidth: 12) == ["Љубљана је", "главни град", "Словеније"])
        #expect("漢字 漢字漢字 字".wrapped(toWidth: 8) == ["漢字", "漢字漢字", "字"])
    }

    @Test func wrappingBreaksLongWordsHard() {
        #expect("Наставни план".wrapped(toWidth: 4) == ["Наст", "авни", "план"])
        #expect("漢字漢字漢".wrapped(toWidth: 5) == ["漢字", "漢字", "漢"])
    }

    @Test func wrappingKeepsExplicitLinesAndEmptyLines() {
        #expect("one\n\ntwo three".wrapped(toWidth: 5) == ["one", "", "two", "three"])
        #expect("a\r\nb".wrapped(toWidth: 5) == ["a", "b"])
        #expect("".wrapped(toWidth: 5) == [""])
    }
}
