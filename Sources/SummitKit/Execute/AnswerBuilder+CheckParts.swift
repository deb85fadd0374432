/// A yes/no question about two terms at once ("did Trump say the alliance was a golden age")
/// that no line answers as a whole: a bare "the record does not mention it" would be false when
/// each term is mentioned on its own, so the answer says who is quoted on each part instead.
extension AnswerBuilder {
    struct PartEvidence {
        let lead: String
        let quotes: [Int]
        let narration: [[SentenceRef]]
    }

    /// Nil when the term is a single part, or when no part is mentioned anywhere (then the
    /// record truly does not mention it).
    func partEvidence(_ m: TermMatcher, who: String) -> PartEvidence? {
        let parts = m.conjuncts
        guard parts.count > 1 else { return nil }
        var sayings: [String] = [], quotes: [Int] = [], narration: [[SentenceRef]] = []
        var unmentioned: [String] = []
        for part in parts {
            let name = part.leaves.map(\.typed).joined(separator: " ")
            let found = store.quotes.indices.filter { i in
                let h = executor.foldedQuotes[i]
                let english = executor.foldedQuoteEnglish[i]
                return part.matches(bytes: [h[0], h[1]]) || (!english.isEmpty && part.matches(bytes: [], english: [english]))
            }
            var names: [String] = []
            for i in found where !names.contains(store.quotes[i].speaker.en) { names.append(store.quotes[i].speaker.en) }
            // The asked speaker first: whether *they* spoke of the part is what the question is about.
            names.sort { ($0 == who ? 0 : 1) < ($1 == who ? 0 : 1) }
            let quoted = names.prefix(4).map { n in
                n + " (" + Self.idList(found.filter { store.quotes[$0].speaker.en == n }.map { store.quotes[$0].id }) + ")"
            }
            if !quoted.isEmpty { sayings.append("quoted on \(name): " + (names.count == 1 && names[0] != who ? "only " : "") + quoted.joined(separator: ", ")) }
            let lines = found.isEmpty ? mentioningSentences(part) : []
            if !lines.isEmpty {
                let numbers = lines.map { store.sentence($0[0]).line }
                sayings.append("\(name) is in the narration only, on line\(numbers.count == 1 ? "" : "s") " + abbreviatedLines(numbers, keep: 6))
            }
            if found.isEmpty && lines.isEmpty { unmentioned.append(name) }
            quotes += found.filter { !quotes.contains($0) }
            narration += lines
        }
        guard !sayings.isEmpty else { return nil }
        if !unmentioned.isEmpty { sayings.append("the record does not mention " + unmentioned.joined(separator: " or ")) }
        return PartEvidence(lead: sayings.joined(separator: "; ") + ".", quotes: quotes, narration: narration)
    }

    /// Narration sentences that mention a term, one entry per line.
    private func mentioningSentences(_ m: TermMatcher) -> [[SentenceRef]] {
        var items: [PlanRow] = []
        for (r, rec) in store.records.enumerated() {
            for s in rec.sentences.indices {
                let ref = SentenceRef(record: r, sentence: s)
                if m.matches(bytes: [executor.folded(sentence: ref)], english: executor.englishHaystacks(.sentence(ref))) {
                    items.append(.sentence(ref))
                }
            }
        }
        return narrationSentences(items, excludingQuotes: [])
    }

    private static func idList(_ ids: [String]) -> String {
        ids.prefix(5).joined(separator: ", ") + (ids.count > 5 ? ", …" : "")
    }
}
