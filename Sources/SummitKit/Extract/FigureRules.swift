/// Amounts and quantities (1兆ドル, およそ1500億円, 3000億ドル以上, 三千億円, 80年近く): the
/// number, its unit, its qualifier and what it measures; ordinals (第5条, 1期目) kept apart.
/// A class, not a struct: the rules hold the tables and lexicon, and a value copy of all of that
/// on every call from the scanning loop was the extractor's largest cost.
final class FigureRules: Sendable {
    /// The tables' extraction vocabulary, held here: the scanning loops read it directly.
    let words: ExtractionTables.Words
    let lexicon: Lexicon

    init(tables: ExtractionTables, lexicon: Lexicon) {
        let words = tables.words
        self.words = words
        self.lexicon = lexicon
    }

    struct Draft {
        var range: Range<Int>          // number + unit
        var value: Double
        var unit: ExtractionTables.UnitForm
        var qualifier: FigureQualifier = .exact
        var outer: Range<Int>          // with qualifiers
        var about: String?
        var ordinal: Bool
    }

    static let particlesBefore: [[UInt8]] = ["を", "は", "が", "も"].map { Array($0.utf8) }
    static let no = Array("の".utf8)
    /// Where a following "の…" phrase ends (1000億ドルの赤字を → 赤字).
    static let phraseEnders: [[UInt8]] = ["を", "が", "は", "に", "で", "と", "も", "、", "。", "」", "へ"].map { Array($0.utf8) }
    static let maxAboutCharacters = 20

    /// Every figure in `range` outside the `claimed` spans (times), left to right. `candidates`
    /// are the places a number could start.
    func scan(_ bytes: [UInt8], _ range: Range<Int>, candidates: [Int], skipping claimed: [Range<Int>]) -> [Draft] {
        var out: [Draft] = []
        // Worked out at the first number: most sentences have none.
        var urls: [Range<Int>]? = nil
        var next = range.lowerBound
        for i in candidates where i >= next {
            guard JapaneseNumber.startsNumber(bytes, i, range.upperBound), !claimed.contains(where: { $0.contains(i) }) else { continue }
            let inURLs = urls ?? Self.urlSpans(bytes, range)
            urls = inURLs
            guard !inURLs.contains(where: { $0.contains(i) }), !continuesIdentifier(bytes, i, range),
                  let n = JapaneseNumber.parse(bytes, at: i, end: range.upperBound), n.end > i else { continue }
            next = n.end
            guard let unit = words.units.first(where: { UTF8Bytes.matches(bytes, at: n.end, $0.form, limit: range.upperBound) }) else { continue }
            if unit.kind == .none { continue }
            var unitEnd = n.end + unit.form.count
            if words.notFigures.contains(where: { $0.unit == unit.form && $0.value == n.value && UTF8Bytes.endsWith(bytes, at: i, $0.before, lower: range.lowerBound) }) {
                continue
            }
            var value = n.value * unit.scale
            // ２時間半, １年半: a fraction after a duration belongs to it.
            if unit.kind == .duration, let f = words.fractions.first(where: { UTF8Bytes.matches(bytes, at: unitEnd, $0.form, limit: range.upperBound) }) {
                value += f.value * unit.scale; unitEnd += f.form.count
            }
            if unitEnd < range.upperBound, CharClass.at(bytes, unitEnd) == .asciiLetter { continue }
            // Kanji numerals are words too (十分 = enough, 一方 = while): count them only with a scale or a currency.
            if n.kanjiOnly && !(n.hasScale || unit.kind == .currency) { continue }
            let ordinalPrefix = words.ordinalPrefixes.contains { UTF8Bytes.endsWith(bytes, at: i, $0, lower: range.lowerBound) }
            var d = Draft(range: i..<unitEnd, value: value, unit: unit, outer: i..<unitEnd,
                          ordinal: ordinalPrefix || unit.kind == .ordinal)
            if ordinalPrefix, let p = words.ordinalPrefixes.first(where: { UTF8Bytes.endsWith(bytes, at: i, $0, lower: range.lowerBound) }) {
                d.range = (i - p.count)..<unitEnd; d.outer = d.range
            }
            if !d.ordinal { qualify(&d, bytes, range) }
            out.append(d)
        }
        mergeRanges(&out, bytes)
        for k in out.indices where !out[k].ordinal { out[k].about = about(out[k], bytes, range) }
        return out
    }

