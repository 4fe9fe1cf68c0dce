/// Terminal column widths of text, computed from the project's own width table.
///
/// Widths never come from byte or code-point counts: combining marks, zero-width
/// spaces and variation selectors take no column, East Asian wide and fullwidth
/// characters (CJK, Hangul, most emoji) take two, and every other scalar, including
/// Latin with diacritics, Cyrillic and Greek, takes one. Control characters count as
/// one column because `SafeText` shows each of them as a single visible symbol.
public enum DisplayWidth {
    /// Returns the number of columns `scalar` occupies on its own: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 { return 1 }
        if contains(value, in: WidthTable.zeroWidth) { return 0 }
        if contains(value, in: WidthTable.doubleWidth) { return 2 }
        return 1
    }

    /// Returns the number of columns a grapheme cluster occupies: the width of its
    /// first scalar that is not zero-width.
    ///
    /// "е́" (Cyrillic е with a combining acute) is one column, "漢" and flags are two,
    /// a lone zero-width space is zero.
    public static func of(_ character: Character) -> Int {
        if character == "\r\n" { return 2 }  // Shown as two symbols, ␍␊.
        for scalar in character.unicodeScalars {
            let width = of(scalar)
            if width > 0 { return width }
        }
        return 0
    }

    /// Returns the number of columns `text` occupies on one line.
    public static func of(_ text: some StringProtocol) -> Int {
        if let width = simpleWidth(of: text) { return width }
        var total = 0
        for character in text {
            total += of(character)
        }
        return total
    }

    /// The width of text whose every scalar is one column and its own character (Latin below
    /// U+0300, Cyrillic without its combining marks): its scalar count, found without
    /// breaking it into characters; `nil` for any other text.
    static func simpleWidth(of text: some StringProtocol) -> Int? {
        var count = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            guard value < 0x300 || (0x400...0x482).contains(value) || (0x48A...0x52F).contains(value) else { return nil }
            count += 1
        }
        return count
    }

    private static func contains(_ value: UInt32, in ranges: [ClosedRange<UInt32>]) -> Bool {
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = ranges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}

extension Unicode.Scalar {
    /// The number of terminal columns this scalar occupies on its own.
    public var displayWidth: Int { DisplayWidth.of(self) }
}

extension Character {
    /// The number of terminal columns this grapheme cluster occupies.
    public var displayWidth: Int { DisplayWidth.of(self) }
}

extension StringProtocol {
    /// The number of terminal columns this text occupies on one line.
    public var displayWidth: Int { DisplayWidth.of(self) }
}
