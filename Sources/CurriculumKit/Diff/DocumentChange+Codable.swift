extension DocumentChange: Encodable {
    enum CodingKeys: String, CodingKey {
        case kind, pointer, label, old, new, words
    }

    /// `{"kind": "changed", "pointer", "label", "old"?, "new"?, "words"?}`, for `--json` output.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind.word, forKey: .kind)
        try container.encode(pointer, forKey: .pointer)
        try container.encode(label, forKey: .label)
        try container.encodeIfPresent(old, forKey: .old)
        try container.encodeIfPresent(new, forKey: .new)
        if !words.isEmpty { try container.encode(words, forKey: .words) }
    }
}

extension WordChange: Encodable {
    enum CodingKeys: String, CodingKey {
        case kind, text
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind.word, forKey: .kind)
        try container.encode(text, forKey: .text)
    }
}
