extension OutlineBlock {
    /// A second-level section of the text's paragraphs; nothing when the text is empty.
    static func section(_ title: String, paragraphs text: String) -> [OutlineBlock] {
        let paragraphs = PrintableText.paragraphs(text)
        guard !paragraphs.isEmpty else { return [] }
        return [.heading(level: 2, text: title)] + paragraphs.map { .paragraph(OutlineText($0)) }
    }

    /// A second-level section listing the items; nothing when none has text.
    static func section(_ title: String, items: [String]) -> [OutlineBlock] {
        let items = items.map(PrintableText.line).filter { !$0.isEmpty }
        guard !items.isEmpty else { return [] }
        return [.heading(level: 2, text: title), .list(items.map { OutlineText($0) })]
    }
}
