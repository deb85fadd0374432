/// "Did you mean …?" for mistyped keywords.
///
/// Why Damerau–Levenshtein (the optimal-string-alignment variant): the commonest typing slip is
/// two swapped letters (`quotse`), which plain Levenshtein counts as two edits and would miss.
public enum Suggest {
    /// Edits (insert, delete, substitute, swap adjacent) needed to turn `a` into `b`.
    /// With `limit`, stops as soon as every way through is already past it (and returns limit + 1):
    /// a suggestion only cares about words within two edits.
    public static func distance(_ a: String, _ b: String, limit: Int = .max) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var prev2 = [Int](repeating: 0, count: y.count + 1)
        var prev = Array(0...y.count)
        var row = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            row[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var d = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    d = min(d, prev2[j - 2] + 1)
                }
                row[j] = d
            }
            if limit < .max, row.min()! > limit { return limit + 1 }
            (prev2, prev, row) = (prev, row, prev2)
        }
        return prev[y.count]
    }

    /// The nearest candidate within 2 edits (1 edit for words of four letters or fewer, where two
    /// edits would turn almost anything into anything), ties going to the earlier candidate.
    /// Returns nil for an exact match: repeating the user's own word back is no help.
    /// `edits` narrows how far a candidate may be (see `closeEdits`).
    public static func nearest(to word: String, among candidates: [String], edits: Int? = nil) -> String? {
        let typed = word.lowercased()
        let length = typed.unicodeScalars.count
        guard length > 0, length <= 32 else { return nil }
        let allowed = min(edits ?? 2, length <= 4 ? 1 : 2)
        var best: (word: String, distance: Int)?
        for candidate in candidates {
            // A word has no more scalars than bytes: most candidates are too short or too long,
            // and are skipped before counting or lower-casing them.
            if candidate.utf8.count < length - allowed { continue }
            if abs(candidate.unicodeScalars.count - length) > allowed { continue }
            let d = distance(typed, candidate.lowercased(), limit: allowed)
            if d == 0 { return nil }
            if d <= allowed, d < (best?.distance ?? Int.max) { best = (candidate, d) }
        }
        return best?.word
    }

    /// Edits a "did you mean" for a word of the record may be away: one for a word of up to
    /// five letters, two beyond. Two edits turn a short word into another real one (taken →
    /// taxes); a longer word with two slips (tarrifs) is still itself.
    public static func closeEdits(_ word: String) -> Int { word.unicodeScalars.count <= 5 ? 1 : 2 }
}
