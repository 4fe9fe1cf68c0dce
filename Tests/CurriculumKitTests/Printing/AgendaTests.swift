import Foundation
import Testing

@testable import CurriculumKit

/// Sessions laid out on the clock: days of at most `dayMinutes` of teaching, breaks and lunch.
@Suite("Printing: agenda")
struct AgendaTests {
    private func times(_ day: Agenda.Day) -> [String] {
        day.slots.map { slot in
            let label: String
            switch slot.kind {
            case .session(let index): label = "S\(index + 1)"
            case .pause: label = "break"
            case .lunch: label = "lunch"
            }
            return "\(slot.start)–\(slot.end) \(label)"
        }
    }

    @Test("ten sessions of 90 minutes in days of 6 hours: three days, lunch past the middle of each full day")
    func tenSessions() {
        let agenda = Agenda(sessionMinutes: Array(repeating: 90, count: 10), options: PrintingFixtures.nineOClock)
        #expect(agenda.days.map(\.number) == [1, 2, 3])
        #expect(agenda.days.map(\.teachingMinutes) == [360, 360, 180])
        #expect(
            times(agenda.days[0]) == [
                "09:00–10:30 S1", "10:30–10:45 break", "10:45–12:15 S2", "12:15–13:15 lunch", "13:15–14:45 S3",
                "14:45–15:00 break", "15:00–16:30 S4",
            ])
        #expect(times(agenda.days[1]).first == "09:00–10:30 S5")
        #expect(times(agenda.days[1])[3] == "12:15–13:15 lunch")
        #expect(times(agenda.days[1]).last == "15:00–16:30 S8")
        // A half day has a short break and no lunch.
        #expect(times(agenda.days[2]) == ["09:00–10:30 S9", "10:30–10:45 break", "10:45–12:15 S10"])
    }

    @Test("a longer day and a longer break move the times and the lunch")
    func otherOptions() {
        let options = AgendaOptions(start: ClockTime(minutes: 8 * 60 + 30), dayMinutes: 8 * 60, breakMinutes: 20)
        let agenda = Agenda(sessionMinutes: Array(repeating: 90, count: 10), options: options)
        #expect(agenda.days.map { $0.slots.filter { if case .session = $0.kind { true } else { false } }.count } == [5, 5])
        #expect(
            times(agenda.days[0]) == [
                "08:30–10:00 S1", "10:00–10:20 break", "10:20–11:50 S2", "11:50–12:10 break", "12:10–13:40 S3",
                "13:40–14:40 lunch", "14:40–16:10 S4", "16:10–16:30 break", "16:30–18:00 S5",
            ])
    }

    @Test("a session longer than a day is never split: it has a day of its own")
    func longSession() {
        let agenda = Agenda(sessionMinutes: [60, 420, 60], options: PrintingFixtures.nineOClock)
        #expect(agenda.days.map(\.teachingMinutes) == [60, 420, 60])
        #expect(times(agenda.days[1]) == ["09:00–16:00 S2"])
    }

    @Test("no break slot when breaks are zero minutes long")
    func noBreaks() {
        let options = AgendaOptions(start: ClockTime(minutes: 9 * 60), breakMinutes: 0)
        let agenda = Agenda(sessionMinutes: [60, 60, 60, 60], options: options)
        #expect(times(agenda.days[0]) == ["09:00–10:00 S1", "10:00–11:00 S2", "11:00–12:00 S3", "12:00–13:00 lunch", "13:00–14:00 S4"])
    }

    @Test("clock times are read as HH:MM within a day", arguments: [
        ("09:00", 540), ("9:00", 540), ("00:00", 0), ("23:59", 1439),
    ])
    func validTimes(text: String, minutes: Int) {
        #expect(ClockTime(text)?.minutes == minutes)
    }

    @Test("anything else is not a clock time", arguments: ["25:00", "24:00", "9:5", "09:60", "9h", "", "09:00:00", "-1:00", "０９:００"])
    func invalidTimes(text: String) {
        #expect(ClockTime(text) == nil)
    }

    @Test("a module's plan printed with an agenda: a heading per day, break rows, and the total over days")
    func printedAgenda() throws {
        let sessions = (1...10).map { Session(id: "S\($0)", title: "Session \($0)", minutes: 90, method: .workshop) }
        let module = PrintingFixtures.module(sessions: sessions)
        try withFixtureFolder(modules: [module]) { folder in
            let text = try PrintingFixtures.print(
                "printing-sample", folder.store, PrintingFixtures.options(agenda: PrintingFixtures.nineOClock))
            let lines = printedLines(text)
            #expect(lines.filter { $0.hasPrefix("Day ") } == [
                "Day 1 · 09:00–16:30 · 6 h of teaching",
                "Day 2 · 09:00–16:30 · 6 h of teaching",
                "Day 3 · 09:00–12:15 · 3 h of teaching",
            ])
            #expect(lines.filter { $0.contains("Lunch break") } == [
                "12:15–13:15       Lunch break             60",
                "12:15–13:15       Lunch break             60",
            ])
            #expect(lines.filter { $0.hasSuffix("  Break                   15") }.count == 5)
            // The days' tables share their column widths, so the whole plan reads as one.
            #expect(lines.contains("10:45–12:15  S2   Session 2    workshop   90"))
            #expect(lines.contains("10:45–12:15  S10  Session 10   workshop   90"))
            #expect(lines.filter { $0.hasPrefix("Time ") } == Array(repeating: "Time         #    Session      Method    Min", count: 3))
            #expect(lines.contains("Total: 15 h (900 min) of teaching in 10 sessions over 3 days."))
        }
    }
}