    /// 54兆円から55兆円: two amounts of one unit joined by から (or 〜) are one figure, a range
    /// whose value is its middle.
    private func mergeRanges(_ drafts: inout [Draft], _ bytes: [UInt8]) {
        var k = 0
        while k + 1 < drafts.count {
            let a = drafts[k], b = drafts[k + 1]
            let joined = !a.ordinal && !b.ordinal && a.unit.code == b.unit.code && a.value < b.value
                && words.rangeJoiners.contains { UTF8Bytes.matches(bytes, at: a.outer.upperBound, $0) && a.outer.upperBound + $0.count == b.outer.lowerBound }
            if joined {
                drafts[k].range = a.range.lowerBound..<b.range.upperBound
                drafts[k].outer = a.outer.lowerBound..<b.outer.upperBound
                drafts[k].value = (a.value + b.value) / 2
                drafts[k].qualifier = .range
                drafts.remove(at: k + 1)
            }
            k += 1
        }
    }

    /// A digit glued to letters or a slash is part of an identifier (k10014716491, G7), not a figure.
    private func continuesIdentifier(_ bytes: [UInt8], _ i: Int, _ range: Range<Int>) -> Bool {
        guard i > range.lowerBound else { return false }
        let p = UTF8Bytes.previousStart(bytes, before: i, lower: range.lowerBound)
        let c = CharClass.at(bytes, p)
        if c == .asciiLetter || c == .digit || c == .fullwidthDigit { return true }
        return bytes[p] == 0x2F || bytes[p] == 0x5F || bytes[p] == 0x2E || bytes[p] == 0x2D || bytes[p] == 0x3D
    }

    private func qualify(_ d: inout Draft, _ bytes: [UInt8], _ range: Range<Int>) {
        for q in words.qualifiers where q.before && UTF8Bytes.endsWith(bytes, at: d.range.lowerBound, q.form, lower: range.lowerBound) {
            d.qualifier = FigureQualifier(rawValue: q.meaning) ?? .about
            d.outer = (d.range.lowerBound - q.form.count)..<d.outer.upperBound
            break
        }
        for q in words.qualifiers where !q.before && UTF8Bytes.matches(bytes, at: d.range.upperBound, q.form, limit: range.upperBound) {
            d.qualifier = FigureQualifier(rawValue: q.meaning) ?? .about
            d.outer = d.outer.lowerBound..<(d.range.upperBound + q.form.count)
            break
        }
    }

    /// What the figure measures: the noun marked by を/は/が right before it (対米投資額を1兆ドル),
    /// unless that noun is a country, person or organization (韓国は500億ドル近くの投資 is about
    /// 投資); else the noun after "の" (1000億ドルの赤字).
    private func about(_ d: Draft, _ bytes: [UInt8], _ range: Range<Int>) -> String? {
        var end = d.outer.lowerBound
        if UTF8Bytes.endsWith(bytes, at: end, UTF8Bytes.comma, lower: range.lowerBound) { end -= 3 }
        for p in Self.particlesBefore where UTF8Bytes.endsWith(bytes, at: end, p, lower: range.lowerBound) {
            let nounEnd = end - p.count
            var s = nounEnd
            while s > range.lowerBound {
                let q = UTF8Bytes.previousStart(bytes, before: s, lower: range.lowerBound)
                let c = CharClass.at(bytes, q)
                guard c == .kanji || c == .katakana || c == .asciiLetter || c == .digit else { break }
                s = q
            }
            if s < nounEnd {
                let noun = UTF8Bytes.string(bytes, s..<nounEnd)
                let isEntity = lexicon.entries(japanese: noun).contains { $0.kind != .topic }
                if !isEntity { return widened(noun, start: s, end: nounEnd, bytes, range) }
            }
            break
        }
        var i = d.outer.upperBound
        guard UTF8Bytes.matches(bytes, at: i, Self.no, limit: range.upperBound) else { return nil }
        i += Self.no.count
        let start = i
        var chars = 0
        while i < range.upperBound && chars < Self.maxAboutCharacters {
            if Self.phraseEnders.contains(where: { UTF8Bytes.matches(bytes, at: i, $0, limit: range.upperBound) }) { break }
            i += UTF8Bytes.sequenceLength(bytes[i]); chars += 1
        }
        return i > start ? UTF8Bytes.string(bytes, start..<i) : nil
    }

