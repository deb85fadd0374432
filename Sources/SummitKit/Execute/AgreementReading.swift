/// Whether a sentence reports what the meeting's sides agreed or confirmed — the rule behind
/// `agreements` and "what did they agree on?". Its words are table data (`agreement*` rows of
/// Grammar/extraction.tsv); the reading is general to any report:
///
/// - an agreement word (一致, 合意, 確認 …) followed within a few characters by a hope
///   (合意したい, 確認する見通し) is not an agreement; a verb left open (確認し、…) takes the
///   mood of the sentence's end;
/// - a word not closed by a finished form (合意した, 確認しています) whose clause ends in a
///   plan (来週、文書にまとめて公表することにしています) is a plan, not an agreement;
/// - an agreement whose subject is a company (東和自動車は北星電機と…合意した; 南海製鋼が…合意している
///   鉄鋼メーカー) is between companies, not the sides: the subject is the nearest Xは before the
///   word in its clause or quote, else the nearest Xが.
struct AgreementReading {
    let words: [[UInt8]]
    let hopes: [[UInt8]]
    let plans: [[UInt8]]
    let outsiders: [[UInt8]]

    init(_ w: AgreementWords) {
        words = w.words.map { Array($0.utf8) }
        hopes = w.hopes.map { Array($0.utf8) }
        plans = w.plans.map { Array($0.utf8) }
        outsiders = w.outsiders.map { Array($0.utf8) }
    }

    /// How far after the word a hope may stand: about twelve Japanese characters.
    static let reach = 36
    static let continuative = Array("し、".utf8)
    /// Forms that close the word as done (合意した, 確認しています, 一致しており); したい is a hope, read first.
    static let finished = ["した", "しました", "している", "しています", "しており", "された", "済み"].map { Array($0.utf8) }
    static let wa = Array("は".utf8), ga = Array("が".utf8)

    func states(_ bytes: [UInt8], within sentence: Range<Int>) -> Bool {
        func has(_ list: [[UInt8]], in r: Range<Int>) -> Bool { list.contains { ByteSearch.firstIndex(of: $0, in: bytes, within: r) != nil } }
        var hopeAtEnd: Bool?
        for w in words {
            var from = sentence.lowerBound
            while let at = ByteSearch.firstIndex(of: w, in: bytes, within: from..<sentence.upperBound) {
                from = at + 1
                let end = at + w.count
                if isOutsiders(bytes, before: at, lower: sentence.lowerBound) { continue }
                let after = end..<min(sentence.upperBound, end + Self.reach)
                if bytes[after].starts(with: Self.continuative) {
                    if hopeAtEnd == nil { hopeAtEnd = has(hopes, in: max(sentence.lowerBound, sentence.upperBound - Self.reach)..<sentence.upperBound) }
                    if hopeAtEnd == false { return true }
                    continue
                }
                if has(hopes, in: after) { continue }
                if !Self.finished.contains(where: { bytes[end..<sentence.upperBound].starts(with: $0) }),
                   has(plans, in: end..<clauseEnd(bytes, from: end, upper: sentence.upperBound)) { continue }
                return true
            }
        }
        return false
    }

    /// Where the clause holding `from` ends: the sentence's end, a 、 or 。 outside brackets opened
    /// after `from`, or the 」 closing a quote the word is in.
    func clauseEnd(_ bytes: [UInt8], from: Int, upper: Int) -> Int {
        var depth = 0
        var i = from
        while i < upper {
            if UTF8Bytes.matches(bytes, at: i, UTF8Bytes.openQuote, limit: upper) || UTF8Bytes.matches(bytes, at: i, UTF8Bytes.openDouble, limit: upper) {
                depth += 1
            } else if UTF8Bytes.matches(bytes, at: i, UTF8Bytes.closeQuote, limit: upper) || UTF8Bytes.matches(bytes, at: i, UTF8Bytes.closeDouble, limit: upper) {
                if depth == 0 { return i }
                depth -= 1
            } else if depth == 0 && (UTF8Bytes.matches(bytes, at: i, UTF8Bytes.comma, limit: upper) || UTF8Bytes.matches(bytes, at: i, UTF8Bytes.fullStop, limit: upper)) {
                return i
            }
            i += UTF8Bytes.sequenceLength(bytes[i])
        }
        return upper
    }

    /// Whether the subject of the agreement word at `at` is a company: the nearest Xは in its scope
    /// (back to the sentence's start, or to the 「 of the quote it is in; brackets passed over),
    /// else the nearest Xが, where X ends in a kanji, katakana or Latin letter (では, には are no subject).
    func isOutsiders(_ bytes: [UInt8], before at: Int, lower: Int) -> Bool {
        var depth = 0
        var wa: Int?, ga: Int?
        var p = at
        while p > lower {
            p = UTF8Bytes.previousStart(bytes, before: p, lower: lower)
            if UTF8Bytes.matches(bytes, at: p, UTF8Bytes.closeQuote) || UTF8Bytes.matches(bytes, at: p, UTF8Bytes.closeDouble) { depth += 1; continue }
            if UTF8Bytes.matches(bytes, at: p, UTF8Bytes.openQuote) || UTF8Bytes.matches(bytes, at: p, UTF8Bytes.openDouble) {
                if depth == 0 { break }
                depth -= 1; continue
            }
            guard depth == 0, p > lower else { continue }
            let isWa = UTF8Bytes.matches(bytes, at: p, Self.wa), isGa = UTF8Bytes.matches(bytes, at: p, Self.ga)
            guard isWa || isGa else { continue }
            let c = CharClass.at(bytes, UTF8Bytes.previousStart(bytes, before: p, lower: lower))
            guard c == .kanji || c == .katakana || c == .asciiLetter else { continue }
            if isWa { wa = p; break }
            if ga == nil { ga = p }
        }
        guard let subjectEnd = wa ?? ga else { return false }
        return outsiders.contains { UTF8Bytes.endsWith(bytes, at: subjectEnd, $0, lower: lower) }
    }
}
