/// A query term made ready to run: each word expanded through the lexicon to every English and
/// Japanese form, so `who said LNG` also finds 液化天然ガス.
public indirect enum TermMatcher: Sendable, CustomStringConvertible {
    public struct Leaf: Sendable {
        public let typed: String
        /// Forms to look for, ASCII lower-cased (texts are lower-cased the same way before matching).
        public let forms: [String]
        /// Lexicon entries the word names.
        public let entries: [Int]
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
        var entries: [Int] = []
        if !literal {
            entries = lexicon.lookupIndices(word)
            if entries.isEmpty, word.hasSuffix("s"), word.count > 3 { entries = lexicon.lookupIndices(String(word.dropLast())) }
            if entries.isEmpty, word.hasSuffix("es"), word.count > 4 { entries = lexicon.lookupIndices(String(word.dropLast(2))) }
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
        return Leaf(typed: word, forms: forms.filter { !$0.isEmpty && seen.insert($0).inserted }, entries: entries)
    }

    /// ASCII lower-casing only: Japanese is left as written.
    public static func fold(_ s: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(s.unicodeScalars.count)
        for u in s.unicodeScalars {
            if u.value >= 0x41 && u.value <= 0x5A { out.unicodeScalars.append(Unicode.Scalar(u.value + 32)!) }
            else if u.value >= 0xFF21 && u.value <= 0xFF3A { out.unicodeScalars.append(Unicode.Scalar(u.value - 0xFF21 + 0x61)!) }
            else { out.unicodeScalars.append(u) }
        }
        return out
    }

    /// Whether any of `haystacks` (already folded) satisfies the term.
    public func matches(_ haystacks: [String]) -> Bool {
        switch self {
        case .leaf(let l): return l.forms.contains { f in haystacks.contains { $0.contains(f) } }
        case .and(let a, let b): return a.matches(haystacks) && b.matches(haystacks)
        case .or(let a, let b): return a.matches(haystacks) || b.matches(haystacks)
        case .not(let a): return !a.matches(haystacks)
        }
    }

    /// The first form found in `text`, for highlighting.
    public func firstForm(in folded: String) -> String? {
        switch self {
        case .leaf(let l): return l.forms.first { folded.contains($0) }
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
