#if canImport(Glibc)
import Glibc
#endif

/// Finding one byte string inside another in time linear in the text, whatever the two hold.
///
/// Why not the obvious loop: comparing the needle at every position costs up to
/// needle × haystack steps when both are runs of one byte (a 50 KB term of `a`s against a 1 MB
/// line of `a`s is 50 billion comparisons). The search starts as that obvious loop, which is the
/// fastest on real text (a `memchr` jump to each occurrence of the needle's last byte, a short
/// compare), but counts its comparisons; past a budget proportional to the haystack it hands over to
/// Knuth–Morris–Pratt, which never looks back and so finishes within 2 × (haystack + needle).
/// Every caller that looks for a term in text (the term matcher, highlighting) comes here.
enum ByteSearch {
    /// Comparisons the quick loop may spend, per haystack byte, before KMP takes over.
    static let quickBudgetPerByte = 4

    /// Where `needle` first starts in `haystack` at or after `from`.
    static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard from <= haystack.count else { return nil }
        return firstIndex(of: needle, in: haystack, within: from..<haystack.count)
    }

    /// Where `needle` first starts inside `haystack[range]` (an index of `haystack`): a sentence
    /// of a record, or the rest of a text after the last hit, searched where it lies rather than
    /// copied out first (callers loop over hits, and a copy per hit made the loop quadratic).
    static func firstIndex(of needle: [UInt8], in haystack: [UInt8], within range: Range<Int>) -> Int? {
        precondition(range.lowerBound >= 0 && range.upperBound <= haystack.count)
        if needle.isEmpty { return range.lowerBound }
        if range.count < needle.count { return nil }
        var steps = 0
        return haystack.withUnsafeBufferPointer { whole in
            let h = UnsafeBufferPointer(rebasing: whole[range])
            return needle.withUnsafeBufferPointer { n -> Int? in
                switch quickSearch(h, n, steps: &steps) {
                case .found(let i): return i + range.lowerBound
                case .absent: return nil
                case .overBudget: return kmpSearch(h, n, steps: &steps).map { $0 + range.lowerBound }
                }
            }
        }
    }

    /// Whether `needle` occurs in `haystack` (an empty needle always does).
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        var steps = 0
        return firstIndex(of: needle, in: haystack, steps: &steps) != nil
    }

    /// Where `needle` first starts in `haystack`; `steps` counts byte comparisons and table
    /// steps, so tests can bound the work without timing it.
    static func firstIndex(of needle: [UInt8], in haystack: [UInt8], steps: inout Int) -> Int? {
        if needle.isEmpty { return 0 }
        if haystack.count < needle.count { return nil }
        return haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                switch quickSearch(h, n, steps: &steps) {
                case .found(let i): return i
                case .absent: return nil
                case .overBudget: return kmpSearch(h, n, steps: &steps)
                }
            }
        }
    }

    private enum Quick { case found(Int), absent, overBudget }

    /// The obvious loop, within a comparison budget: `memchr` jumps to each place the needle's
    /// last byte stands (for Japanese a continuation byte, far rarer than the lead bytes every
    /// kana shares), and `memcmp` checks the rest there. Each memchr scans bytes no earlier one
    /// did, so the jumps are linear in the haystack and count one step each; a compare counts
    /// the needle's length.
    private static func quickSearch(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>, steps: inout Int) -> Quick {
        guard let hBase = h.baseAddress, let nBase = n.baseAddress else { return .absent }
        let budget = quickBudgetPerByte * h.count + n.count
        let m = n.count, lastByte = Int32(n[m - 1])
        var spent = 0
        var end = m - 1  // where the needle's last byte must stand
        while end < h.count {
            spent += 1
            guard let hit = memchr(hBase + end, lastByte, h.count - end) else { break }
            end = hBase.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            spent += m
            if m == 1 || memcmp(hBase + (end - m + 1), nBase, m - 1) == 0 {
                steps += spent
                return .found(end - m + 1)
            }
            if spent > budget { steps += spent; return .overBudget }
            end += 1
        }
        steps += spent
        return .absent
    }

    /// Knuth–Morris–Pratt: the failure table costs at most 2 × needle steps, the scan at most
    /// 2 × haystack.
    private static func kmpSearch(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>, steps: inout Int) -> Int? {
        var failure = [Int](repeating: 0, count: n.count)
        var k = 0
        for i in 1..<max(1, n.count) {
            while k > 0 && n[i] != n[k] { k = failure[k - 1]; steps += 1 }
            steps += 1
            if n[i] == n[k] { k += 1 }
            failure[i] = k
        }
        var matched = 0
        for i in 0..<h.count {
            while matched > 0 && h[i] != n[matched] { matched = failure[matched - 1]; steps += 1 }
            steps += 1
            if h[i] == n[matched] {
                matched += 1
                if matched == n.count { return i - n.count + 1 }
            }
        }
        return nil
    }
}
