import Testing
@testable import SummitKit

/// The byte search is linear in the text for every shape of term: bounded by counting its
/// steps on generated worst cases, never by timing.
@Suite struct ByteSearchTests {
    /// The documented bound: the quick loop's budget (4 per haystack byte, plus at most one
    /// needle's worth of overshoot) and KMP's 2 × (haystack + needle).
    static func bound(_ haystack: Int, _ needle: Int) -> Int { 6 * haystack + 4 * needle + 8 }

    static func naive(_ h: [UInt8], _ n: [UInt8]) -> Int? {
        if n.isEmpty { return 0 }
        if h.count < n.count { return nil }
        for i in 0...(h.count - n.count) where Array(h[i..<(i + n.count)]) == n { return i }
        return nil
    }

    /// Shapes that make the obvious loop quadratic: one repeated byte, a near-miss at the end,
    /// periodic needles, and Japanese text whose every character starts with the same byte.
    static let shapes: [(String, [UInt8], [UInt8])] = {
        let a = UInt8(ascii: "a"), b = UInt8(ascii: "b")
        let kana = Array("あ".utf8), kanaB = Array("い".utf8)
        return [
            ("run of a against a…ab", [UInt8](repeating: a, count: 200_000), [UInt8](repeating: a, count: 20_000) + [b]),
            ("a…ab against a run of a ending in b", [UInt8](repeating: a, count: 200_000) + [b], [UInt8](repeating: a, count: 20_000) + [b]),
            ("ba…a against a run of a", [UInt8](repeating: a, count: 200_000), [b] + [UInt8](repeating: a, count: 20_000)),
            ("periodic abab…abb", Array(repeatElement([a, b], count: 100_000).joined()), Array(repeatElement([a, b], count: 5_000).joined()) + [b]),
            ("kana run against kana…い", Array(repeatElement(kana, count: 60_000).joined()), Array(repeatElement(kana, count: 5_000).joined()) + kanaB),
            ("needle as long as the text", [UInt8](repeating: a, count: 50_000), [UInt8](repeating: a, count: 49_999) + [b]),
            ("needle longer than the text", [UInt8](repeating: a, count: 1_000), [UInt8](repeating: a, count: 2_000)),
        ]
    }()

    @Test(arguments: 0..<shapes.count)
    func worstCasesStayLinear(_ k: Int) {
        let (name, haystack, needle) = Self.shapes[k]
        var steps = 0
        let found = ByteSearch.firstIndex(of: needle, in: haystack, steps: &steps)
        #expect(steps <= Self.bound(haystack.count, needle.count), "\(name): \(steps) steps for \(haystack.count) + \(needle.count) bytes")
        // Cheap correctness check where the naive answer is cheap to get.
        if name.hasPrefix("a…ab") { #expect(found == haystack.count - needle.count) }
        if name.hasPrefix("run of a") || name.hasPrefix("ba…a") || name.hasPrefix("needle") || name.hasPrefix("kana") { #expect(found == nil, "\(name)") }
    }

    @Test func agreesWithTheNaiveSearchOnRandomSmallInputs() {
        var rng = SplitMix(seed: 13)
        for _ in 0..<5_000 {
            let alphabet = Int(rng.next() % 3) + 1
            let h = (0..<Int(rng.next() % 40)).map { _ in UInt8(rng.next() % UInt64(alphabet)) }
            let n = (0..<Int(rng.next() % 6)).map { _ in UInt8(rng.next() % UInt64(alphabet)) }
            var steps = 0
            #expect(ByteSearch.firstIndex(of: n, in: h, steps: &steps) == Self.naive(h, n), "\(h) \(n)")
            #expect(steps <= Self.bound(h.count, n.count))
        }
    }

    /// The term matcher's search is this one: a 50 KB term against a 1 MB line of the same byte
    /// answers (the old loop needed 50 billion comparisons).
    @Test func termMatcherUsesTheLinearSearch() {
        let line = [UInt8](repeating: UInt8(ascii: "a"), count: 1 << 20)
        let term = [UInt8](repeating: UInt8(ascii: "a"), count: 50_000) + [UInt8(ascii: "b")]
        #expect(!TermMatcher.contains(line, term))
        #expect(TermMatcher.contains(line + [UInt8(ascii: "b")], term))
        let matcher = TermMatcher.leaf(.init(typed: "x", forms: [String(decoding: term, as: UTF8.self)], formBytes: [term], entries: [], englishBytes: []))
        #expect(!matcher.matches(bytes: [line]))
        #expect(matcher.firstForm(in: String(decoding: line, as: UTF8.self)) == nil)
    }
}

/// A small deterministic generator, so a failure reproduces.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