    /// How a modifier joins the noun after it (少人数での会談, 少人数の会談), longest first.
    static let modifierJoints = [Array("での".utf8), Array("の".utf8)]

    /// 少人数の会談を30分間: the noun (会談) with the modifier joined to it by の, when the lexicon
    /// lists the longer phrase as a topic (少人数の会談, a small-group meeting): the figure measures
    /// that, not the talks as a whole.
    private func widened(_ noun: String, start: Int, end: Int, _ bytes: [UInt8], _ range: Range<Int>) -> String {
        guard let joint = Self.modifierJoints.first(where: { UTF8Bytes.endsWith(bytes, at: start, $0, lower: range.lowerBound) }) else { return noun }
        let modifierEnd = start - joint.count
        var s = modifierEnd
        while s > range.lowerBound {
            let q = UTF8Bytes.previousStart(bytes, before: s, lower: range.lowerBound)
            let c = CharClass.at(bytes, q)
            guard c == .kanji || c == .katakana else { break }
            s = q
        }
        guard s < modifierEnd else { return noun }
        let phrase = UTF8Bytes.string(bytes, s..<end)
        return lexicon.entries(japanese: phrase).contains { $0.kind == .topic } ? phrase : noun
    }

    /// "A、日本円にしておよそB": a stated equivalence between two currency figures in a row.
    func equivalences(_ drafts: [Draft], _ bytes: [UInt8]) -> [(Int, Int, String)] {
        var out: [(Int, Int, String)] = []
        for k in drafts.indices.dropLast() {
            let a = drafts[k], b = drafts[k + 1]
            guard !a.ordinal, !b.ordinal, a.unit.kind == .currency, b.unit.kind == .currency, a.unit.code != b.unit.code else { continue }
            var s = a.outer.upperBound
            if UTF8Bytes.matches(bytes, at: s, UTF8Bytes.comma) { s += 3 }
            for e in words.equivalences where e.currency == b.unit.code && UTF8Bytes.matches(bytes, at: s, e.form) && s + e.form.count == b.outer.lowerBound {
                out.append((k, k + 1, UTF8Bytes.string(bytes, a.outer.lowerBound..<b.outer.upperBound)))
            }
        }
        return out
    }

    /// Spans of URLs (scheme://… up to the first space or non-ASCII byte): their digits are not figures.
    static let schemeMarker = Array("://".utf8)

    static func urlSpans(_ bytes: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var from = range.lowerBound
        let marker = schemeMarker
        while let hit = UTF8Bytes.find(bytes, marker, from: from, to: range.upperBound) {
            var s = hit
            while s > range.lowerBound, CharClass.of(Unicode.Scalar(bytes[s - 1])) == .asciiLetter, bytes[s - 1] < 0x80 { s -= 1 }
            var e = hit + marker.count
            while e < range.upperBound, bytes[e] > 0x20, bytes[e] < 0x80 { e += 1 }
            spans.append(s..<e)
            from = e
        }
        return spans
    }
}
