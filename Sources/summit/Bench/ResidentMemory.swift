#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// Reads this process's resident memory from /proc, the kernel's own accounting, so the figure
/// includes allocator overhead and fragmentation, not just what Swift objects nominally hold.
enum ResidentMemory {
    static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// Resident bytes now: the second field of /proc/self/statm (pages) times the page size.
    static func current() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * pageSize
    }

    /// Peak resident bytes (VmHWM) since start or since the last `resetPeak()`.
    static func peak() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.split(separator: " ").compactMap { Int($0) }
            return digits.first.map { $0 * 1024 }
        }
        return nil
    }

    /// Resets VmHWM to the current RSS (writing 5 to clear_refs, Linux ≥ 4.0), so a peak can be
    /// measured for one step. Returns false where the kernel refuses; the peak is then left out.
    static func resetPeak() -> Bool {
        let fd = open("/proc/self/clear_refs", O_WRONLY)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return write(fd, "5", 1) == 1
    }

    /// Hands freed heap back to the kernel first; otherwise memory freed by an earlier run is
    /// reused without growing RSS and the next measurement would under-count.
    /// glibc's malloc_trim is looked up at run time: Swift's Glibc module does not export
    /// <malloc.h>, and other C libraries (musl) have no such call, where this does nothing.
    static func releaseFreeHeap() {
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
    }
}
