import Foundation

/// UTC times as the files store them: `2026-11-22T10:15:03Z`.
public enum Timestamp {
    /// The time now, to the second.
    public static func now() -> String {
        format(Date())
    }

    public static func format(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        // Written digit by digit: Foundation's String(format:) costs a third of a millisecond on first use.
        let year = padded(parts.tm_year + 1900, 4)
        let date = year + "-" + padded(parts.tm_mon + 1, 2) + "-" + padded(parts.tm_mday, 2)
        return date + "T" + padded(parts.tm_hour, 2) + ":" + padded(parts.tm_min, 2) + ":" + padded(parts.tm_sec, 2) + "Z"
    }

    /// `number` in decimal with leading zeros to `width` digits.
    private static func padded(_ number: Int32, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// The compact form used in review file names: `20261122T101503Z`.
    public static func compact(_ time: String) -> String {
        time.filter { $0 != "-" && $0 != ":" }
    }

    /// The date part, for lists: `2026-11-22`.
    public static func day(_ time: String) -> String {
        String(time.prefix(10))
    }

    /// The stored form for people: `2026-11-22 10:15 UTC`.
    public static func readable(_ time: String) -> String {
        guard isValid(time) else { return time }
        return String(time.prefix(10)) + " " + String(time.dropFirst(11).prefix(5)) + " UTC"
    }

    /// Whether `text` has the stored form.
    public static func isValid(_ text: String) -> Bool {
        let pattern = Array("dddd-dd-ddTdd:dd:ddZ")
        let characters = Array(text)
        guard characters.count == pattern.count else { return false }
        return zip(characters, pattern).allSatisfy { character, expected in
            expected == "d" ? character.isASCII && character.isNumber : character == expected
        }
    }
}
