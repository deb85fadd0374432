/// Where a set of patterns can begin, judged by the first two characters at a position.
/// Scanners ask it before walking a trie: most positions in a sentence begin no name, title or
/// time word, and a couple of bit tests are far cheaper than a trie walk.
///
/// Characters are keyed by the low 16 bits of their code point and character pairs by a hash of
/// both, so unrelated text can share a bit: that lets a few extra positions through to the exact
/// check, and never keeps a match out. Text bytes are read without validating them, with the
/// same effect.
struct StartFilter: Sendable {
    /// First characters of every pattern.
    private var firsts = Bitmap()
    /// First two characters of the patterns that have two or more.
    private var pairs = Bitmap()
    /// Patterns of one character (a digit, say): these match on the first character alone.
    private var singles = Bitmap()
    private var hasSingles = false
    /// Whether some pattern starts outside the Basic Multilingual Plane (a four-byte sequence).
    private var anyAstral = false

    init() {}

    mutating func insert(_ pattern: [UInt8]) {
        guard !pattern.isEmpty else { return }
        let (c1, n1) = UTF8Bytes.characterKey(pattern, 0, pattern.count)
        guard c1 != UTF8Bytes.astralKey else { anyAstral = true; return }
        firsts.set(c1)
        if n1 >= pattern.count {
            singles.set(c1); hasSingles = true
        } else {
            let (c2, _) = UTF8Bytes.characterKey(pattern, n1, pattern.count)
            if c2 == UTF8Bytes.astralKey { anyAstral = true } else { pairs.set(Self.pairKey(c1, c2)) }
        }
    }

    /// Lets through whatever `other` lets through, too.
    mutating func formUnion(_ other: StartFilter) {
        firsts.formUnion(other.firsts)
        pairs.formUnion(other.pairs)
        singles.formUnion(other.singles)
        hasSingles = hasSingles || other.hasSingles
        anyAstral = anyAstral || other.anyAstral
    }

    /// Every first character, by its `UTF8Bytes.characterKey`.
    func forEachFirstCharacter(_ body: (Int) -> Void) {
        firsts.forEach(body)
        if anyAstral { body(UTF8Bytes.astralKey) }
    }

    /// Whether a pattern may start at `i` and end by `limit`; false only when none can.
    @inline(__always)
    func mayStart(_ bytes: [UInt8], _ i: Int, _ limit: Int) -> Bool {
        let (c1, n1) = UTF8Bytes.characterKey(bytes, i, limit)
        guard c1 != UTF8Bytes.astralKey else { return anyAstral }
        guard firsts.contains(c1) else { return false }
        if hasSingles && singles.contains(c1) { return true }
        guard i + n1 < limit else { return false }
        let (c2, _) = UTF8Bytes.characterKey(bytes, i + n1, limit)
        guard c2 != UTF8Bytes.astralKey else { return anyAstral }
        return pairs.contains(Self.pairKey(c1, c2))
    }

    @inline(__always)
    private static func pairKey(_ a: Int, _ b: Int) -> Int {
        Int(truncatingIfNeeded: (UInt32(truncatingIfNeeded: a << 16 | b) &* 0x9E37_79B1) >> 16)
    }

    /// One bit for each of 65,536 keys.
    private struct Bitmap: Sendable {
        var words = [UInt64](repeating: 0, count: 1024)
        mutating func set(_ key: Int) { words[key >> 6] |= 1 << UInt64(key & 63) }
        @inline(__always) func contains(_ key: Int) -> Bool { words[key >> 6] & (1 << UInt64(key & 63)) != 0 }
        mutating func formUnion(_ other: Bitmap) {
            for k in words.indices { words[k] |= other.words[k] }
        }
        func forEach(_ body: (Int) -> Void) {
            for (k, w) in words.enumerated() where w != 0 {
                for bit in 0..<64 where w & (1 << UInt64(bit)) != 0 { body(k << 6 | bit) }
            }
        }
    }
}
