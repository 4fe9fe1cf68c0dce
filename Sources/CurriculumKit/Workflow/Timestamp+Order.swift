import Foundation

extension Timestamp {
    /// `time`, or one second after the latest of `earlier` when `time` is not after it: events
    /// recorded within one second keep the order in which they were recorded.
    static func after(_ earlier: some Sequence<String>, _ time: String) -> String {
        guard let latest = earlier.filter(isValid).max(), time <= latest, let date = date(latest) else { return time }
        return format(date.addingTimeInterval(1))
    }

    /// The moment a stored time names.
    static func date(_ time: String) -> Date? {
        guard isValid(time) else { return nil }
        let digits = time.split(whereSeparator: { !$0.isNumber }).compactMap { Int32($0) }
        guard digits.count == 6 else { return nil }
        var parts = tm()
        parts.tm_year = digits[0] - 1900
        parts.tm_mon = digits[1] - 1
        parts.tm_mday = digits[2]
        parts.tm_hour = digits[3]
        parts.tm_min = digits[4]
        parts.tm_sec = digits[5]
        return Date(timeIntervalSince1970: TimeInterval(timegm(&parts)))
    }
}
