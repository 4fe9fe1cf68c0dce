/// RFC 6901 JSON pointers, used to name a place inside a document in every message.
public enum JSONPointer {
    /// Escapes one reference token (`~` → `~0`, `/` → `~1`).
    public static func escape(_ token: String) -> String {
        // Most tokens hold neither: skip Foundation's search (it showed in the editor's profile).
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return token }
        return token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    /// Joins a parent pointer and a token: `append("/sessions", 2)` is `/sessions/2`.
    public static func append(_ pointer: String, _ token: String) -> String {
        pointer + "/" + escape(token)
    }

    /// The pointer to `index` inside the array at `pointer`.
    public static func append(_ pointer: String, _ index: Int) -> String {
        pointer + "/" + String(index)
    }

    /// The pointer of a decoding error's coding path.
    public static func from(codingPath: [any CodingKey]) -> String {
        codingPath.map { key in
            "/" + (key.intValue.map(String.init) ?? escape(key.stringValue))
        }.joined()
    }
}

import Foundation
