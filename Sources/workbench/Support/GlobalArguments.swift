/// Lets the global options come before the subcommand: `workbench --folder X list` means
/// `workbench list --folder X`, as users of git and similar tools expect.
enum GlobalArguments {
    static let optionsWithValue = ["--folder", "--user"]

    /// The leading global options (with their values) and the arguments after them.
    static func split(_ arguments: [String]) -> (leading: [String], rest: [String]) {
        var leading: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if optionsWithValue.contains(argument), index + 1 < arguments.count {
                leading += [argument, arguments[index + 1]]
                index += 2
            } else if optionsWithValue.contains(where: { argument.hasPrefix($0 + "=") }) {
                leading.append(argument)
                index += 1
            } else {
                break
            }
        }
        return (leading, Array(arguments[index...]))
    }

    /// `arguments` with leading global options moved after the subcommand, when
    /// `isSubcommand` says the first other argument names one (asked only then). A request for
    /// help with no subcommand drops them (`workbench --folder X --help` lists the commands);
    /// otherwise, with no subcommand named, they go to `defaultCommand`.
    static func reordered(
        _ arguments: [String], defaultCommand: String, isSubcommand: (String) -> Bool
    ) -> [String] {
        let (leading, rest) = split(arguments)
        guard !leading.isEmpty else { return arguments }
        if let first = rest.first, isSubcommand(first) {
            return [first] + leading + rest.dropFirst()
        }
        if let first = rest.first, ["--help", "-h", "help"].contains(first) {
            return rest
        }
        return [defaultCommand] + leading + rest
    }
}
