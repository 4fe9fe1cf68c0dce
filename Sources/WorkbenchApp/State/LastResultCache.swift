import Foundation

/// Remembers the last value worked out and the key it was worked out for, so that handling a
/// key and drawing the frame after it (or two frames of the same state) lay out only once.
/// A reference shared by copies of the state that holds it; it never takes part in equality.
final class LastResultCache<Key: Hashable & Sendable, Value: Sendable>: Hashable, @unchecked Sendable {
    private let lock = NSLock()
    private var last: (key: Key, value: Value)?

    /// The value for `key`: the remembered one when the key is the same, else `make()`'s.
    func value(for key: Key, _ make: () -> Value) -> Value {
        if let last = lock.withLock({ last }), last.key == key { return last.value }
        let value = make()
        lock.withLock { last = (key, value) }
        return value
    }

    static func == (lhs: LastResultCache, rhs: LastResultCache) -> Bool { true }
    func hash(into hasher: inout Hasher) {}
}
