/// Word-level differences between two texts, for showing what changed inside a long field.
///
/// Texts are cut into words (runs of letters and digits), runs of whitespace and single
/// punctuation marks, so Cyrillic, Latin and mixed scripts split alike, "case." keeps "case"
/// when a sentence goes on, and the whitespace is kept: joining the `same` and `deleted` runs
/// gives the old text back, the `same` and `inserted` runs the new one.
public enum WordDiff {
    /// The runs that turn `old` into `new`; within a changed stretch the deleted text comes
    /// before the inserted text.
    public static func changes(from old: String, to new: String) -> [WordChange] {
        let oldTokens = tokens(old)
        let newTokens = tokens(new)
        var raw: [WordChange] = []
        // Tokens compared as small numbers: the alignment compares them many times.
        var numbers: [String: Int] = [:]
        func number(_ token: String) -> Int {
            if let known = numbers[token] { return known }
            numbers[token] = numbers.count
            return numbers.count - 1
        }
        let oldNumbers = oldTokens.map(number)
        let newNumbers = newTokens.map(number)
        for step in SequenceAlignment.steps(oldNumbers, newNumbers) {
            switch step {
            case .same(let index, _): raw.append(WordChange(kind: .same, text: oldTokens[index]))
            case .deleted(let index): raw.append(WordChange(kind: .deleted, text: oldTokens[index]))
            case .inserted(let index): raw.append(WordChange(kind: .inserted, text: newTokens[index]))
            }
        }
        return grouped(raw)
    }

    /// Whether a word diff helps for these texts: both hold some words, one of them several,
    /// and some word is kept.
    public static func isUseful(_ changes: [WordChange], old: String, new: String) -> Bool {
        let longest = max(wordCount(old), wordCount(new))
        guard longest >= 4, wordCount(old) > 0, wordCount(new) > 0 else { return false }
        return changes.contains { $0.kind == .same && $0.text.contains { $0.isLetter || $0.isNumber } }
    }

    /// The number of words (runs of letters and digits) in a text.
    static func wordCount(_ text: String) -> Int {
        tokens(text).filter { $0.first.map(TokenClass.init) == .word }.count
    }

    /// Runs of letters and digits, runs of whitespace, and every other character on its own.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var currentClass = TokenClass.mark
        for character in text {
            let characterClass = TokenClass(character)
            if !current.isEmpty, characterClass != currentClass || characterClass == .mark {
                tokens.append(current)
                current = ""
            }
            currentClass = characterClass
            current.append(character)
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    private enum TokenClass {
        case word, space, mark

        init(_ character: Character) {
            if character.isWhitespace {
                self = .space
            } else if character.isLetter || character.isNumber || character == "-" || character == "'" {
                self = .word
            } else {
                self = .mark
            }
        }
    }

    /// Joins neighbouring runs: whitespace kept between two changes joins the change, each
    /// changed stretch becomes one deleted and one inserted run, and whitespace that both
    /// sides end with is kept outside the change.
    private static func grouped(_ raw: [WordChange]) -> [WordChange] {
        var result: [WordChange] = []
        var deleted = ""
        var inserted = ""
        func appendSame(_ text: String) {
            if let last = result.last, last.kind == .same {
                result[result.count - 1].text += text
            } else if !text.isEmpty {
                result.append(WordChange(kind: .same, text: text))
            }
        }
        func flush() {
            var shared = ""
            while !deleted.isEmpty, !inserted.isEmpty, let last = deleted.last, last.isWhitespace, inserted.last == last {
                shared.insert(last, at: shared.startIndex)
                deleted.removeLast()
                inserted.removeLast()
            }
            if !deleted.isEmpty { result.append(WordChange(kind: .deleted, text: deleted)) }
            if !inserted.isEmpty { result.append(WordChange(kind: .inserted, text: inserted)) }
            deleted = ""
            inserted = ""
            appendSame(shared)
        }
        for (index, change) in raw.enumerated() {
            switch change.kind {
            case .deleted: deleted += change.text
            case .inserted: inserted += change.text
            case .same:
                let isSpace = change.text.allSatisfy(\.isWhitespace)
                let inChange = !deleted.isEmpty || !inserted.isEmpty
                let changeFollows = raw[(index + 1)...].first.map { $0.kind != .same } ?? false
                if isSpace, inChange, changeFollows {
                    deleted += change.text
                    inserted += change.text
                } else {
                    flush()
                    appendSame(change.text)
                }
            }
        }
        flush()
        return slid(result)
    }

    /// Moves whitespace at the start of a lone insertion or deletion to its end when the kept
    /// text after it starts with the same whitespace: "и[+ одрживе+] р…" reads better as
    /// "и [+одрживе +]р…", and both give the same texts.
    private static func slid(_ changes: [WordChange]) -> [WordChange] {
        var result = changes
        var index = 1
        while index + 1 < result.count {
            if result[index].kind != .same, result[index - 1].kind == .same, result[index + 1].kind == .same {
                while let first = result[index].text.first, first.isWhitespace, result[index + 1].text.first == first {
                    result[index - 1].text.append(first)
                    result[index].text.removeFirst()
                    result[index].text.append(first)
                    result[index + 1].text.removeFirst()
                }
                if result[index + 1].text.isEmpty { result.remove(at: index + 1) }
            }
            index += 1
        }
        return result
    }
}
