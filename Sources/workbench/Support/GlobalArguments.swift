/// Lets the global options come before the subcommand: `workbench --folder X list` means
/// `workbench list --folder X`, as users of git and similar tools expect.
enum GlobalArguments {
    static let optionsWithValue = ["--folder", "--user"]

    /// `arguments` with leading global options moved after the subcommand, when
    /// `isSubcommand` says the first other argument names one (asked only then).
    static func reordered(_ arguments: [String], isSubcommand: (String) -> Bool) -> [String] {
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
        let rest = Array(arguments[index...])
        guard !leading.isEmpty else { return arguments }
        if let first = rest.first, isSubcommand(first) {
            return [first] + leading + rest.dropFirst()
        }
        return leading + rest
    }
}
