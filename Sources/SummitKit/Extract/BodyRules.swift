/// Speakers that are not named people: organizations and sides (防衛省, 北朝鮮側, 野党側), described
/// people (ホワイトハウスの記者) and documents (報告書). News reports quote them as often as people,
/// and a rule that looks only for titled names gives their words to the last person named.
final class BodyRules: Sendable {
    let lexicon: Lexicon
    let patterns: LexiconPatterns
    private let suffixes: BytePatternSet
    private let entries: [ExtractionTables.SpeakerSuffix]
    /// How far a body's name may run before its suffix (ある国の陸軍第２師団司令部).
    static let maxNameCharacters = 16
    static let no = Array("の".utf8)

    init(tables: ExtractionTables, lexicon: Lexicon, patterns: LexiconPatterns) {
        self.lexicon = lexicon
        self.patterns = patterns
        entries = tables.words.speakerSuffixes
        var b = BytePatternSet.Builder()
        for (i, s) in entries.enumerated() { b.insert(s.form.reversed(), value: i) }
        suffixes = b.frozen()
    }

    struct Body {
        let range: Range<Int>
        let kind: Speaker.Kind
        /// A lexicon organization or country, when the body is one.
        let entry: Int?
    }

    /// The body whose name ends exactly at `end`: a lexicon organization (or, before は, a
    /// country), else a run of kanji, katakana and digits ending in a speaker suffix, with a
    /// leading place or organization joined by の (沖縄の…軍, 北朝鮮の国営メディア).
    func body(endingAt end: Int, in bytes: [UInt8], lower: Int, allowCountry: Bool) -> Body? {
        if let m = patterns.bodyEnding(in: bytes, at: end, lower: lower) {
            let kind = lexicon.entries[m.entry].kind
            if kind == .org || (kind == .country && allowCountry) {
                return Body(range: withPlace(m.start, bytes, lower)..<end, kind: .organization, entry: m.entry)
            }
        }
        guard let s = suffixes.longestSuffixMatch(in: bytes, endingAt: end, lower: lower) else { return nil }
        let suffix = entries[s.value]
        var start = s.start
        var characters = 0
        while start > lower && characters < Self.maxNameCharacters {
            let p = UTF8Bytes.previousStart(bytes, before: start, lower: lower)
            switch CharClass.at(bytes, p) {
            case .kanji, .katakana, .digit, .fullwidthDigit: start = p; characters += 1
            default: break
            }
            if start != p { break }
        }
        if characters == 0 && !suffix.standsAlone { return nil }
        return Body(range: withPlace(start, bytes, lower)..<end, kind: suffix.kind, entry: nil)
    }

    /// Moves `start` back over a place, country or organization and の, when one is there.
    private func withPlace(_ start: Int, _ bytes: [UInt8], _ lower: Int) -> Int {
        guard UTF8Bytes.endsWith(bytes, at: start, Self.no, lower: lower),
              let m = patterns.bodyEnding(in: bytes, at: start - Self.no.count, lower: lower) else { return start }
        return m.start
    }
}
