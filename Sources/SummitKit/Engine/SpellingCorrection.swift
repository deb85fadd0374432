/// A misspelt topic ("trump tarrifs") answered as the word meant, said to be so: a user who
/// cannot read the record should not have to retype a slip the shell already recognised. Only a
/// word that is no known English word, matches nothing, and has exactly one nearest word the
/// records use is read so; a real word ("first") or a slip with two equally near words is left
/// alone, and gets the "did you mean" note as before.
extension QueryEngine {
    /// The typed words of an empty answer's term, each with the one word it is read as.
    func corrections(for plan: QueryPlan) -> [(typed: String, meant: String)] {
        guard let m = plan.matcher else { return [] }
        let known = knownEnglishWords
        var vocabulary: [String]?
        var out: [(String, String)] = []
        for leaf in m.leaves.prefix(5) where leaf.entries.isEmpty && leaf.typed.count <= 40 && !Self.isKnown(leaf.typed, known) {
            let t = leaf.typed
            guard t.unicodeScalars.allSatisfy(\.isASCII), !t.contains(" ") else { continue }
            let words = vocabulary ?? usedVocabulary
            vocabulary = words
            if let meant = onlyNearest(to: t, among: words) { out.append((t, meant)) }
        }
        return out
    }

    /// The nearest candidate when it is the only one at that distance; candidates that are forms
    /// of one lexicon entry (tariff, tariffs) count as one.
    func onlyNearest(to word: String, among candidates: [String]) -> String? {
        let typed = word.lowercased()
        let allowed = min(Suggest.closeEdits(word), typed.unicodeScalars.count <= 4 ? 1 : 2)
        var best: [String] = [], distance = allowed + 1
        for c in candidates where abs(c.unicodeScalars.count - typed.unicodeScalars.count) <= allowed {
            let d = Suggest.distance(typed, c.lowercased(), limit: allowed)
            if d == 0 { return nil }
            if d < distance { best = [c]; distance = d } else if d == distance, !best.contains(c) { best.append(c) }
        }
        guard let first = best.first, distance <= allowed else { return nil }
        let entries = Set(store.lexicon.lookupIndices(first))
        guard best.dropFirst().allSatisfy({ !entries.isDisjoint(with: store.lexicon.lookupIndices($0)) }) else { return nil }
        return first
    }

    /// The answer to `outcome`'s question with its slips read as the words meant, or nil when
    /// there is none to read or the corrected question finds nothing either.
    func corrected(_ outcome: Outcome, language: AnswerLanguage, cancel: Cancellation) throws(Failure) -> Outcome? {
        guard outcome.answer.rows.isEmpty, !outcome.plan.explainOnly else { return nil }
        let fixes = corrections(for: outcome.plan)
        guard !fixes.isEmpty else { return nil }
        let text = fixes.reduce(outcome.statement.canonicalText) { $0.replacingSlot($1.typed, with: $1.meant) }
        let again = try answer(text, language: language, cancel: cancel, correcting: false)
        guard !again.answer.rows.isEmpty else { return nil }
        var answer = again.answer
        answer.understoodAs = again.statement.canonicalText
        answer.notes.insert(fixes.map { "read '\($0.typed)' as '\($0.meant)'" }.joined(separator: ", "), at: 0)
        return Outcome(statement: again.statement, plan: again.plan, answer: answer)
    }
}
