/// Timings of repeated runs. Medians, not means, are reported because one stray scheduler
/// hiccup or page-cache miss would drag a mean far from what a user typically sees.
struct Samples: Sendable {
    private(set) var nanoseconds: [UInt64] = []

    var count: Int { nanoseconds.count }
    var total: UInt64 { nanoseconds.reduce(0, +) }

    mutating func append(_ ns: UInt64) { nanoseconds.append(ns) }

    var medianMs: Double { Self.ms(percentile(50)) }
    var minMs: Double { Self.ms(nanoseconds.min() ?? 0) }
    var p99Ms: Double { Self.ms(percentile(99)) }
    var samplesMs: [Double] { nanoseconds.map(Self.ms) }

    /// Nearest-rank percentile; the median of an even count averages the two middle values.
    func percentile(_ p: Double) -> Double {
        guard !nanoseconds.isEmpty else { return 0 }
        let sorted = nanoseconds.sorted()
        if p == 50 {
            let mid = sorted.count / 2
            return sorted.count % 2 == 1 ? Double(sorted[mid]) : (Double(sorted[mid - 1]) + Double(sorted[mid])) / 2
        }
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return Double(sorted[min(sorted.count - 1, max(0, rank - 1))])
    }

    static func ms(_ ns: Double) -> Double { ns / 1e6 }
    static func ms(_ ns: UInt64) -> Double { Double(ns) / 1e6 }
}
