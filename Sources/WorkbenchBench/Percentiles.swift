/// Summary statistics of durations in milliseconds (nearest-rank percentiles).
struct Percentiles {
    let count: Int
    let p50: Double
    let p95: Double
    let p99: Double
    let max: Double

    init(_ samples: [Double]) {
        let sorted = samples.sorted()
        count = sorted.count
        func rank(_ fraction: Double) -> Double {
            guard !sorted.isEmpty else { return 0 }
            let index = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
            return sorted[Swift.max(0, Swift.min(sorted.count - 1, index))]
        }
        p50 = rank(0.50)
        p95 = rank(0.95)
        p99 = rank(0.99)
        max = sorted.last ?? 0
    }

    var json: String {
        "{\"count\": \(count), \"p50\": \(format(p50)), \"p95\": \(format(p95)), \"p99\": \(format(p99)), \"max\": \(format(max))}"
    }
}

/// Milliseconds with microsecond resolution, as a JSON number.
func format(_ milliseconds: Double) -> String {
    let micro = Int((milliseconds * 1000).rounded())
    let fraction = String(micro % 1000)
    return "\(micro / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
}

extension Duration {
    var milliseconds: Double {
        let parts = components
        return Double(parts.seconds) * 1000 + Double(parts.attoseconds) / 1e15
    }
}
