/// Why each quote matched a term, and the order that puts direct matches first.
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

    /// A mark after the speaker for rows that did not match on the quote's own words.
    /// The question a quote answers, compactly, for the speaker's cell: ", asked by reporters:
    /// 輸入車への関税について" (the full words are in `source` and the JSON's `question`).
    /// A quote's speaker with `mark` and the question it answers after the name, in each
    /// language: quote rows and evidence rows (overviews, yes/no) both show it this way.
    func quoteSpeaker(_ q: QuoteFact, mark: String) -> AnswerValue {
        Self.speaker(q.speaker, mark: mark + questionMark(q), englishMark: mark + questionMark(q, english: true))
    }

    /// `, asked by reporters: 関税について`: what the quote answers. English names the things
    /// the lexicon finds in the question (`, asked by reporters about tariffs, automobiles`)
    /// rather than the record's Japanese; `source` shows the whole question.
    func questionMark(_ q: QuoteFact, english: Bool = false) -> String {
        guard let question = q.question else { return "" }
        let mark = ", asked" + (question.asker.map { " by " + $0.en } ?? "")
        guard let about = question.about else { return mark }
        if !english { return mark + ": " + about }
        return mark + (store.englishNames(in: about).map { " about " + $0 } ?? "")
    }

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
    func rankedQuotes(_ items: [PlanRow], _ m: TermMatcher?) -> [Int] {
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

    func headingEnglish(_ p: Provenance) -> String? { store.headingEnglish(p) }
}
