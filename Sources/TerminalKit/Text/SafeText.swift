/// Makes untrusted text safe to draw by replacing every character that could
/// control the terminal with a visible symbol.
///
/// Nothing taken from data may reach the terminal as an escape sequence:
/// - C0 controls (U+0000–U+001F) become their Control Pictures (ESC → ␛, BEL → ␇,
///   LF → ␊), except a line feed when the caller lays out lines itself;
/// - DEL (U+007F) becomes ␡;
/// - C1 controls (U+0080–U+009F), including the 8-bit CSI and OSC introducers, become ⍰;
/// - bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069),
///   which could reorder what the user sees, become ⍰;
/// - line and paragraph separators (U+2028, U+2029) become ⍰.
public enum SafeText {
    /// The symbol shown for controls that have no Control Picture of their own.
    public static let replacementSymbol: Unicode.Scalar = "\u{2370}"  // ⍰

    /// Returns `text` with every terminal-controlling character replaced by a visible symbol.
    ///
    /// - Parameter keepingNewlines: Keep "\n" as is, for callers that break lines
    ///   themselves; a carriage return is still made visible.
    public static func sanitize(_ text: some StringProtocol, keepingNewlines: Bool = false) -> String {
        if isSafe(text, keepingNewlines: keepingNewlines) { return String(text) }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if keepingNewlines && scalar == "\n" {
                result.append(scalar)
            } else {
                result.append(visibleScalar(for: scalar))
            }
        }
        return String(result)
    }

    /// Returns whether `text` can be drawn as is.
    public static func isSafe(_ text: some StringProtocol, keepingNewlines: Bool = false) -> Bool {
        // Most text is checked as UTF-8 bytes, in one pass without decoding scalars.
        if let isSafe = text.utf8.withContiguousStorageIfAvailable({ isSafe(utf8: $0, keepingNewlines: keepingNewlines) }) {
            return isSafe
        }
        return text.unicodeScalars.allSatisfy { scalar in
            (keepingNewlines && scalar == "\n") || !isUnsafe(scalar)
        }
    }

    /// Returns the scalar to draw in place of `scalar`: itself when it is harmless.
    static func visibleScalar(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x00...0x1F:
            return Unicode.Scalar(0x2400 + scalar.value) ?? replacementSymbol
        case 0x7F:
            return "\u{2421}"  // ␡
        case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x2028...0x2029:
            return replacementSymbol
        default:
            return scalar
        }
    }

    /// `isSafe` over valid UTF-8: the unsafe scalars are the bytes below 0x20 and 0x7F, C2 80–9F
    /// (U+0080–009F), E2 80 A8–AE (U+2028–202E) and E2 81 A6–A9 (U+2066–2069).
    private static func isSafe(utf8 bytes: UnsafeBufferPointer<UInt8>, keepingNewlines: Bool) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x7F {
                if !(keepingNewlines && byte == 0x0A) { return false }
            } else if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
                return false
            } else if byte == 0xE2, index + 2 < bytes.count {
                let second = bytes[index + 1]
                let third = bytes[index + 2]
                if second == 0x80 && (0xA8...0xAE).contains(third) { return false }
                if second == 0x81 && (0xA6...0xA9).contains(third) { return false }
            }
            index += 1
        }
        return true
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x2028...0x2029:
            return true
        default:
            return false
        }
    }
}
