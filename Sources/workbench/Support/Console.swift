import Foundation

/// Writes to standard output and standard error.
enum Console {
    /// One error sentence on stderr, prefixed with the program name.
    static func error(_ message: String) {
        writeError("workbench: error: \(message)\n")
    }

    /// The argument parser's message for a usage error ("Error: …", then the usage) with the
    /// prefix every other error has, so that scripts and people see one form.
    static func withErrorPrefix(_ message: String) -> String {
        guard message.hasPrefix("Error: ") else { return message }
        return "workbench: error: " + message.dropFirst("Error: ".count)
    }

    static func warning(_ message: String) {
        writeError("workbench: warning: \(message)\n")
    }

    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Writes text to stdout in one write, after whatever `print` wrote before.
    static func writeOutput(_ text: String) {
        fflush(nil)
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes bytes to stdout as they are (JSON output).
    static func writeOutput(_ bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }
}
