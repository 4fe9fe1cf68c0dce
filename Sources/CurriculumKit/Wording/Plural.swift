/// Counts with the words that agree with them: "1 module matches", "2 modules match".
///
/// Every count shown to people is worded here, with both forms written out, so that
/// translations can later choose among their own plural forms (gettext's `ngettext`) in one place.
public enum Plural {
    /// The number followed by `one` or `other`: `count(2, "module matches", "modules match")`
    /// is "2 modules match".
    public static func count(_ number: Int, _ one: String, _ other: String) -> String {
        "\(number) \(words(number, one, other))"
    }

    /// `one` or `other`, whichever agrees with `number`, without the number ("is" / "are").
    public static func words(_ number: Int, _ one: String, _ other: String) -> String {
        number == 1 ? one : other
    }
}
