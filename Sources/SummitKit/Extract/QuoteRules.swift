/// The rules that tell a quote from a name in brackets, and find who said it and about what.
/// A class, not a struct: the rules hold the tables and lexicon, and a value copy of all of that
/// on every call from the scanning loop was the extractor's largest cost.
final class QuoteRules: Sendable {
    /// The tables' extraction vocabulary, held here: the scanning loops read it directly.
    let words: ExtractionTables.Words
    let lexicon: Lexicon
    let patterns: LexiconPatterns
    let names: NameRules
    let bodies: BodyRules
    /// Where a topic marker (について, を念頭に …) can start: the backward walk for a topic asks
    /// at every character.
    let markerStarts: StartFilter
    /// The settings (会見, 冒頭 …), to find them all in one pass over a topic phrase.
    let settingPatterns: BytePatternSet

    init(tables: ExtractionTables, lexicon: Lexicon, patterns: LexiconPatterns, names: NameRules) {
        let words = tables.words
        self.words = words
        self.lexicon = lexicon
        self.patterns = patterns
        self.names = names
        bodies = BodyRules(tables: tables, lexicon: lexicon, patterns: patterns)
        var starts = StartFilter()
        for m in words.topicMarkers { starts.insert(m) }
        markerStarts = starts
        var settings = BytePatternSet.Builder()
        for (i, s) in words.settings.enumerated() { settings.insert(s, value: i) }
        settingPatterns = settings.frozen()
    }

    static let to = Array("と".utf8)
    static let wa = Array("は".utf8)
    static let ga = Array("が".utf8)
    static let ta = Array("た".utf8)
    static let ru = Array("る".utf8)
    static let koto = Array("こと".utf8)
    static let no = Array("の".utf8)
    static let de = Array("で".utf8)
    /// How many characters an adverb between と and the verb may have (」とにこやかに述べて).
    static let maxAdverbCharacters = 6

    /// The reporting verb after 」 that makes a bracket a quote, if any.
    func reportingVerb(after pair: BracketPair, limit: Int, bytes: [UInt8]) -> ExtractionTables.ReportingVerb? {
        var i = pair.close + 3
        for t in words.quoteTails where UTF8Bytes.matches(bytes, at: i, t, limit: limit) { i += t.count; break }
        guard UTF8Bytes.matches(bytes, at: i, Self.to, limit: limit) else { return nil }
        i += Self.to.count
        var gap = 0
        while i < limit && gap <= Self.maxAdverbCharacters {
            for v in words.reportingVerbs where (!v.adjacent || gap == 0) && UTF8Bytes.matches(bytes, at: i, v.form, limit: limit) {
                // 「非戦闘地域」としてきた names a thing; it does not report words.
                if words.notReporting.contains(where: { UTF8Bytes.matches(bytes, at: i, $0, limit: limit) }) { return nil }
                return v
            }
            let c = CharClass.at(bytes, i)
            guard c == .hiragana || c == .kanji || c == .katakana else { return nil }
            i += UTF8Bytes.sequenceLength(bytes[i])
            gap += 1
        }
        return nil
    }

    /// The nearest subject (Xは / Xが / Xも) before `open`: a person, group, organization or side,
    /// outside brackets. Inside the topic phrase only a subject whose clause has no verb of its own
    /// counts: Xが…について「…」と述べた is X speaking, …Xが銃撃された際の写真に触れ is not.
    /// Also where the subject's particle is, so the topic can start after it.
    func subject(before open: Int, from start: Int, pairs: [BracketPair], topic: (range: Range<Int>, phraseEnd: Int)?,
                 bytes: [UInt8], directory: inout SpeakerDirectory) -> (speaker: Speaker, written: String, particle: Range<Int>)? {
        var p = open
        while p > start {
            p = UTF8Bytes.previousStart(bytes, before: p, lower: start)
            guard let particle = words.subjectParticles.first(where: { UTF8Bytes.matches(bytes, at: p, $0) }) else { continue }
            if BracketScanner.isInside(p, pairs) { continue }
            if let t = topic, t.range.contains(p), Self.clauseHasVerb(bytes, from: p + particle.count, to: t.phraseEnd) { continue }
            let isWa = particle == Self.wa
            guard let (speaker, from) = speaker(endingAt: p, from: start, isWa: isWa, bytes: bytes, directory: &directory) else { continue }
            // A body before が with a verb of its own before the quote (ある製鉄会社が買収で合意済みの
            // …について) is the subject of that verb, not of the reporting verb.
            if speaker.kind != .person, particle == Self.ga, Self.clauseHasVerb(bytes, from: p + particle.count, to: open) { continue }
            return (speaker, UTF8Bytes.string(bytes, from..<p), p..<(p + particle.count))
        }
        return nil
    }

