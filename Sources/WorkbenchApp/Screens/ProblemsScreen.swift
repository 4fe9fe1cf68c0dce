import CurriculumKit
import TerminalKit

/// The files that could not be loaded (and folder warnings): the file, then the error.
enum ProblemsScreen {
    static func listHeight(width: Int, height: Int) -> Int {
        max(1, (Layout(width: width, height: height).body.height - 3) / 2)
    }

    static func render(_ state: WorkbenchState, into buffer: inout Buffer, area: Rect) {
        let problems = state.overview.problems
        let interior = Box(title: "Problems · \(problems.count)", border: .heavy, style: .title).render(into: &buffer, area: area)
        let inner = interior.paddedHorizontally(1)
        guard !problems.isEmpty else {
            buffer.write("Every file of the folder loaded without errors.", in: inner.row(0), style: .success)
            return
        }
        let visible = max(1, inner.height / 2)
        let cursor = state.problemsCursor.revealed(height: visible, count: problems.count)
        for item in 0..<min(visible, problems.count - cursor.offset) {
            let problem = problems[cursor.offset + item]
            let first = inner.row(item * 2)
            let second = inner.row(item * 2 + 1)
            let label = problem.severity == .error ? "error " : "warning "
            let place = problem.pointer.isEmpty ? problem.file : "\(problem.file) at \(problem.pointer)"
            buffer.write(
                [Span(label, style: problem.severity == .error ? .error : .warning),
                 Span(Self.keepingEnd(place, width: first.width - DisplayWidth.of(label)), style: .emphasis)], in: first)
            buffer.write("  " + problem.message, in: second)
            if cursor.offset + item == cursor.index {
                // The highlight spans the whole row, padding included, as in the browser's lists.
                buffer.addAttributes(.reverse, in: interior.row(item * 2))
                buffer.addAttributes(.reverse, in: interior.row(item * 2 + 1))
            }
        }
    }

    /// `path` cut at its start when too wide, so the file name at its end stays in view.
    static func keepingEnd(_ path: String, width: Int) -> String {
        guard DisplayWidth.of(path) > width, width > 1 else { return path }
        var kept = ""
        for character in path.reversed() {
            if DisplayWidth.of(kept) + DisplayWidth.of(character) > width - 1 { break }
            kept.insert(character, at: kept.startIndex)
        }
        return "…" + kept
    }
}
