import CurriculumKit

/// One row of the form as laid out from the schema and the document: a heading, a field, or
/// the "add" row that ends a list.
struct FormRow: Hashable, Sendable {
    enum Role: Hashable, Sendable {
        /// A section title.
        case section
        /// The title of one item of a list: "LO2 · learning outcome".
        case itemHeading
        /// A field whose value is at `path`.
        case field(FieldKind)
        /// Ends a list; Enter adds an item to the list at `path`.
        case addItem(ItemShape)
    }

    var role: Role
    /// The field's value, the list an add row adds to, or the item a heading names.
    var path: JSONPath
    var label: String
    /// How deep in lists the row is, for indenting nested items (a session's materials).
    var depth: Int
    /// The innermost list item the row belongs to.
    var item: ListItem?

    init(role: Role, path: JSONPath, label: String, depth: Int, item: ListItem? = nil) {
        self.role = role
        self.path = path
        self.label = label
        self.depth = depth
        self.item = item
    }

    /// Whether the cursor can stop on the row.
    var isFocusable: Bool {
        switch role {
        case .section, .itemHeading: return false
        case .field: return true
        case .addItem(let shape): return shape.canAddAndDelete
        }
    }

    var kind: FieldKind? {
        if case .field(let kind) = role { return kind }
        return nil
    }

    /// Where the focus stands on this row: add rows are told apart from the list's first field.
    var focus: FormFocus { FormFocus(path: path, isAddRow: isAddRow) }

    var isAddRow: Bool {
        if case .addItem = role { return true }
        return false
    }
}

/// An item of a list: where it is and what the list holds.
struct ListItem: Hashable, Sendable {
    var path: JSONPath
    var shape: ItemShape
}

/// Which row has the focus, named so that it survives rows being laid out again.
struct FormFocus: Hashable, Sendable {
    var path: JSONPath
    var isAddRow = false
}

/// Lays the schema out over a document: one row per field, per item of every list.
enum FormLayout {
    static func rows(for kind: Draft.Kind, document: JSONValue) -> [FormRow] {
        var rows: [FormRow] = []
        for section in FormSchema.sections(for: kind) {
            rows.append(FormRow(role: .section, path: [], label: section.title, depth: 0))
            append(section.elements, under: [], document: document, depth: 0, item: nil, into: &rows)
        }
        return rows
    }

    private static func append(
        _ elements: [FormElement], under base: JSONPath, document: JSONValue, depth: Int,
        item: ListItem?, into rows: inout [FormRow]
    ) {
        for element in elements {
            switch element {
            case .field(let key, let label, let kind):
                rows.append(FormRow(role: .field(kind), path: base.appending(key), label: label, depth: depth, item: item))
            case .list(let key, let label, let shape):
                let listPath = base.appending(key)
                let count = document[path: listPath]?.arrayValue?.count ?? 0
                if shape.fields.isEmpty {
                    for index in 0..<count {
                        let path = listPath.appending(index)
                        let itemLabel = index == 0 ? label : ""
                        let kind: FieldKind = shape.canAddAndDelete ? .line : .readOnly
                        rows.append(FormRow(role: .field(kind), path: path, label: itemLabel, depth: depth, item: ListItem(path: path, shape: shape)))
                    }
                    let addLabel = count == 0 ? label : ""
                    rows.append(FormRow(role: .addItem(shape), path: listPath, label: addLabel, depth: depth, item: item))
                } else {
                    for index in 0..<count {
                        let path = listPath.appending(index)
                        let id = document[path: path.appending("id")]?.stringValue ?? "\(index + 1)"
                        rows.append(
                            FormRow(role: .itemHeading, path: path, label: "\(id) · \(shape.noun)", depth: depth, item: ListItem(path: path, shape: shape)))
                        append(shape.fields, under: path, document: document, depth: depth + 1, item: ListItem(path: path, shape: shape), into: &rows)
                    }
                    rows.append(FormRow(role: .addItem(shape), path: listPath, label: "", depth: depth, item: item))
                }
            }
        }
    }
}
