/// What a time expression times (the talks began, the working lunch, the greeting), read from its
/// sentence with the `event`, `event-anchor` and `event-phase` tables of Grammar/extraction.tsv.
///
/// Japanese news puts the time first and the event after it in the same clause (7日午前11時50分ごろ、
/// …石破総理大臣を出迎えました), so the first event word after the time wins; a topic before the time
/// (会談は7日午前11時に始まり) is the fallback, and a second time with neither (…、午後1時に終わった)
/// times the same event as the time before it. Quotes the time is not in are skipped: their words
/// are what someone said, not what happened then.
struct EventRules: Sendable {
    private let events: BytePatternSet
    private let english: [String]
    private let anchors: BytePatternSet
    private let phases: BytePatternSet
    private let phaseNames: [TimedEvent.Phase]
    /// は, が, も: an event word before the time is its event only as the sentence's topic (会談は7日…).
    private let topicParticles: [[UInt8]]

    init(tables: ExtractionTables) {
        var set = BytePatternSet.Builder()
        for (k, e) in tables.words.events.enumerated() { set.insert(e.form, value: k) }
        events = set.frozen()
        english = tables.words.events.map(\.english)
        var a = BytePatternSet.Builder()
        for f in tables.words.eventAnchors { a.insert(f, value: 0) }
        anchors = a.frozen()
        var p = BytePatternSet.Builder()
        var names: [TimedEvent.Phase] = []
        for (k, ph) in tables.words.eventPhases.enumerated() { p.insert(ph.form, value: k); names.append(ph.phase) }
        phases = p.frozen()
        phaseNames = names
        topicParticles = tables.words.subjectParticles + [Array(" ".utf8), Array("　".utf8)]
    }

    /// Punctuation that may stand between two times of one moment (7日午前11時、日本時間の8日午前1時).
    private static let joiners: [[UInt8]] = ["、", "，", ",", " ", "　", "（", "）", "(", ")", "／", "/"].map { Array($0.utf8) }
    private static let to = Array("と".utf8)

    /// The event of each time in `times` (byte ranges in text order) within `sentence`.
    func events(for times: [Range<Int>], in sentence: Range<Int>, pairs: [BracketPair], bytes: [UInt8]) -> [TimedEvent?] {
        var out: [TimedEvent?] = Array(repeating: nil, count: times.count)
        for k in times.indices {
            let t = times[k]
            // A time inside a quote speaks of the quote's events only.
            let quote = pairs.first { $0.inner.contains(t.lowerBound) }
            let region = quote?.inner ?? sentence
            let skip = pairs.filter { $0.open != quote?.open }
            // Times joined only by punctuation are one moment in two zones: the event comes after the last.
            var last = k
            while last + 1 < times.count, region.contains(times[last + 1].lowerBound),
                  Self.onlyJoiners(bytes, times[last].upperBound..<times[last + 1].lowerBound) { last += 1 }
            var first = k
            while first > 0, region.contains(times[first - 1].lowerBound),
                  Self.onlyJoiners(bytes, times[first - 1].upperBound..<times[first].lowerBound) { first -= 1 }
            let nextTime = times.indices.first { $0 > last && region.contains(times[$0].lowerBound) }.map { times[$0].lowerBound }
            let after = times[last].upperBound..<(nextTime ?? region.upperBound)
            let previousEnd = times.indices.last { $0 < first && region.contains(times[$0].lowerBound) }.map { times[$0].upperBound }
            let before = (previousEnd ?? region.lowerBound)..<times[first].lowerBound

            if let e = find(in: after, skipping: skip, bytes: bytes, nearestLast: false) {
                out[k] = TimedEvent(ja: UTF8Bytes.string(bytes, e.range), en: english[e.index], rule: "event:after-time",
                                    phase: phase(bytes, t) ?? phase(bytes, times[last].upperBound..<min(after.upperBound, e.range.upperBound + 30)))
            } else if let e = find(in: before, skipping: skip, bytes: bytes, nearestLast: true), isTopic(bytes, after: e.range.upperBound, limit: before.upperBound) {
                out[k] = TimedEvent(ja: UTF8Bytes.string(bytes, e.range), en: english[e.index], rule: "event:before-time",
                                    phase: phase(bytes, t) ?? phase(bytes, after.lowerBound..<min(after.upperBound, after.lowerBound + 45)))
            } else if let p = (0..<first).last(where: { out[$0] != nil && region.contains(times[$0].lowerBound) }), let carried = out[p],
                      carried.rule != "event:after-time" {
                out[k] = TimedEvent(ja: carried.ja, en: carried.en, rule: "event:carried",
                                    phase: phase(bytes, t) ?? phase(bytes, after.lowerBound..<min(after.upperBound, after.lowerBound + 45)))
            }
        }
        return out
    }

