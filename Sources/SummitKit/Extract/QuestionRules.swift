/// The rules that find the question a quote answers: reports write "asked by reporters about X,
/// he said 「…」" (記者団からXについて問われ, 質問に対し, …と聞かれ), and a quote such as 「常に検討
/// している」 means little without it. The asking words are table data (`question-cue` rows).
struct QuestionRules: Sendable {
    struct Cue: Sendable {
        let form: [UInt8]
        /// 問われ also means "held to account" (責任を問われ): it asks only with an asker (から), a
        /// topic marker or a question before it (…かと問われ).
        let needsContent: Bool
    }
    let cues: [Cue]
    let askerParticles: [[UInt8]]
    let topicMarkers: [[UInt8]]

    static let to = Array("と".utf8), no = Array("の".utf8), wa = Array("は".utf8)

    init(tables: ExtractionTables) {
        let words = tables.words
        cues = words.questionCues.map { Cue(form: $0.form, needsContent: $0.needsContent) }
        askerParticles = words.askerParticles
        topicMarkers = words.topicMarkers
    }

    /// The last asking clause whose asking words lie in `range` outside brackets (the words before
    /// a quote since the previous one, or a sentence's words after its last quote), or nil. The
    /// clause may reach back to `lower`, the sentence's start, over a quote that was the question
    /// (記者から「…か」と問われ、「…」と答えた).
    func question(in range: Range<Int>, lower: Int, pairs: [BracketPair], bytes: [UInt8], quoteRules: QuoteRules,
                  directory: inout SpeakerDirectory, rule: String) -> QuoteQuestion? {
        guard let (cueAt, cue) = lastCue(in: range, pairs: pairs, bytes: bytes) else { return nil }
        let end = cueAt + cue.form.count
        var start = clauseStart(before: cueAt, lower: lower, pairs: pairs, bytes: bytes)
        // Where it was asked (会談の冒頭で) is not what was asked; 記者団から is kept: it says who asked.
        start = quoteRules.afterSetting(start, cueAt, bytes: bytes)
        guard start < cueAt else { return nil }
        // Who asked: a speaker the lexicon or the name rules know, right before から.
        var asker: (Speaker, Range<Int>)? = nil
        var i = start
        while i < cueAt, asker == nil {
            if !BracketScanner.isInside(i, pairs) {
                for p in askerParticles where UTF8Bytes.matches(bytes, at: i, p, limit: cueAt) {
                    if let (s, from) = quoteRules.speaker(endingAt: i, from: start, isWa: false, bytes: bytes, directory: &directory) {
                        asker = (s, from..<(i + p.count))
                    }
                    break
                }
            }
            i += UTF8Bytes.sequenceLength(bytes[i])
        }
        if cue.needsContent, asker == nil, !UTF8Bytes.endsWith(bytes, at: cueAt, Self.to, lower: start) {
            var asks = false
            var k = start
            while k < cueAt, !asks {
                asks = topicMarkers.contains { UTF8Bytes.matches(bytes, at: k, $0, limit: cueAt) }
                k += UTF8Bytes.sequenceLength(bytes[k])
            }
            if !asks { return nil }
        }
        // What was asked: the clause without the asker and the asking words.
        var parts: [Range<Int>] = []
        if let a = asker?.1 { parts = [start..<a.lowerBound, a.upperBound..<cueAt] } else { parts = [start..<cueAt] }
        var about = parts.map { UTF8Bytes.string(bytes, $0) }.joined()
        if about.hasPrefix("の") { about.removeFirst() }
        if about.hasSuffix("と") { about.removeLast() }
        while about.hasSuffix("、") { about.removeLast() }
        about = about.trimmedOfSpaces()
        return QuoteQuestion(text: UTF8Bytes.string(bytes, start..<end), about: about.isEmpty ? nil : about,
                             asker: asker?.0, rule: rule)
    }

    /// The last asking word in `range` outside brackets, longest form first at each place.
    func lastCue(in range: Range<Int>, pairs: [BracketPair], bytes: [UInt8]) -> (Int, Cue)? {
        var found: (Int, Cue)? = nil
        var i = range.lowerBound
        while i < range.upperBound {
            if !BracketScanner.isInside(i, pairs), let c = cues.first(where: { UTF8Bytes.matches(bytes, at: i, $0.form, limit: range.upperBound) }) {
                found = (i, c)
                i += c.form.count
                continue
            }
            i += UTF8Bytes.sequenceLength(bytes[i])
        }
        return found
    }

    /// Where the asking clause starts: after the last 、 or 。, or the last subject's は (a name's
    /// は, not には or では), outside brackets.
    func clauseStart(before at: Int, lower: Int, pairs: [BracketPair], bytes: [UInt8]) -> Int {
        var p = at
        while p > lower {
            let q = UTF8Bytes.previousStart(bytes, before: p, lower: lower)
            if !BracketScanner.isInside(q, pairs) {
                if UTF8Bytes.matches(bytes, at: q, UTF8Bytes.comma) || UTF8Bytes.matches(bytes, at: q, UTF8Bytes.fullStop) { return q + 3 }
                if UTF8Bytes.matches(bytes, at: q, Self.wa), q > lower {
                    let c = CharClass.at(bytes, UTF8Bytes.previousStart(bytes, before: q, lower: lower))
                    if c == .kanji || c == .katakana || c == .asciiLetter { return q + 3 }
                }
            }
            p = q
        }
        return lower
    }
}
