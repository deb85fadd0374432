#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// Wall-clock time that never jumps: CLOCK_MONOTONIC is immune to NTP and manual clock changes,
/// so differences between two readings are real elapsed time even on a busy machine.
enum MonotonicClock {
    static func nanoseconds() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }

    /// Runs `body` and returns its result with the nanoseconds it took.
    static func measure<T>(_ body: () throws -> T) rethrows -> (T, UInt64) {
        let start = nanoseconds()
        let value = try body()
        return (value, nanoseconds() - start)
    }
}
