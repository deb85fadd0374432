/// How answers show the record's Japanese text beside its English, and why each quote matched.
extension AnswerBuilder {
    /// Why a quote matched a term: its own words first, then its English rendering, the topic
    /// phrase before it, and last the heading of the section it sits in.
    enum MatchReason: String {
        case text, english, topic, heading, combined

        var rank: Int {
            switch self {
            case .text, .english: return 0
            case .topic, .combined: return 1
            case .heading: return 2
            }
        }
    }

    func quoteIndex(_ q: QuoteFact) -> Int {
        if case .quote(let i)? = store.fact(id: q.id) { return i }
        return 0
    }

    func matchReason(_ i: Int, _ m: TermMatcher) -> MatchReason {
        let h = executor.foldedQuotes[i]
        let english = executor.foldedQuoteEnglish[i]
        if m.matches(bytes: [h[0]]) { return .text }
        if !english.isEmpty, m.matches(bytes: [], english: [english]) { return .english }
        if m.matches(bytes: [h[1]]) { return .topic }
        if m.matches(bytes: [h[2]]) { return .heading }
        return .combined
    }

    func matchedJSON(_ q: QuoteFact, _ m: TermMatcher?) -> [(String, JSONValue)] {
        guard let m else { return [] }
        return [("matched", .string(matchReason(quoteIndex(q), m).rawValue))]
    }

    /// A mark after the speaker for rows that did not match on the quote's own words.
    func matchedMark(_ q: QuoteFact, _ m: TermMatcher?) -> String {
        guard let m else { return "" }
        switch matchReason(quoteIndex(q), m) {
        case .english: return " [English]"
        case .heading: return " [heading only]"
        case .topic: return " [topic]"
        default: return ""
        }
    }

    /// The quotes among `items`, each once, direct matches first (stable within a rank).
    func rankedQuotes(_ items: [Item], _ m: TermMatcher?) -> [Int] {
        var seen = Set<Int>()
        let indices = items.compactMap { item -> Int? in
            if case .quote(let i) = item, seen.insert(i).inserted { return i }
            return nil
        }
        guard let m else { return indices }
        return indices.enumerated().sorted { a, b in
            let ra = matchReason(a.element, m).rank, rb = matchReason(b.element, m).rank
            return ra != rb ? ra < rb : a.offset < b.offset
        }.map(\.element)
    }

    /// A quote as the chosen language shows it: English (the rendering, else a labelled gloss)
    /// and/or the Japanese original, one entry per table line.
    func quoteDisplay(_ q: QuoteFact) -> [String] {
        let ja = "「\(q.text)」"
        if language == .ja { return [ja] }
        let en = english(of: q)
        guard let en else { return [ja] }
        return language == .en ? [en] : [en, ja]
    }

    /// The English shown for a quote: “the rendering”, or `[gloss] …` for a report without one.
    func english(of q: QuoteFact) -> String? {
        if let en = store.quoteEnglish[quoteIndex(q)] { return "\u{201C}\(en)\u{201D}" }
        return gloss?(q.text)
    }

    /// A line of record text (a sentence, a heading) with its English line, as the language asks.
    func lineDisplay(_ ja: String, record: String, line: Int) -> [String] {
        if language == .ja { return [ja] }
        guard let en = store.englishLine(record: record, line: line) else { return [ja] }
        return language == .en ? [en] : [en, ja]
    }

    func quoteText(_ q: QuoteFact) -> String { quoteDisplay(q).joined(separator: " ") }

    /// One quote as table lines: the leading cells on the first line, blank under it after.
    func appendQuote(_ q: QuoteFact, before: [String], _ b: inout Rows) {
        appendLines(quoteDisplay(q), before: before, &b)
    }

    func appendLines(_ lines: [String], before: [String], _ b: inout Rows) {
        for (k, line) in lines.enumerated() {
            b.cells.append((k == 0 ? before : before.map { _ in "" }) + [line])
        }
    }

    func headingEnglish(_ p: Provenance) -> String? { store.headingEnglish(p) }
}
