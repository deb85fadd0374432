/// The keys the lexicon files a name's forms under: the FNV-1a hash of the form as written
/// (Japanese lookups), and of the form folded (case and spacing, curly apostrophes; English
/// lookups). The table compiler computes them for the bundled tables at build time and the
/// binary for everything else, with these same functions, so the two always agree.
public enum FormKey {
    /// The hash of the form as written.
    @inlinable
    public static func exact(_ s: String) -> UInt64 { FNV1a.hash(s.utf8) }

    /// `exact(s)` and `folded(s)`, in one pass when folding changes nothing (no ASCII capital,
    /// space, tab or curly apostrophe: most Japanese forms).
    @inlinable
    public static func both(_ s: String) -> (exact: UInt64, folded: UInt64) {
        var s = s
        let (exact, unchanged) = s.withUTF8 { u in
            var h = FNV1a()
            var unchanged = true
            for b in u {
                h.add(b)
                if b == 0x20 || b == 0x09 || b == 0xE2 || (b >= 0x41 && b <= 0x5A) { unchanged = false }
            }
            return (h.value, unchanged)
        }
        return (exact, unchanged ? exact : folded(s))
    }

    /// The hash of the folded form (lower-case ASCII, runs of spaces and tabs one space and none
    /// at either end, ‘ ’ as '), computed without building the folded string.
    @inlinable
    public static func folded(_ s: String) -> UInt64 {
        var s = s
        return s.withUTF8 { u in
            var h = FNV1a()
            var pendingSpace = false, started = false
            var i = 0
            while i < u.count {
                var b = u[i]
                if b == 0xE2, i + 2 < u.count, u[i + 1] == 0x80, u[i + 2] == 0x98 || u[i + 2] == 0x99 { b = 0x27; i += 2 }  // ’ ‘ → '
                i += 1
                if b == 0x20 || b == 0x09 { pendingSpace = started; continue }
                if pendingSpace { h.add(0x20); pendingSpace = false }
                if b >= 0x41 && b <= 0x5A { b += 32 }
                h.add(b)
                started = true
            }
            return h.value
        }
    }

    /// The keys of one lexicon row, in the order the lexicon reads them: the id's exact key, each
    /// English form's folded key, then each Japanese form's exact and folded keys.
    public static func row(id: String, english: [String], japanese: [String]) -> [UInt64] {
        var keys = [exact(id)]
        keys.reserveCapacity(1 + english.count + 2 * japanese.count)
        for f in english { keys.append(folded(f)) }
        for f in japanese {
            let k = both(f)
            keys.append(k.exact)
            keys.append(k.folded)
        }
        return keys
    }
}
