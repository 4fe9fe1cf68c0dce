import ArgumentParser
import Foundation

/// Runs the command line with the project's exit codes: 0 success, 1 refused or invalid, 2 usage.
@main
enum EntryPoint {
    static func main() {
        do {
            // Every command names itself (`commandName`): deriving a name from the type is a
            // reflective lookup that every start would pay.
            let commands = Workbench.configuration.subcommands.map { $0.configuration.commandName ?? "" }
            let given = Array(CommandLine.arguments.dropFirst())
            if let problem = CommandSuggestion.problem(with: given, commands: commands) {
                throw CommandFailure.usage(problem)
            }
            let arguments = GlobalArguments.reordered(given, defaultCommand: Open.configuration.commandName ?? "open") { commands.contains($0) }
            var command = try Workbench.command(for: arguments)
            try command.run()
        } catch let failure as CommandFailure {
            Console.error(failure.message)
            exit(failure.code)
        } catch {
            let code = Workbench.exitCode(for: error)
            let message = Workbench.fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                exit(0)
            }
            if !message.isEmpty { Console.writeError(Console.withErrorPrefix(message) + "\n") }
            exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
