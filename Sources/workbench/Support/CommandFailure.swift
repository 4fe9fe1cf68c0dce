import CurriculumKit

/// A command that could not do what was asked: one sentence for stderr and an exit status.
struct CommandFailure: Error {
    var message: String
    var code: Int32

    /// A refused action or unusable input: exit 1.
    static func refused(_ message: String) -> CommandFailure {
        CommandFailure(message: message, code: 1)
    }

    /// A wrong argument: exit 2.
    static func usage(_ message: String) -> CommandFailure {
        CommandFailure(message: message, code: 2)
    }

    init(message: String, code: Int32) {
        self.message = message
        self.code = code
    }

    init(_ error: StoreError) {
        self.init(message: error.message, code: 1)
    }
}
