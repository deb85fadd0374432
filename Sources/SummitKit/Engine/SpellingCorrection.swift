/// A misspelt topic ("trump tarrifs") or name ("what did trmp say") answered as the word meant, said to be so: a user who
/// cannot read the record should not have to retype a slip the shell already recognised. Only a
/// word that is no known English word, matches nothing, and has exactly one nearest word the
/// records use is read so; a real word ("first") or a slip with two equally near words is left
/// alone, and gets the "did you mean" note as before.
extension QueryEngine {
    /// The typed words of an empty answer's term, each with the one word it is read as.
    func corrections(for plan: QueryPlan) -> [(typed: String, meant: String)] {
        guard let m = plan.matcher else { return [] }
        var vocabulary: [String]?
        var out: [(String, String)] = []
        for leaf in m.leaves.prefix(5) where leaf.entries.isEmpty && mayBeASlip(leaf.typed) {
            let words = vocabulary ?? usedVocabulary
            vocabulary = words
            if let meant = onlyNearest(to: leaf.typed, among: words) { out.append((leaf.typed, meant)) }
        }
        return out
    }

    /// Whether a typed word may be read as another: one English-looking word, and none that
    /// summit knows to be spelled as meant.
    func mayBeASlip(_ word: String) -> Bool {
        word.count <= 40 && word.unicodeScalars.allSatisfy(\.isASCII) && !word.contains(" ") && !Self.isKnown(word, knownEnglishWords)
    }

    /// The English names of the people and groups the loaded records quote or mention: what a
    /// misspelt name may be read as.
    var usedNames: [String] {
        let lexicon = store.lexicon
        let named = lexicon.entries.indices.filter { lexicon.entries[$0].isSpeakerKind && !store.sentences(mentioning: $0).isEmpty }
            .flatMap { lexicon.entries[$0].english }
        return named + store.speakers.filter { $0.id != Speaker.unknown.id }.map(\.en).filter { !named.contains($0) }
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

    /// The answer to a question that named no one the record knows, with the name read as the
    /// one person it is a slip of (`what did trmp say` → Trump); nil when the error is of another
    /// kind, the name is a real word, two people are as near, or the question still fails.
    func corrected(_ error: QueryError, in line: String, language: AnswerLanguage, cancel: Cancellation) throws(Failure) -> Outcome? {
        guard let typed = error.unknownName, mayBeASlip(typed), let meant = onlyNearest(to: typed, among: usedNames) else { return nil }
        let text = line.replacingWord(typed, with: meant)
        guard text != line else { return nil }
        var again: Outcome
        do { again = try answer(text, language: language, cancel: cancel, correcting: true) } catch {
            if case .cancelled = error { throw error }
            return nil
        }
        again.answer.understoodAs = again.answer.understoodAs ?? again.statement.canonicalText
        again.answer.notes.insert("read '\(typed)' as '\(meant)'", at: 0)
        return again
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

extension String {
    /// The line with the first whole-word `word` (not inside a longer word) replaced.
    func replacingWord(_ word: String, with replacement: String) -> String {
        var from = startIndex
        while let r = self[from...].firstRange(of: word) {
            let before = r.lowerBound == startIndex ? nil : self[index(before: r.lowerBound)]
            let after = r.upperBound == endIndex ? nil : self[r.upperBound]
            if !(before?.isLetter ?? false), !(after?.isLetter ?? false) {
                return String(self[..<r.lowerBound]) + replacement + String(self[r.upperBound...])
            }
            from = r.upperBound
        }
        return self
    }
}