    /// Who is named by the words ending at `end`: a lexicon person or group, a titled person met
    /// before (岡野氏), a titled name, a body (防衛省, 北朝鮮側; a country only before は), or the
    /// owner of a speech (安倍総理大臣の先月の答弁は).
    func speaker(endingAt end: Int, from start: Int, isWa: Bool, bytes: [UInt8], directory: inout SpeakerDirectory) -> (Speaker, Int)? {
        if let m = patterns.speakerEnding(in: bytes, at: end, lower: start) {
            return (directory.speaker(entry: m.entry), m.start)
        }
        if let known = directory.knownTitled(endingAt: end, in: bytes, lower: start) { return known }
        if let t = names.titledName(endingAt: end, in: bytes, lower: start) {
            return (directory.speaker(titled: t), t.range.lowerBound)
        }
        if let b = bodies.body(endingAt: end, in: bytes, lower: start, allowCountry: isWa) {
            return (directory.speaker(body: b, bytes: bytes), b.range.lowerBound)
        }
        for noun in words.speechNouns where UTF8Bytes.endsWith(bytes, at: end, noun, lower: start) {
            let phraseStart = phraseStartBefore(end - noun.count, from: start, bytes: bytes)
            var q = phraseStart
            while q < end - noun.count {
                if UTF8Bytes.matches(bytes, at: q, Self.no), let owner = speaker(endingAt: q, from: phraseStart, isWa: false, bytes: bytes, directory: &directory) {
                    return owner
                }
                q += UTF8Bytes.sequenceLength(bytes[q])
            }
        }
        return nil
    }

    /// Whether the words between a subject and its topic marker hold a verb of their own: た or る
    /// before a noun (された際, している点) or before こと.
    static func clauseHasVerb(_ bytes: [UInt8], from: Int, to: Int) -> Bool {
        var i = from
        while i < to {
            let n = UTF8Bytes.sequenceLength(bytes[i])
            if UTF8Bytes.matches(bytes, at: i, ta, limit: to) || UTF8Bytes.matches(bytes, at: i, ru, limit: to) {
                let next = i + n
                if next < to {
                    let c = CharClass.at(bytes, next)
                    if c == .kanji || c == .katakana || UTF8Bytes.matches(bytes, at: next, koto, limit: to) { return true }
                }
            }
            i += n
        }
        return false
    }

    /// Who asked a question: the phrase before から right ahead of the quote (アメリカのメディアから「…」と質問され).
    func asker(before open: Int, from start: Int, bytes: [UInt8]) -> String? {
        var end = open
        while end > start {
            let p = UTF8Bytes.previousStart(bytes, before: end, lower: start)
            if UTF8Bytes.matches(bytes, at: p, UTF8Bytes.comma) || bytes[p] == 0x20 { end = p } else { break }
        }
        for particle in words.askerParticles where UTF8Bytes.endsWith(bytes, at: end, particle, lower: start) {
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
    func topic(before open: Int, from start: Int, pairs: [BracketPair], bytes: [UInt8]) -> (text: String, range: Range<Int>, phraseEnd: Int)? {
        var p = open
        while p > start {
            p = UTF8Bytes.previousStart(bytes, before: p, lower: start)
            // Only places where some marker could begin are worth the slower checks.
            guard markerStarts.mayStart(bytes, p, open) else { continue }
            if BracketScanner.isInside(p, pairs) { continue }
            for m in words.topicMarkers where UTF8Bytes.matches(bytes, at: p, m, limit: open) {
                let phraseEnd = p
                var phraseStart = phraseStartBefore(phraseEnd, from: start, bytes: bytes)
                phraseStart = afterSetting(phraseStart, phraseEnd, bytes: bytes)
                phraseStart = afterConnectives(phraseStart, phraseEnd, bytes: bytes)
                let text = UTF8Bytes.stringWithoutCornerBrackets(bytes, phraseStart..<phraseEnd)
                guard !text.isEmpty else { return nil }
                return (text, phraseStart..<(phraseEnd + m.count), phraseEnd)
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
            for w in words.topicStrips where UTF8Bytes.matches(bytes, at: s, w, limit: end) && s + w.count < end {
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
        if let m = patterns.textPatterns.longestMatch(in: bytes, at: r.lowerBound, limit: pair.open),
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
        // 外相と会談した相手国側「…」: no speaker opens the line, so the one right before 「 speaks.
        if speaker == nil {
            let end = UTF8Bytes.trimmingSpaces(bytes, r.lowerBound..<pair.open).upperBound
            if let (s, from) = self.speaker(endingAt: end, from: r.lowerBound, isWa: true, bytes: bytes, directory: &directory) {
                return (s, nil, pair, UTF8Bytes.string(bytes, from..<end))
            }
        }
        guard let speaker else { return nil }
        // Also absorb a following 周辺-style extension: the lexicon's longest form already did.
        var topic = UTF8Bytes.trimmingSpaces(bytes, nameEnd..<pair.open)
        for particle in words.headlineParticles where UTF8Bytes.endsWith(bytes, at: topic.upperBound, particle, lower: topic.lowerBound) {
            topic = UTF8Bytes.trimmingSpaces(bytes, topic.lowerBound..<(topic.upperBound - particle.count)); break
        }
        return (speaker, topic.isEmpty ? nil : UTF8Bytes.string(bytes, topic), pair, UTF8Bytes.string(bytes, r.lowerBound..<nameEnd))
    }
}
