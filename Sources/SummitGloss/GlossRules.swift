/// Turns MeCab's morphemes into the words of a gloss. The rules, in the order they apply:
///
/// - `。！？` end a sentence: the gloss shows ` / ` there.
/// - Person names (固有名詞,人名) are romanised from their reading and never looked up, so
///   大野 is "Ono", not "big field"; a family and a given name in a row become one "Ono Keiko".
/// - A run of numbers is one word: digits as digits, 兆 and 億 as "trillion", "hundred million".
/// - Grammatical words follow `Grammar/gloss.tsv` (most are dropped).
/// - する after a noun that takes it (会談し, 強化する) is dropped: the noun carries the meaning.
/// - Nouns in a row are first looked up joined, longest first (幹事+長 → 幹事長 "secretary-general",
///   日+米 → 日米), then one by one by dictionary form.
/// - What EDICT lacks: a proper noun or a katakana word is romanised, anything else shown as written.
struct GlossRules: Sendable {
    let dictionary: EdictIndex
    let functionWords: FunctionWords

    /// Longest noun run tried as one dictionary word.
    static let longestCompound = 4
    static let sentenceBreak = "/"

    func words(_ morphemes: [Morpheme]) -> [String] {
        var words: [String] = []
        var i = 0
        while i < morphemes.count {
            let m = morphemes[i]
            if m.is("記号", "句点") || ["！", "？", "!", "?"].contains(m.surface) {
                if let last = words.last, last != Self.sentenceBreak { words.append(Self.sentenceBreak) }
                i += 1
            } else if m.isPersonName {
                let run = morphemes[i...].prefix { $0.isPersonName }
                words.append(run.map { Romaji.name(reading: $0.reading ?? $0.surface, pronunciation: $0.pronunciation) }.joined(separator: " "))
                i += run.count
            } else if m.is("名詞", "数") {
                let run = morphemes[i...].prefix { $0.is("名詞", "数") }
                words.append(run.map(number).joined(separator: " "))
                i += run.count
            } else if let treatment = functionWords.treatment(of: m) {
                if case .gloss(let text) = treatment { words.append(text) }
                i += 1
            } else if m.is("動詞"), m.baseForm == "する", i > 0, morphemes[i - 1].is("名詞", "サ変接続") {
                i += 1
            } else if let (gloss, length) = compound(morphemes[i...]) {
                words.append(gloss)
                i += length
            } else {
                words.append(single(m))
                i += 1
            }
        }
        while words.last == Self.sentenceBreak { words.removeLast() }
        return words
    }

    /// The longest run of two or more nouns starting here that EDICT knows as one word.
    private func compound(_ rest: ArraySlice<Morpheme>) -> (String, Int)? {
        let run = Array(rest.prefix(Self.longestCompound).prefix { joinable($0) })
        guard run.count >= 2 else { return nil }
        for length in stride(from: run.count, through: 2, by: -1) {
            let spelling = run[0..<length].map(\.surface).joined()
            if let match = dictionary.lookup(spelling, classes: [.noun, .adjectivalNoun]) { return (match.gloss, length) }
        }
        return nil
    }

    private func joinable(_ m: Morpheme) -> Bool {
        (m.is("名詞") && !["数", "非自立", "代名詞"].contains(m.partOfSpeech[1]) && !m.isPersonName) || m.is("接頭詞", "名詞接続")
    }

    private func single(_ m: Morpheme) -> String {
        let classes = WordClass(mecab: m)
        if let match = dictionary.lookup(m.baseForm, reading: m.reading, classes: classes)
            ?? (m.surface != m.baseForm ? dictionary.lookup(m.surface, reading: m.reading, classes: classes) : nil) {
            return match.gloss
        }
        if m.isProperNoun, let reading = m.reading { return Romaji.name(reading: reading, pronunciation: m.pronunciation) }
        if Kana.isKatakana(m.surface) {
            let romaji = Romaji.romanize(reading: m.surface)
            return m.isProperNoun ? romaji.prefix(1).uppercased() + romaji.dropFirst() : romaji
        }
        return m.surface
    }

    /// "3" stays "3" (full-width digits become ASCII); 兆 becomes "trillion".
    private func number(_ m: Morpheme) -> String {
        let digits = String(String.UnicodeScalarView(m.surface.unicodeScalars.map { s in
            (0xFF10...0xFF19).contains(s.value) ? Unicode.Scalar(s.value - 0xFF10 + 0x30)! : s
        }))
        if digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }) { return digits }
        return dictionary.lookup(m.baseForm, reading: m.reading, classes: .number)?.gloss ?? m.surface
    }
}
