/// Finds people by their titles: a run of kanji or katakana right before 大統領, 外相, 社長 …
/// names someone even when the lexicon does not know them (ゼレンスキー大統領, 岡野国家安全保障局長).
/// A class, not a struct: the rules hold the tables and lexicon, and a value copy of all of that
/// on every call from the scanning loop was the extractor's largest cost.
final class NameRules: Sendable {
    /// The tables' extraction vocabulary, held here: the scanning loops read it directly.
    let words: ExtractionTables.Words
    let lexicon: Lexicon
    let patterns: LexiconPatterns
    private let titleSuffixes: BytePatternSet
    private let titlePrefixes: BytePatternSet
    static let maxNameCharacters = 8
    /// Foreign names in katakana run longer, dots included (アントニオ・レイエス).
    static let maxKatakanaNameCharacters = 16
    /// Joins the parts of a foreign name (ドナルド・トランプ).
    static let middleDot = Array("・".utf8)

    init(tables: ExtractionTables, lexicon: Lexicon, patterns: LexiconPatterns) {
        let words = tables.words
        self.words = words
        self.lexicon = lexicon
        self.patterns = patterns
        var suffixes = BytePatternSet.Builder(), prefixes = BytePatternSet.Builder()
        for (i, t) in words.titles.enumerated() {
            suffixes.insert(t.form.reversed(), value: i)
            prefixes.insert(t.form, value: i)
        }
        titleSuffixes = suffixes.frozen()
        titlePrefixes = prefixes.frozen()
    }

    struct TitledName {
        let name: String
        let title: String
        let role: String
        let range: Range<Int>
    }

    /// A titled name ending exactly at `end`.
    func titledName(endingAt end: Int, in bytes: [UInt8], lower: Int) -> TitledName? {
        guard let t = titleSuffixes.longestSuffixMatch(in: bytes, endingAt: end, lower: lower) else { return nil }
        return name(before: t.start, titleIndex: t.value, titleEnd: end, bytes: bytes, lower: lower)
    }

    /// A titled name whose title starts at `index`.
    func titledName(titleAt index: Int, in bytes: [UInt8], lower: Int, upper: Int) -> TitledName? {
        guard let t = titlePrefixes.longestMatch(in: bytes, at: index, limit: upper) else { return nil }
        return name(before: index, titleIndex: t.value, titleEnd: t.end, bytes: bytes, lower: lower)
    }

    /// The byte length of the longest title starting at `index`, if any.
    func titleLength(at index: Int, in bytes: [UInt8], upper: Int) -> Int? {
        titlePrefixes.longestMatch(in: bytes, at: index, limit: upper).map { $0.end - index }
    }

    private func name(before titleStart: Int, titleIndex: Int, titleEnd: Int, bytes: [UInt8], lower: Int) -> TitledName? {
        // A name's other writing may sit between it and the title: キム・ヘリン(金恵琳)外相.
        let nameEnd = Self.startOfParenthesis(endingAt: titleStart, in: bytes, lower: lower) ?? titleStart
        var start = nameEnd
        var characters = 0
        var kind: CharClass? = nil
        while start > lower && characters < (kind == .katakana ? Self.maxKatakanaNameCharacters : Self.maxNameCharacters) {
            let p = UTF8Bytes.previousStart(bytes, before: start, lower: lower)
            let c = CharClass.at(bytes, p)
            let isDot = UTF8Bytes.matches(bytes, at: p, Self.middleDot)
            guard c == .kanji || c == .katakana || isDot else { break }
            // A name is one script: 石破 or ゼレンスキー, not 米ゼレンスキー.
            if !isDot, let k = kind, k != c { break }
            if !isDot { kind = c }
            start = p
            characters += 1
        }
        // An organization or country before a title is whose office it is (国連事務次長, 中国外相),
        // and one that opens the run is not part of the name (自民党森山幹事長 → 森山).
        if let m = patterns.textPatterns.longestMatch(in: bytes, at: start, limit: nameEnd), lexicon.entries[m.value].isBody {
            if m.end == nameEnd { return nil }
            start = m.end
            characters = 0
            var i = start
            while i < nameEnd { characters += 1; i += UTF8Bytes.sequenceLength(bytes[i]) }
        }
        guard start < nameEnd else { return nil }
        let name = UTF8Bytes.string(bytes, start..<nameEnd)
        if characters == 1 && words.titleNotName.contains(name) { return nil }
        // 皆さん, 奥さま: one kanji before an honorific is a word, not a name.
        if characters == 1 && kind == .kanji && words.titles[titleIndex].isHonorific { return nil }
        let title = UTF8Bytes.string(bytes, titleStart..<titleEnd)
        return TitledName(name: name, title: title, role: words.titles[titleIndex].role, range: start..<titleEnd)
    }

    static let openParens: [[UInt8]] = [Array("(".utf8), Array("（".utf8)]
    static let closeParens: [[UInt8]] = [Array(")".utf8), Array("）".utf8)]
    /// How long the other writing in parentheses may be.
    static let maxParenthesisCharacters = 12

    /// Where a short parenthesis that closes right at `end` opens, if one does.
    static func startOfParenthesis(endingAt end: Int, in bytes: [UInt8], lower: Int) -> Int? {
        guard closeParens.contains(where: { UTF8Bytes.endsWith(bytes, at: end, $0, lower: lower) }) else { return nil }
        var p = UTF8Bytes.previousStart(bytes, before: end, lower: lower)
        var characters = 0
        while p > lower && characters <= maxParenthesisCharacters {
            p = UTF8Bytes.previousStart(bytes, before: p, lower: lower)
            if closeParens.contains(where: { UTF8Bytes.matches(bytes, at: p, $0) }) { return nil }
            if openParens.contains(where: { UTF8Bytes.matches(bytes, at: p, $0) }) { return characters > 0 ? p : nil }
            characters += 1
        }
        return nil
    }
}
