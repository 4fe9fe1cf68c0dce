/// Why the terminal could not be started.
public enum TerminalError: Error, CustomStringConvertible {
    /// Standard input or output is not a terminal (a pipe, a file).
    case notATerminal
    /// ncurses could not set up the terminal type named by `TERM`.
    case cannotInitialize(terminalType: String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "the terminal UI needs a terminal: standard input or output is redirected"
        case .cannotInitialize(let terminalType):
            return "cannot open the terminal of type '\(terminalType)' (check TERM)"
        }
    }
}
