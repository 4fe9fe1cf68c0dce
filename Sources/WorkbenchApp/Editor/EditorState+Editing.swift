import CurriculumKit
import TerminalKit

/// What an edit did, for the footer.
enum EditResult: Equatable {
    case done
    /// Nothing changed, with the reason to tell the user.
    case refused(String)
}

extension EditorState {
    // MARK: Moving between fields

    /// Moves the focus by `step` focusable rows (no wrapping); returns whether it moved.
    @discardableResult
    mutating func moveFocus(by step: Int, cursorAtEnd: Bool = true) -> Bool {
        let focusable = rows.indices.filter { rows[$0].isFocusable }
        guard !focusable.isEmpty else { return false }
        let current = focusedRowIndex.flatMap { focusable.firstIndex(of: $0) } ?? 0
        let target = min(max(0, current + step), focusable.count - 1)
        guard target != current else { return false }
        focus(rows[focusable[target]].focus, cursorAtEnd: cursorAtEnd)
        return true
    }

    // MARK: Typing

    /// Writes the editing area's text into the focused field; refuses text a number field
    /// cannot hold (and puts the previous text back).
    mutating func commitTyping(previous: TextArea) -> EditResult {
        guard let row = focusedRow, let kind = row.kind else { return .done }
        let text = area.text
        switch kind {
        case .line, .text:
            document.set(.string(text), at: row.path)
        case .optionalLine:
            document.set(text.isEmpty ? nil : .string(text), at: row.path)
        case .words:
            let words = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            document.set(.array(words.map { .string($0) }), at: row.path)
        case .number(let range, let optional):
            if text.isEmpty {
                document.set(optional ? nil : .integer(0), at: row.path)
            } else if text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber), let number = Int(text), range.contains(number) {
                document.set(.integer(number), at: row.path)
            } else {
                area = previous
                let number = Int(text)
                let what = number.map { $0 < range.lowerBound ? "\($0) is too small" : "\($0) is too large" } ?? "That is not a number"
                return .refused("\(what): \(row.label) is a whole number from \(range.lowerBound) to \(range.upperBound).")
            }
        case .choice, .level, .picks, .readOnly:
            return .done
        }
        documentChanged()
        return .done
    }

    /// Chooses the next (or previous) value of the focused choice field; from a choice not yet
    /// made, → takes the first and ← the last.
    mutating func cycleChoice(by step: Int) {
        guard let row = focusedRow, let choices = row.kind?.choices, !choices.isEmpty else { return }
        let next = pick < 0 ? (step > 0 ? 0 : choices.count - 1) : (pick + step + choices.count) % choices.count
        choose(next, of: choices, at: row.path)
    }

    /// Chooses the first value after the current one whose label starts with `letter` (a digit
    /// chooses that level).
    mutating func chooseWord(startingWith letter: Character) -> Bool {
        guard let row = focusedRow, let choices = row.kind?.choices, !choices.isEmpty else { return false }
        let typed = String(letter).lowercased()
        for offset in 1...choices.count {
            let index = (max(pick, -1) + offset + choices.count) % choices.count
            if choices[index] != nil, FieldKind.choiceLabel(choices[index]).hasPrefix(typed) {
                choose(index, of: choices, at: row.path)
                return true
            }
        }
        return false
    }

    private mutating func choose(_ index: Int, of choices: [JSONValue?], at path: JSONPath) {
        recordUndo()
        pick = index
        document.set(choices[index], at: path)
        documentChanged()
    }

    /// Ticks or unticks the highlighted word of a picks field, keeping the offered order.
    mutating func togglePick() {
        guard let row = focusedRow, let kind = row.kind, case .picks = kind else { return }
        let options = options(for: kind, at: row.path)
        guard options.indices.contains(pick) else { return }
        let word = options[pick]
        var chosen = document[path: row.path]?.arrayValue?.compactMap(\.stringValue) ?? []
        if let index = chosen.firstIndex(of: word) {
            chosen.remove(at: index)
        } else {
            chosen.append(word)
            chosen.sort { (options.firstIndex(of: $0) ?? .max) < (options.firstIndex(of: $1) ?? .max) }
        }
        recordUndo()
        document.set(.array(chosen.map { .string($0) }), at: row.path)
        documentChanged()
    }

    // MARK: Lists

    /// Adds an item to the list at `list` after position `after` (at the end when `nil`),
    /// assigns its id and puts the focus on its first field.
    mutating func addItem(to list: JSONPath, shape: ItemShape, after: Int? = nil) -> EditResult {
        guard shape.canAddAndDelete else { return .refused("The \(shape.noun)s are only put in order here, not added.") }
        guard let items = document[path: list]?.arrayValue ?? (document[path: list.parent] != nil ? [] : nil) else {
            return .refused("There is no list here to add to.")
        }
        recordUndo()
        var item = shape.template
        if let prefix = shape.idPrefix, case .object(var members) = item {
            members["id"] = .string(Self.newID(prefix: prefix, existing: items.compactMap { $0["id"]?.stringValue }))
            item = .object(members)
        }
        let position = after.map { min($0 + 1, items.count) } ?? items.count
        if document[path: list] == nil { document.set(.array([]), at: list) }
        document.updateArray(at: list) { $0.insert(item, at: position) }
        relayout()
        let itemPath = list.appending(position)
        if let first = rows.first(where: { $0.isFocusable && !$0.isAddRow && $0.path.isInside(itemPath) }) {
            focus(first.focus)
        }
        documentChanged()
        return .done
    }

    /// The id for a new item: the prefix and one more than the largest number used with it
    /// (LO1…LO4 → LO5), so ids are never reused within the document.
    static func newID(prefix: String, existing: [String]) -> String {
        let numbers = existing.compactMap { id -> Int? in
            guard id.hasPrefix(prefix) else { return nil }
            return Int(id.dropFirst(prefix.count))
        }
        return prefix + String((numbers.max() ?? 0) + 1)
    }

    /// What deleting an item means, for the confirmation: "session S3 “Reading the profile”".
    func describe(_ item: ListItem) -> String {
        let value = document[path: item.path]
        if let text = value?.stringValue { return "\(item.shape.noun) “\(text.truncated(toWidth: 40))”" }
        let id = value?["id"]?.stringValue.map { " " + $0 } ?? ""
        let words = value?["title"]?.stringValue ?? value?["text"]?.stringValue ?? value?["citation"]?.stringValue
            ?? value?["description"]?.stringValue ?? ""
        let quoted = words.isEmpty ? "" : " “\(words.truncated(toWidth: 40))”"
        return item.shape.noun + id + quoted
    }

    /// Deletes an item; a deleted learning outcome is also taken out of the sessions and
    /// assessments that named it. Returns what was done, for the footer.
    mutating func deleteItem(_ item: ListItem) -> String {
        guard let index = item.path.lastIndex else { return "" }
        recordUndo()
        let removedID = document[path: item.path]?["id"]?.stringValue
        document.updateArray(at: item.path.parent) { $0.remove(at: index) }
        var alsoRemoved = 0
        if item.path.parent == [.key("learningOutcomes")], let removedID {
            for list in ["sessions", "assessments"] {
                let count = document[path: [.key(list)]]?.arrayValue?.count ?? 0
                for position in 0..<count {
                    let outcomes: JSONPath = [.key(list), .index(position), .key("outcomes")]
                    guard let named = document[path: outcomes]?.arrayValue, named.contains(.string(removedID)) else { continue }
                    document.set(.array(named.filter { $0 != .string(removedID) }), at: outcomes)
                    alsoRemoved += 1
                }
            }
        }
        relayout()
        let remaining = document[path: item.path.parent]?.arrayValue?.count ?? 0
        let next = remaining == 0 ? nil : item.path.parent.appending(min(index, remaining - 1))
        if let next, let row = rows.first(where: { $0.isFocusable && !$0.isAddRow && $0.path.isInside(next) }) {
            focus(row.focus)
        } else if let add = rows.first(where: { $0.isAddRow && $0.path == item.path.parent }) {
            focus(add.focus)
        } else {
            focus(FormFocus(path: rows.first(where: \.isFocusable)?.path ?? []))
        }
        documentChanged()
        let noun = item.shape.noun.prefix(1).uppercased() + item.shape.noun.dropFirst()
        let removedFrom = alsoRemoved > 0 ? "; it was also taken out of \(Plural.count(alsoRemoved, "session or assessment", "sessions or assessments"))" : ""
        return "\(noun)\(removedID.map { " " + $0 } ?? "") deleted\(removedFrom). Ctrl-Z brings it back."
    }

    /// Moves an item up (-1) or down (+1) in its list, keeping the focus on the same field of it.
    mutating func moveItem(_ item: ListItem, by step: Int) -> EditResult {
        guard let index = item.path.lastIndex, let count = document[path: item.path.parent]?.arrayValue?.count else {
            return .refused("Only items of a list can be moved.")
        }
        let target = index + step
        guard (0..<count).contains(target) else {
            return .refused(step < 0 ? "This is already the first \(item.shape.noun)." : "This is already the last \(item.shape.noun).")
        }
        recordUndo()
        document.updateArray(at: item.path.parent) { $0.swapAt(index, target) }
        relayout()
        // The same field, now in the item's new place.
        var steps = focus.path.steps
        let depth = item.path.steps.count - 1
        if steps.count > depth, case .index = steps[depth] { steps[depth] = .index(target) }
        let cursor = area.cursorIndex
        focus(FormFocus(path: JSONPath(steps), isAddRow: focus.isAddRow))
        area.moveCursor(to: cursor)
        documentChanged()
        return .done
    }
}
