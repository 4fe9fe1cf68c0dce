/// A time of day to the minute, as `HH:MM`.
public struct ClockTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Minutes since midnight; may pass 24 hours when a day runs late.
    public var minutes: Int

    public init(minutes: Int) {
        self.minutes = minutes
    }

    /// Reads `HH:MM` or `H:MM` with hours 0–23 and minutes 00–59; `nil` for anything else
    /// (`25:00`, `9h`, `9:5`).
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            (parts[0] + parts[1]).allSatisfy({ $0.isASCII && $0.isNumber }),
            let hour = Int(parts[0]), let minute = Int(parts[1]), hour < 24, minute < 60
        else { return nil }
        self.minutes = hour * 60 + minute
    }

    /// `09:05`; a time past midnight wraps to the next day's clock.
    public var description: String {
        let wrapped = ((minutes % 1440) + 1440) % 1440
        let hour = wrapped / 60
        let minute = wrapped % 60
        return (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }

    /// This time `count` minutes later.
    public func adding(_ count: Int) -> ClockTime {
        ClockTime(minutes: minutes + count)
    }

    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool {
        lhs.minutes < rhs.minutes
    }
}

/// How a session plan is laid out on the clock.
public struct AgendaOptions: Hashable, Sendable {
    /// When each training day starts.
    public var start: ClockTime
    /// The most teaching a day holds, in minutes.
    public var dayMinutes: Int
    /// The break between two sessions, in minutes.
    public var breakMinutes: Int
    /// The lunch break taken once, past the middle of the day, instead of a short break.
    public var lunchMinutes: Int

    public init(start: ClockTime, dayMinutes: Int = 360, breakMinutes: Int = 15, lunchMinutes: Int = 60) {
        self.start = start
        self.dayMinutes = dayMinutes
        self.breakMinutes = breakMinutes
        self.lunchMinutes = lunchMinutes
    }
}

/// A session plan laid out in training days with clock times and breaks.
///
/// Sessions keep their order. A day takes sessions while its teaching stays within
/// `dayMinutes`; the next session starts a new day. A session longer than a day is never split:
/// it has a day of its own. Between two sessions of a day comes a short break, except at the
/// first point where half the day's teaching time has passed: there comes lunch.
public struct Agenda: Hashable, Sendable {
    /// One entry on a day's clock.
    public struct Slot: Hashable, Sendable {
        public enum Kind: Hashable, Sendable {
            /// The session at this index of the module's session list.
            case session(Int)
            case pause
            case lunch
        }

        public var kind: Kind
        public var start: ClockTime
        public var end: ClockTime

        public init(kind: Kind, start: ClockTime, end: ClockTime) {
            self.kind = kind
            self.start = start
            self.end = end
        }

        public var minutes: Int { end.minutes - start.minutes }
    }

    /// One training day.
    public struct Day: Hashable, Sendable {
        /// 1 for the first day.
        public var number: Int
        public var slots: [Slot]

        public init(number: Int, slots: [Slot]) {
            self.number = number
            self.slots = slots
        }

        public var start: ClockTime? { slots.first?.start }
        public var end: ClockTime? { slots.last?.end }

        /// The minutes of teaching, breaks left out.
        public var teachingMinutes: Int {
            slots.reduce(0) { total, slot in
                if case .session = slot.kind { return total + slot.minutes }
                return total
            }
        }
    }

    public var days: [Day]

    public init(days: [Day]) {
        self.days = days
    }

    /// Lays out sessions of the given lengths (in minutes, in teaching order).
    public init(sessionMinutes: [Int], options: AgendaOptions) {
        let dayLength = max(1, options.dayMinutes)
        var groups: [[Int]] = []
        var current: [Int] = []
        var taught = 0
        for (index, raw) in sessionMinutes.enumerated() {
            let minutes = max(0, raw)
            if !current.isEmpty && taught + minutes > dayLength {
                groups.append(current)
                current = []
                taught = 0
            }
            current.append(index)
            taught += minutes
        }
        if !current.isEmpty { groups.append(current) }

        days = groups.enumerated().map { number, indices in
            var slots: [Slot] = []
            var clock = options.start
            var taught = 0
            var hadLunch = false
            for (position, index) in indices.enumerated() {
                if position > 0 {
                    let isLunch = !hadLunch && taught * 2 >= dayLength && options.lunchMinutes > 0
                    let length = isLunch ? options.lunchMinutes : options.breakMinutes
                    if length > 0 {
                        slots.append(Slot(kind: isLunch ? .lunch : .pause, start: clock, end: clock.adding(length)))
                        clock = clock.adding(length)
                    }
                    hadLunch = hadLunch || isLunch
                }
                let minutes = max(0, sessionMinutes[index])
                slots.append(Slot(kind: .session(index), start: clock, end: clock.adding(minutes)))
                clock = clock.adding(minutes)
                taught += minutes
            }
            return Day(number: number + 1, slots: slots)
        }
    }

    /// Lays out a module's sessions.
    public init(sessions: [Session], options: AgendaOptions) {
        self.init(sessionMinutes: sessions.map(\.minutes), options: options)
    }
}
