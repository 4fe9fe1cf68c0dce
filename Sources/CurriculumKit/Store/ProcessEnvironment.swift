#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The environment variables of this process, read one at a time. Foundation's
/// `ProcessInfo.processInfo.environment` copies them all into a dictionary on first use, half a
/// millisecond of a command that needs two of them.
public enum ProcessEnvironment {
    /// The value of `name`, or `nil` when it is not set.
    public static func variable(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// The value of `name` in `environment` when one is given (tests), else in this process's.
    static func variable(_ name: String, in environment: [String: String]?) -> String? {
        guard let environment else { return variable(name) }
        return environment[name]
    }
}
