/// A query term made ready to run: each word expanded through the lexicon to every English and
/// Japanese form, so `who said LNG` also finds 液化天然ガス.
public indirect enum TermMatcher: Sendable, CustomStringConvertible {
    public struct Leaf: Sendable {
        public let typed: String
        /// Forms to look for, ASCII lower-cased (texts are lower-cased the same way before matching).
        public let forms: [String]
        /// The same forms as UTF-8, for byte search.
        let formBytes: [[UInt8]]
        /// Lexicon entries the word names.
        public let entries: [Int]
        /// English forms only (ASCII), for matching an English rendering by whole words.
        let englishBytes: [[UInt8]]
    }
    case leaf(Leaf)
    case and(TermMatcher, TermMatcher)
    case or(TermMatcher, TermMatcher)
    case not(TermMatcher)

    public init(_ term: Term, lexicon: Lexicon) {
        switch term {
        case .word(let w): self = .leaf(Self.leaf(w, lexicon: lexicon, literal: false))
        case .quoted(let w): self = .leaf(Self.leaf(w, lexicon: lexicon, literal: true))
        case .and(let a, let b): self = .and(TermMatcher(a, lexicon: lexicon), TermMatcher(b, lexicon: lexicon))
        case .or(let a, let b): self = .or(TermMatcher(a, lexicon: lexicon), TermMatcher(b, lexicon: lexicon))
        case .not(let a): self = .not(TermMatcher(a, lexicon: lexicon))
        }
    }

    /// A word's forms: itself, and for a lexicon word all the entry's forms. English plurals
    /// fold to the singular (tariffs → tariff) when only that is in the lexicon. A quoted
    /// string is taken literally.
    static func leaf(_ word: String, lexicon: Lexicon, literal: Bool) -> Leaf {
        // A quoted string is still a lexicon phrase when it names one exactly ("US Steel");
        // only the plural/singular folding is skipped.
        var entries = lexicon.lookupIndices(word)
        if !literal {
            for stem in EnglishStems.candidates(word) where entries.isEmpty { entries = lexicon.lookupIndices(stem) }
        }
        if !literal, word.count >= 4, !word.contains(" ") {
            // A word of an organization's name reaches it (steel → US Steel, Nippon Steel):
            // people ask about companies by the word they remember.
            entries += lexicon.organizations(namedWith: word).filter { !entries.contains($0) }
        }
        var forms: [String] = [fold(word)]
        for e in entries {
            let entry = lexicon.entries[e]
            for f in entry.japanese + entry.english {
                // Very short English forms ("US", "AI") match inside other words; keep them only when typed.
                if f.unicodeScalars.count < 2 { continue }
                forms.append(fold(f))
            }
        }
        var seen = Set<String>()
        let unique = forms.filter { !$0.isEmpty && seen.insert($0).inserted }
        let english = unique.filter { f in f.utf8.allSatisfy { $0 < 0x80 } && f.utf8.count >= 2 }
        return Leaf(typed: word, forms: unique, formBytes: unique.map { Array($0.utf8) }, entries: entries,
                    englishBytes: english.map { Array($0.utf8) })
    }

    /// ASCII lower-casing only (full-width Latin letters become ASCII): Japanese is left as written.
    public static func fold(_ s: String) -> String {
        if !s.utf8.contains(where: { ($0 >= 0x41 && $0 <= 0x5A) || $0 == 0xEF || $0 == 0x2D || $0 == 0xE2 }) { return s }
        return String(decoding: foldBytes(s), as: UTF8.self)
    }

    /// ASCII (and full-width Latin) lower-cased bytes of a slice of record text.
    public static func foldBytes(_ slice: ArraySlice<UInt8>) -> [UInt8] {
        slice.withUnsafeBufferPointer(foldBytes)
    }

    /// The same for a string, read where it lies (copying it into an array first was half the
    /// cost of folding every quote).
    public static func foldBytes(_ s: String) -> [UInt8] {
        var s = s
        return s.withUTF8(foldBytes)
    }

    /// Written through a pointer in one pass: every quote is folded before the first match,
    /// and an index-checked copy-then-patch loop was a tenth of a one-shot query. A run of bytes
    /// the fold leaves alone (most of a Japanese sentence) is found eight bytes at a time
    /// (`mayFold`), then with a table, and copied whole (a SIMD16 test was four times more than
    /// the table, as the generic vector code is not lowered to vector instructions).
    static func foldBytes(_ u: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: u.count) { out, written in
            guard let from = u.baseAddress, let to = out.baseAddress else { written = 0; return }
            let words = UnsafeRawPointer(from)
            written = unchangedByFolding.withUnsafeBufferPointer { unchanged in
                var i = 0, o = 0
                while i < u.count {
                    let start = i
                    while i + 8 <= u.count && !mayFold(words.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i += 8 }
                    while i < u.count && unchanged[Int(u[i])] { i += 1 }
                    if i > start {
                        (to + o).update(from: from + start, count: i - start)
                        o += i - start
                    }
                    guard i < u.count else { break }
                    let b = u[i]
                    i += 1
                    if b < 0x80 {
                        out[o] = b == 0x2D ? 0x20 : b + 32  // cutting-edge = cutting edge; A–Z
                    } else if b == 0xE2, i + 1 < u.count, u[i] == 0x80, u[i + 1] == 0x93 || u[i + 1] == 0x99 {
                        // – (en dash) reads as a space, ’ as an apostrophe: Japan–US, Japan’s.
                        out[o] = u[i + 1] == 0x93 ? 0x20 : 0x27
                        i += 2
                    } else if b == 0xEF, i + 1 < u.count, u[i] == 0xBC, u[i + 1] >= 0xA1, u[i + 1] <= 0xBA {
                        // Ａ–Ｚ become ASCII lower case, as `fold` does for strings.
                        out[o] = u[i + 1] - 0xA1 + 0x61
                        i += 2
                    } else {
                        out[o] = b
                    }
                    o += 1
                }
                return o
            }
        }
    }

    /// Whether any of the eight bytes of `x` is one the fold may change (A–Z, `-`, or the lead
    /// byte 0xE2 or 0xEF), worked out on the whole word at once: runs of Japanese text are skipped
    /// eight bytes at a time instead of one table lookup a byte. A byte equal to c leaves a zero
    /// byte in x ^ c·0x0101…; (v − 0x0101…) & ~v & 0x8080… is non-zero exactly when v has a zero
    /// byte; and 0x40 < b < 0x5B is tested on the low seven bits of each byte below 0x80.
    @inline(__always)
    static func mayFold(_ x: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs = ones &* 0x80
        @inline(__always) func hasZero(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        if hasZero(x ^ (ones &* 0x2D)) || hasZero(x ^ (ones &* 0xE2)) || hasZero(x ^ (ones &* 0xEF)) { return true }
        let low = x & (ones &* 0x7F)
        return ((ones &* (127 + 0x5B)) &- low) & ~x & (low &+ ones &* (127 - 0x40)) & highs != 0
    }

    /// Bytes the fold copies as they are: all but ASCII capitals and hyphens, and the lead bytes
    /// of the dashes, apostrophes and full-width letters it may rewrite.
    private static let unchangedByFolding: [Bool] = (0...255).map { b in
        !((b >= 0x41 && b <= 0x5A) || b == 0x2D || b == 0xE2 || b == 0xEF)
    }

    /// Whether any of `haystacks` (already folded) satisfies the term.
    public func matches(_ haystacks: [String]) -> Bool {
        matches(bytes: haystacks.map { Array($0.utf8) })
    }

    /// The same on UTF-8 bytes: a plain byte search, since both sides are already folded
    /// (Foundation's `contains` would convert and normalize every string, many times slower).
    /// `english` haystacks (a rendering, not the record's own text) match whole words only.
    public func matches(bytes haystacks: [[UInt8]], english: [[UInt8]] = []) -> Bool {
        switch self {
        case .leaf(let l):
            return l.formBytes.contains { f in haystacks.contains { Self.contains($0, f) } }
                || l.englishBytes.contains { f in english.contains { Self.containsWord($0, f) } }
        case .and(let a, let b): return a.matches(bytes: haystacks, english: english) && b.matches(bytes: haystacks, english: english)
        case .or(let a, let b): return a.matches(bytes: haystacks, english: english) || b.matches(bytes: haystacks, english: english)
        case .not(let a): return !a.matches(bytes: haystacks, english: english)
        }
    }

    /// Whether `needle` stands in `haystack` as the start of a word (tariff finds tariffs, invest
    /// finds investment); a needle shorter than four bytes must also end one (us is not in use).
    static func containsWord(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        func isWordByte(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) }
        var from = 0
        while let at = ByteSearch.firstIndex(of: needle, in: haystack, from: from) {
            let startOK = at == 0 || !isWordByte(haystack[at - 1])
            let end = at + needle.count
            let endOK = needle.count >= 4 || end == haystack.count || !isWordByte(haystack[end])
            if startOK && endOK { return true }
            from = at + 1
        }
        return false
    }

    /// Linear in the haystack for any needle (see ByteSearch).
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        ByteSearch.contains(haystack, needle)
    }

    /// The first form found in `text`, for highlighting.
    public func firstForm(in folded: String) -> String? {
        switch self {
        case .leaf(let l):
            let bytes = Array(folded.utf8)
            return zip(l.forms, l.formBytes).first { Self.contains(bytes, $0.1) }?.0
        case .and(let a, let b), .or(let a, let b): return a.firstForm(in: folded) ?? b.firstForm(in: folded)
        case .not: return nil
        }
    }

    public var leaves: [Leaf] {
        switch self {
        case .leaf(let l): return [l]
        case .and(let a, let b), .or(let a, let b): return a.leaves + b.leaves
        case .not(let a): return a.leaves
        }
    }

    /// The terms a conjunction joins ("alliance and golden age" → both), each alone: a question
    /// no line answers as a whole can still be answered part by part.
    public var conjuncts: [TermMatcher] {
        if case .and(let a, let b) = self { return a.conjuncts + b.conjuncts }
        return [self]
    }

    /// True when no leaf is negated: only then can an index of positive mentions answer it.
    public var isPositive: Bool {
        switch self {
        case .leaf: return true
        case .and(let a, let b), .or(let a, let b): return a.isPositive && b.isPositive
        case .not: return false
        }
    }

    public var description: String {
        switch self {
        case .leaf(let l): return "\"\(l.typed)\" → " + l.forms.prefix(6).joined(separator: "|") + (l.forms.count > 6 ? "|…" : "")
        case .and(let a, let b): return "(\(a)) and (\(b))"
        case .or(let a, let b): return "(\(a)) or (\(b))"
        case .not(let a): return "not (\(a))"
        }
    }
}
