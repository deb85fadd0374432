/// The rules that tell a quote from a name in brackets, and find who said it and about what.
/// A class, not a struct: the rules hold the tables and lexicon, and a value copy of all of that
/// on every call from the scanning loop was the extractor's largest cost.
final class QuoteRules: Sendable {
    let tables: ExtractionTables
    let lexicon: Lexicon
    let names: NameRules
    /// Where a topic marker (について, を念頭に …) can start: the backward walk for a topic asks
    /// at every character.
    let markerStarts: StartFilter
    /// The settings (会見, 冒頭 …), to find them all in one pass over a topic phrase.
    let settingPatterns: BytePatternSet

    init(tables: ExtractionTables, lexicon: Lexicon, names: NameRules) {
        self.tables = tables
        self.lexicon = lexicon
        self.names = names
        var starts = StartFilter()
        for m in tables.topicMarkers { starts.insert(m) }
        markerStarts = starts
        var settings = BytePatternSet.Builder()
        for (i, s) in tables.settings.enumerated() { settings.insert(s, value: i) }
        settingPatterns = settings.frozen()
    }

    static let to = Array("と".utf8)
    static let wa = Array("は".utf8)
    static let ga = Array("が".utf8)
    static let de = Array("で".utf8)
    /// How many characters an adverb between と and the verb may have (」とにこやかに述べて).
    static let maxAdverbCharacters = 6

    /// The reporting verb after 」 that makes a bracket a quote, if any.
    func reportingVerb(after pair: BracketPair, limit: Int, bytes: [UInt8]) -> ExtractionTables.ReportingVerb? {
        var i = pair.close + 3
        for t in tables.quoteTails where UTF8Bytes.matches(bytes, at: i, t, limit: limit) { i += t.count; break }
        guard UTF8Bytes.matches(bytes, at: i, Self.to, limit: limit) else { return nil }
        i += Self.to.count
        var gap = 0
        while i < limit && gap <= Self.maxAdverbCharacters {
            for v in tables.reportingVerbs where (!v.adjacent || gap == 0) && UTF8Bytes.matches(bytes, at: i, v.form, limit: limit) {
                // 「非戦闘地域」としてきた names a thing; it does not report words.
                if tables.notReporting.contains(where: { UTF8Bytes.matches(bytes, at: i, $0, limit: limit) }) { return nil }
                return v
            }
            let c = CharClass.at(bytes, i)
            guard c == .hiragana || c == .kanji || c == .katakana else { return nil }
            i += UTF8Bytes.sequenceLength(bytes[i])
            gap += 1
        }
        return nil
    }

    /// The nearest subject (Xは / Xが, X a person or group) before `open`, outside brackets and
    /// outside `excluded` (a topic phrase: …トランプ大統領が銃撃された際の写真に触れ is not Trump speaking).
    func subject(before open: Int, from start: Int, pairs: [BracketPair], excluded: Range<Int>?,
                 bytes: [UInt8], directory: inout SpeakerDirectory) -> (speaker: Speaker, written: String)? {
        var p = open
        while p > start {
            p = UTF8Bytes.previousStart(bytes, before: p, lower: start)
            let isWa = UTF8Bytes.matches(bytes, at: p, Self.wa)
            let isGa = !isWa && UTF8Bytes.matches(bytes, at: p, Self.ga)
            guard isWa || isGa else { continue }
            if BracketScanner.isInside(p, pairs) { continue }
            if let ex = excluded, ex.contains(p) { continue }
            if let m = lexicon.speakerEnding(in: bytes, at: p, lower: start) {
                return (directory.speaker(entry: m.entry), UTF8Bytes.string(bytes, m.start..<p))
            }
            if let (s, from) = directory.knownTitled(endingAt: p, in: bytes, lower: start) {
                return (s, UTF8Bytes.string(bytes, from..<p))
            }
            if let t = names.titledName(endingAt: p, in: bytes, lower: start) {
                return (directory.speaker(titled: t), t.name + t.title)
            }
        }
        return nil
    }

    /// Who asked a question: the phrase before から right ahead of the quote (アメリカのメディアから「…」と質問され).
    func asker(before open: Int, from start: Int, bytes: [UInt8]) -> String? {
        var end = open
        while end > start {
            let p = UTF8Bytes.previousStart(bytes, before: end, lower: start)
            if UTF8Bytes.matches(bytes, at: p, UTF8Bytes.comma) || bytes[p] == 0x20 { end = p } else { break }
        }
        for particle in tables.askerParticles where UTF8Bytes.endsWith(bytes, at: end, particle, lower: start) {
            let phraseEnd = end - particle.count
            let phraseStart = phraseStartBefore(phraseEnd, from: start, bytes: bytes)
            guard phraseStart < phraseEnd else { return nil }
            return UTF8Bytes.string(bytes, phraseStart..<phraseEnd)
        }
        return nil
    }

