#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// Elapsed time for the bench, from the standard library's `ContinuousClock`: monotonic (immune
/// to NTP and manual clock changes), so differences between two readings are real elapsed time
/// even on a busy machine. Readings are nanoseconds since this process first asked.
enum MonotonicClock {
    private static let origin = ContinuousClock.now

    static func nanoseconds() -> UInt64 {
        nanoseconds(in: ContinuousClock.now - origin)
    }

    static func nanoseconds(in duration: Duration) -> UInt64 {
        let (seconds, attoseconds) = duration.components
        return UInt64(max(0, seconds)) * 1_000_000_000 + UInt64(max(0, attoseconds)) / 1_000_000_000
    }

    /// Runs `body` and returns its result with the nanoseconds it took.
    static func measure<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> (T, UInt64) {
        let start = ContinuousClock.now
        let value = try body()
        return (value, nanoseconds(in: ContinuousClock.now - start))
    }
}