    /// The first (or last) event word in `range` that is not inside a skipped quote, not a
    /// reporting verb right after one (」と説明), and not a reference point (会談に先立って).
    private func find(in range: Range<Int>, skipping pairs: [BracketPair], bytes: [UInt8], nearestLast: Bool) -> (range: Range<Int>, index: Int)? {
        guard !range.isEmpty else { return nil }
        var found: (range: Range<Int>, index: Int)? = nil
        var i = range.lowerBound
        while i < range.upperBound {
            if let p = pairs.first(where: { $0.open == i }), UTF8Bytes.matches(bytes, at: p.close + 3, Self.to, limit: range.upperBound) {
                i = p.close + 3 + Self.to.count     // a quote, and its と: what was said, then how
                while i < range.upperBound, events.longestMatch(in: bytes, at: i, limit: range.upperBound) == nil,
                      Self.isKana(bytes, i) { i += 3 }
                if i < range.upperBound, let m = events.longestMatch(in: bytes, at: i, limit: range.upperBound) { i = m.end }
                continue
            }
            if let m = events.longestMatch(in: bytes, at: i, limit: range.upperBound) {
                if anchors.longestMatch(in: bytes, at: m.end, limit: range.upperBound) == nil {
                    found = (i..<m.end, m.value)
                    if !nearestLast { return found }
                }
                i = m.end
                continue
            }
            i += UTF8Bytes.sequenceLength(bytes[i])
        }
        return found
    }

    private func phase(_ bytes: [UInt8], _ range: Range<Int>) -> TimedEvent.Phase? {
        var i = range.lowerBound
        while i < range.upperBound {
            if let m = phases.longestMatch(in: bytes, at: i, limit: range.upperBound) { return phaseNames[m.value] }
            i += UTF8Bytes.sequenceLength(bytes[i])
        }
        return nil
    }

    /// Whether a topic particle (or a headline's space) follows `end`, past a closing 」.
    private func isTopic(_ bytes: [UInt8], after end: Int, limit: Int) -> Bool {
        var i = end
        if UTF8Bytes.matches(bytes, at: i, UTF8Bytes.closeQuote, limit: limit) { i += 3 }
        return topicParticles.contains { UTF8Bytes.matches(bytes, at: i, $0, limit: limit) }
    }

    private static func onlyJoiners(_ bytes: [UInt8], _ gap: Range<Int>) -> Bool {
        var i = gap.lowerBound
        while i < gap.upperBound {
            guard let j = joiners.first(where: { UTF8Bytes.matches(bytes, at: i, $0, limit: gap.upperBound) }) else { return false }
            i += j.count
        }
        return true
    }

    /// Hiragana (E3 81 80 – E3 82 9F): the particles and endings between a quote's と and its verb.
    private static func isKana(_ bytes: [UInt8], _ i: Int) -> Bool {
        i + 2 < bytes.count && bytes[i] == 0xE3 && (bytes[i + 1] == 0x81 || bytes[i + 1] == 0x82 && bytes[i + 2] <= 0x9F)
    }
}
