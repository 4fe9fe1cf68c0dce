import ArgumentParser
import CurriculumKit
import Foundation

/// `workbench print TARGET`: outlines of a module, a topic or the whole catalog for trainers.
struct Print: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        _superCommandName: Workbench.name,
        abstract: "Print the outline of a module, a topic or the whole catalog, as a handout or for trainers.",
        discussion: """
            TARGET is TOPIC/MODULE or a module id, a topic number or id (its aim, contents and every \
            module in teaching order), or `all` (every topic in catalog order). Each module and topic \
            starts a new page: text output separates them with form feeds, so `lp` starts each on a \
            new sheet.

            With --start, the session plan gets clock times and is split into training days of at \
            most --day-hours of teaching, with --break minutes between sessions and a 60-minute \
            lunch past the middle of the day. --day-hours or --break alone start the day at 09:00.

            --script converts Serbian (and Bosnian, Montenegrin) between Cyrillic and Latin, and \
            Macedonian from Cyrillic to Latin; other languages print as written, and the outline \
            says what was done. Going to Cyrillic, lj, nj and dž are one letter except in a few \
            known words (nadživeti, konjunkcija); web addresses, codes such as LO2 and English \
            phrases stay in Latin.

            The trainer edition says when it was printed; set SOURCE_DATE_EPOCH (seconds since \
            1970) to print a fixed date instead of today's.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("TOPIC/MODULE, a module id, a topic number or id, or `all`.", valueName: "target"))
    var target: String

    @Option(help: ArgumentHelp("text, markdown or html.", valueName: "format"),
        completion: .list(OutlineFormat.allCases.map(\.rawValue)))
    var format = "text"

    @Option(help: ArgumentHelp("handout (for participants) or trainer (with notes, materials, coverage and warnings).", valueName: "edition"),
        completion: .list(OutlineEdition.allCases.map(\.rawValue)))
    var edition = "handout"

    @Option(help: ArgumentHelp("Print Serbian text in this alphabet, latin or cyrillic; Macedonian converts to latin only.", valueName: "alphabet"),
        completion: .list(OutlineScript.allCases.map(\.rawValue)))
    var script: String?

    @Option(help: ArgumentHelp("When each training day starts, HH:MM (e.g. 09:00).", valueName: "time"))
    var start: String?

    @Option(name: .customLong("day-hours"), help: ArgumentHelp("The most teaching in one day, in hours (default 6).", valueName: "hours"))
    var dayHours: Double?

    @Option(name: .customLong("break"), help: ArgumentHelp("The break between sessions, in minutes (default 15).", valueName: "minutes"))
    var breakMinutes: Int?

    @Option(help: ArgumentHelp("The width text output is wrapped to (default 80).", valueName: "columns"))
    var width = 80

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"),
        completion: .file())
    var output: String?

    func validate() throws {
        _ = try options()
    }

    func run() throws {
        let options = try options()
        let store = try global.openStore()
        let outline: Outline
        do {
            outline = try OutlineBuilder.build(OutlineTarget(target), store: store, options: options)
        } catch {
            throw CommandFailure(error)
        }
        let text = OutlinePrinter.render(outline, options: options)
        if let output, output != "-" {
            do {
                try OutlineFile.write(text, to: output)
            } catch {
                throw CommandFailure(error)
            }
            print("Wrote \(output)")
        } else {
            Console.writeOutput(Array(text.utf8))
        }
        for notice in outline.notices {
            Console.warning(notice)
        }
    }

    /// The printing options the arguments ask for; a usage error when one cannot be used.
    private func options() throws -> OutlineOptions {
        guard let format = OutlineFormat(rawValue: format) else {
            throw ValidationError("--format must be text, markdown or html, not \"\(format)\"")
        }
        guard let edition = OutlineEdition(rawValue: edition) else {
            throw ValidationError("--edition must be handout or trainer, not \"\(edition)\"")
        }
        var alphabet: OutlineScript?
        if let script {
            guard let value = OutlineScript(rawValue: script) else {
                throw ValidationError("--script must be latin or cyrillic, not \"\(script)\"")
            }
            alphabet = value
        }
        guard width >= OutlineOptions.minimumWidth && width <= 1000 else {
            throw ValidationError("--width must be between \(OutlineOptions.minimumWidth) and 1000 columns, not \(width)")
        }
        return OutlineOptions(
            format: format, edition: edition, script: alphabet, agenda: try agenda(), width: width,
            printedAt: printedAt)
    }

    /// Now, or `$SOURCE_DATE_EPOCH` when set, so that a printout can be made again identically.
    private var printedAt: String {
        if let value = ProcessEnvironment.variable("SOURCE_DATE_EPOCH"), let seconds = Int(value) {
            return Timestamp.format(Date(timeIntervalSince1970: TimeInterval(seconds)))
        }
        return Timestamp.now()
    }

    private func agenda() throws -> AgendaOptions? {
        guard start != nil || dayHours != nil || breakMinutes != nil else { return nil }
        var startTime = ClockTime(minutes: 9 * 60)
        if let start {
            guard let time = ClockTime(start) else {
                throw ValidationError("--start must be a time of day as HH:MM (00:00 to 23:59), not \"\(start)\"")
            }
            startTime = time
        }
        let hours = dayHours ?? 6
        guard hours.isFinite, hours > 0, hours <= 24 else {
            throw ValidationError("--day-hours must be more than 0 and at most 24, not \(dayHours.map { "\($0)" } ?? "")")
        }
        let pause = breakMinutes ?? 15
        guard (0...240).contains(pause) else {
            throw ValidationError("--break must be between 0 and 240 minutes, not \(pause)")
        }
        return AgendaOptions(start: startTime, dayMinutes: Int((hours * 60).rounded()), breakMinutes: pause)
    }
}
