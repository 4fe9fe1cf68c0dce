import Dispatch

/// A value worked out on another thread while the caller does something else, e.g. reading the
/// summary cache while the topic documents are read.
final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    // Written once by the background thread before `finished` is signalled, read only after.
    private var result: Value?

    init(_ make: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async {
            self.result = make()
            self.finished.signal()
        }
    }

    /// The value, waiting for it if it is not ready yet.
    var value: Value {
        finished.wait()
        defer { finished.signal() }
        return result!
    }
}