    /// Where a noun phrase ending at `end` starts: after the last 、。 or は outside brackets.
    func phraseStartBefore(_ end: Int, from start: Int, bytes: [UInt8]) -> Int {
        var p = end
        var depth = 0
        while p > start {
            let q = UTF8Bytes.previousStart(bytes, before: p, lower: start)
            if UTF8Bytes.matches(bytes, at: q, UTF8Bytes.closeQuote) { depth += 1 }
            else if UTF8Bytes.matches(bytes, at: q, UTF8Bytes.openQuote) { depth = max(0, depth - 1) }
            else if depth == 0 && (UTF8Bytes.matches(bytes, at: q, UTF8Bytes.comma) || UTF8Bytes.matches(bytes, at: q, UTF8Bytes.fullStop)
                                   || UTF8Bytes.matches(bytes, at: q, Self.wa)) {
                return q + 3
            }
            p = q
        }
        return start
    }

    /// The topic phrase before a quote: what precedes the last について / をめぐり / に触れ /
    /// を念頭に between `start` and the quote, without a leading setting (共同記者会見で).
    func topic(before open: Int, from start: Int, pairs: [BracketPair], bytes: [UInt8]) -> (text: String, range: Range<Int>)? {
        var p = open
        while p > start {
            p = UTF8Bytes.previousStart(bytes, before: p, lower: start)
            // Only places where some marker could begin are worth the slower checks.
            guard markerStarts.mayStart(bytes, p, open) else { continue }
            if BracketScanner.isInside(p, pairs) { continue }
            for m in tables.topicMarkers where UTF8Bytes.matches(bytes, at: p, m, limit: open) {
                let phraseEnd = p
                var phraseStart = phraseStartBefore(phraseEnd, from: start, bytes: bytes)
                phraseStart = afterSetting(phraseStart, phraseEnd, bytes: bytes)
                phraseStart = afterConnectives(phraseStart, phraseEnd, bytes: bytes)
                let text = UTF8Bytes.stringWithoutCornerBrackets(bytes, phraseStart..<phraseEnd)
                guard !text.isEmpty else { return nil }
                return (text, phraseStart..<(phraseEnd + m.count))
            }
        }
        return nil
    }

    /// Skips clause openers (また, その上で, 記者団から) that precede the topic proper.
    func afterConnectives(_ start: Int, _ end: Int, bytes: [UInt8]) -> Int {
        var s = start
        var changed = true
        while changed {
            changed = false
            for w in tables.topicStrips where UTF8Bytes.matches(bytes, at: s, w, limit: end) && s + w.count < end {
                s += w.count
                if UTF8Bytes.matches(bytes, at: s, UTF8Bytes.comma, limit: end) { s += 3 }
                changed = true
                break
            }
        }
        return s
    }

    /// Skips a leading "…会見で" / "…冒頭、": where something was said is not what it was about.
    func afterSetting(_ start: Int, _ end: Int, bytes: [UInt8]) -> Int {
        var cut = start
        var i = start
        while i < end {
            settingPatterns.forEachMatch(in: bytes, at: i, limit: end) { _, after in
                if UTF8Bytes.matches(bytes, at: after, Self.de, limit: end) { cut = max(cut, after + Self.de.count) }
            }
            i += UTF8Bytes.sequenceLength(bytes[i])
        }
        return cut
    }

    /// A heading `SPEAKER [TOPIC]「…」`: the speaker is the name the line starts with.
    func headline(_ section: Section, bytes: [UInt8], directory: inout SpeakerDirectory) -> (speaker: Speaker, topic: String?, pair: BracketPair, written: String)? {
        let r = section.range
        let pairs = BracketScanner.topLevelPairs(bytes, in: r)
        guard let pair = pairs.first, pair.open > r.lowerBound else { return nil }
        // Longest lexicon person/group at the start of the line, else a titled name.
        var speaker: Speaker? = nil
        var nameEnd = r.lowerBound
        if let m = lexicon.textPatterns.longestMatch(in: bytes, at: r.lowerBound, limit: pair.open),
           lexicon.entries[m.value].isSpeakerKind {
            speaker = directory.speaker(entry: m.value); nameEnd = m.end
        } else {
            var i = r.lowerBound
            while i < pair.open {
                if let t = names.titledName(titleAt: i, in: bytes, lower: r.lowerBound, upper: pair.open), t.range.lowerBound == r.lowerBound {
                    speaker = directory.speaker(titled: t); nameEnd = t.range.upperBound; break
                }
                i += UTF8Bytes.sequenceLength(bytes[i])
            }
        }
        guard let speaker else { return nil }
        // Also absorb a following 周辺-style extension: the lexicon's longest form already did.
        var topic = UTF8Bytes.trimmingSpaces(bytes, nameEnd..<pair.open)
        for particle in tables.headlineParticles where UTF8Bytes.endsWith(bytes, at: topic.upperBound, particle, lower: topic.lowerBound) {
            topic = UTF8Bytes.trimmingSpaces(bytes, topic.lowerBound..<(topic.upperBound - particle.count)); break
        }
        return (speaker, topic.isEmpty ? nil : UTF8Bytes.string(bytes, topic), pair, UTF8Bytes.string(bytes, r.lowerBound..<nameEnd))
    }
}
