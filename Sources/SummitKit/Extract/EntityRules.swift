/// Names in the text: every lexicon form (longest first, ASCII forms on word boundaries) and
/// every titled name the lexicon does not know.
/// A class, not a struct: the rules hold the tables and lexicon, and a value copy of all of that
/// on every call from the scanning loop was the extractor's largest cost.
final class EntityRules: Sendable {
    let lexicon: Lexicon
    let patterns: LexiconPatterns
    let names: NameRules
    let tables: ExtractionTables
    private let orgSuffixes: BytePatternSet
    /// Where any of the three checks below could match: a lexicon form, a title or an
    /// organization suffix.
    let starts: StartFilter

    init(lexicon: Lexicon, patterns: LexiconPatterns, names: NameRules, tables: ExtractionTables) {
        self.lexicon = lexicon
        self.patterns = patterns
        self.names = names
        self.tables = tables
        var set = BytePatternSet.Builder()
        var starts = patterns.textStarts
        for (i, s) in tables.words.orgSuffixes.enumerated() {
            set.insert(s, value: i)
            starts.insert(s)
        }
        orgSuffixes = set.frozen()
        for t in tables.words.titles { starts.insert(t.form) }
        self.starts = starts
    }

    enum Hit {
        case lexicon(entry: Int, range: Range<Int>)
        /// A shorter form inside a longer one (台湾 in 台湾海峡): a mention for search, not a separate name.
        case inner(entry: Int, range: Range<Int>)
        case titled(NameRules.TitledName)
        case organization(name: String, range: Range<Int>)
    }

    /// Every name in `range`, left to right, into `hits` (emptied first; a buffer the caller
    /// reuses from sentence to sentence). `candidates` are the places a name could start.
    func scan(_ bytes: [UInt8], _ range: Range<Int>, candidates: [Int], into hits: inout [Hit]) {
        hits.removeAll(keepingCapacity: true)
        var next = range.lowerBound
        var lastEnd = range.lowerBound
        for var i in candidates where i >= next {
            defer { next = i }
            if !starts.mayStart(bytes, i, range.upperBound) { continue }
            if let m = patterns.textPatterns.longestMatchNode(in: bytes, at: i, limit: range.upperBound), onBoundary(bytes, i, m.end, range) {
                hits.append(.lexicon(entry: m.value, range: i..<m.end))
                for f in patterns.innerForms(endingOn: m.node) {
                    hits.append(.inner(entry: f.entry, range: (i + f.offset)..<(i + f.offset + f.length)))
                }
                var end = m.end
                // A title that begins with a topic word (外務大臣, 経済産業大臣) still names the
                // person before it, and no shorter title inside it (大臣) names anyone else.
                if lexicon.entries[m.value].kind == .topic, let length = names.titleLength(at: i, in: bytes, upper: range.upperBound) {
                    if let t = unknownTitledName(titleAt: i, bytes, lower: lastEnd, upper: range.upperBound) { hits.append(.titled(t)) }
                    end = max(end, i + length)
                }
                i = end; lastEnd = end
                continue
            }
            if let length = names.titleLength(at: i, in: bytes, upper: range.upperBound) {
                // A title with no name before it (私も総理大臣に) is a word, and so is any title inside it (大臣).
                if let t = unknownTitledName(titleAt: i, bytes, lower: lastEnd, upper: range.upperBound) {
                    hits.append(.titled(t))
                }
                i += length; lastEnd = i
                continue
            }
            // An organization suffix counts only after katakana (E3 82 A0 – E3 83 BF), so look only there.
            if i - 3 >= lastEnd, bytes[i - 3] == 0xE3, bytes[i - 2] == 0x82 || bytes[i - 2] == 0x83,
               let o = organization(endingAfter: i, bytes, lower: lastEnd, upper: range.upperBound) {
                hits.append(o)
                if case .organization(_, let r) = o { i = r.upperBound; lastEnd = i }
                continue
            }
        }
    }

    /// The name before the title at `i`, when the lexicon knows neither it nor the whole.
    private func unknownTitledName(titleAt i: Int, _ bytes: [UInt8], lower: Int, upper: Int) -> NameRules.TitledName? {
        guard let t = names.titledName(titleAt: i, in: bytes, lower: lower, upper: upper),
              lexicon.entries(japanese: t.name).isEmpty, lexicon.entries(japanese: t.name + t.title).isEmpty else { return nil }
        return t
    }

    /// ASCII forms (LNG, AI) must not sit inside a longer ASCII word (MAIL, LNGs are fine).
    private func onBoundary(_ bytes: [UInt8], _ s: Int, _ e: Int, _ range: Range<Int>) -> Bool {
        func isWordByte(_ x: UInt8) -> Bool { (x >= 0x41 && x <= 0x5A) || (x >= 0x61 && x <= 0x7A) || (x >= 0x30 && x <= 0x39) }
        if s > range.lowerBound && isWordByte(bytes[s]) && isWordByte(bytes[s - 1]) { return false }
        if e < range.upperBound && isWordByte(bytes[e - 1]) && isWordByte(bytes[e]) && !(bytes[e] == 0x73 && (e + 1 == range.upperBound || !isWordByte(bytes[e + 1]))) { return false }
        return true
    }

    /// A run of two to ten katakana followed by an organization suffix that starts at `i`
    /// (トヨタ自動車, ソフトバンクグループ).
    private func organization(endingAfter i: Int, _ bytes: [UInt8], lower: Int, upper: Int) -> Hit? {
        guard let m = orgSuffixes.longestMatch(in: bytes, at: i, limit: upper) else { return nil }
        var s = i
        var chars = 0
        while s > lower && chars < 10 {
            let p = UTF8Bytes.previousStart(bytes, before: s, lower: lower)
            guard CharClass.at(bytes, p) == .katakana else { break }
            s = p; chars += 1
        }
        guard chars >= 2 else { return nil }
        let r = s..<m.end
        return .organization(name: UTF8Bytes.string(bytes, r), range: r)
    }
}
