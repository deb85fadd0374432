/// The English a store can give for its facts: what a figure measures, a section's heading.
extension FactStore {
    /// What a figure measures, in English: the lexicon's names for the words of its `about`
    /// (対米投資額 → investment in the US, amount), nil when it says nothing or no word is known.
    public func aboutEnglish(_ f: FigureFact) -> String? {
        f.about.flatMap(englishNames)
    }

    /// The lexicon's names for the words of a phrase of the record, once each, in order
    /// (関税 → tariffs; 日米同盟の強化 → the lexicon's name for each word it knows); nil when it knows none.
    public func englishNames(in phrase: String) -> String? {
        var names: [String] = []
        for e in lexicon.entriesMentioned(in: phrase) where !names.contains(lexicon.entries[e].displayName) {
            names.append(lexicon.entries[e].displayName)
        }
        return names.isEmpty ? nil : names.joined(separator: ", ")
    }

    /// The English of the heading of the section a fact sits in.
    public func headingEnglish(_ p: Provenance) -> String? {
        guard let r = record(named: p.record), p.sentence >= 0, p.sentence < r.sentences.count else { return nil }
        let s = r.sentences[p.sentence]
        guard s.section >= 0 else { return nil }
        return englishLine(record: p.record, line: r.sections[s.section].line)
    }
}
