import Foundation

/// Where the per-user caches of a curricula folder are kept, outside the shared folder.
///
/// The standard place is `$XDG_CACHE_HOME/curriculum-workbench/` (else `~/.cache/…`); each
/// folder's files are named after its absolute path. Tests give a directory of their own, and
/// `disabled` reads every document as the workbench did before it had a cache.
public struct CacheLocation: Sendable, Hashable {
    /// The directory holding the cache files; `nil` when caching is off.
    public let directory: String?
    /// How old, in seconds, a module's newest file time must be for its facts to be cached: a
    /// second change within the file system's clock tick (two seconds on some) could otherwise
    /// leave the stamps the cache holds.
    public let settlingTime: Double

    init(directory: String?, settlingTime: Double = 2) {
        self.directory = directory
        self.settlingTime = settlingTime
    }

    /// No cache: every module is read from its files when the folder is opened.
    public static let disabled = CacheLocation(directory: nil)

    /// Cache files in `path`; tests give a short `settlingTime` (more than the clock tick of
    /// their file system) so that what they just wrote is cached.
    public static func directory(_ path: String, settlingTime: Double = 2) -> CacheLocation {
        CacheLocation(directory: path, settlingTime: settlingTime)
    }

    /// `$XDG_CACHE_HOME/curriculum-workbench` when that is an absolute path, else
    /// `$HOME/.cache/curriculum-workbench`; disabled when neither is known.
    /// `environment` stands for the process's variables in tests.
    public static func standard(environment: [String: String]? = nil) -> CacheLocation {
        if let base = ProcessEnvironment.variable("XDG_CACHE_HOME", in: environment), base.hasPrefix("/") {
            return CacheLocation(directory: base + "/curriculum-workbench")
        }
        let home = ProcessEnvironment.variable("HOME", in: environment).flatMap { $0.hasPrefix("/") ? $0 : nil } ?? NSHomeDirectory()
        guard home.hasPrefix("/") else { return .disabled }
        return CacheLocation(directory: home + "/.cache/curriculum-workbench")
    }

    /// The cache file of `kind` ("summary", "search") for the folder at the absolute path `root`:
    /// the folder's name for people, and a hash of its whole path so two folders never share one.
    func file(_ kind: String, forFolder root: String) -> String? {
        guard let directory else { return nil }
        let name = PathStatus.lastComponent(root)
        let readable = String(name.unicodeScalars.map { scalar in
            // ASCII letters and digits, tested without CharacterSet (slow on first use).
            scalar.isASCII && (Character(scalar).isLetter || Character(scalar).isNumber || scalar == "-" || scalar == "_")
                ? Character(scalar) : "_"
        }.prefix(40))
        let digest = ContentHash.hex(ContentHash.sha256(Array(root.utf8)).prefix(8))
        return directory + "/" + readable + "-" + digest + "." + kind
    }
}
