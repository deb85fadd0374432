/// English for what the record gives none of, for a reader who asked for English: a speaker the
/// lexicon does not list (大野恵子外相), a heading or an "about" phrase no rendering or lexicon
/// name covers, a narration sentence of a report with no rendering. Without it an English answer
/// shows Japanese to someone who reads none.
///
/// The word gloss (MeCab + EDICT, handed in by the executable) gives the English: a name
/// romanised, a phrase word by word (`Ono Keiko · Foreign Minister`, `port city · revival`). The
/// cells show it without a label and one note says which words are glossed, rather than every
/// cell saying so; a sentence keeps its `[gloss]` label, as a quote's does. Where there is no
/// gloss (MeCab or EDICT missing, or none handed in) the words stay as written and the note says
/// the record has no English for them. Only what readers see changes: JSON and CSV keep the data,
/// and `ja` and `both` are never touched.
extension AnswerBuilder {
    func fillMissingEnglish(_ a: inout Answer) {
        guard language == .en else { return }
        var glossed: [String: String?] = [:]
        var names: [String] = []
        var unavailable: String?
        /// The gloss of `ja` (label kept), once per text; nil when there is none.
        func gloss(_ ja: String) -> String? {
            if let known = glossed[ja] { return known }
            var found: String?
            if let line = self.gloss?(ja) {
                if line.hasPrefix(Self.glossLabel + " ") { found = line } else { unavailable = unavailable ?? line }
            }
            glossed[ja] = found
            return found
        }
        /// English for a name or a short phrase, noted once; nil leaves it as written (and noted).
        func english(_ ja: String) -> String? {
            if !names.contains(ja) { names.append(ja) }
            return gloss(ja).map { String($0.dropFirst(Self.glossLabel.count + 1)) }
        }
        /// Names of speakers the lexicon does not list: a plain text cell may name one (a section's speakers).
        let unlisted = BuiltOnce<Set<String>>()
        let store = self.store
        func unlistedNames() -> Set<String> { unlisted.value { Set(store.speakers.filter { $0.en == $0.ja }.map(\.ja)) } }
        func fill(_ v: AnswerValue) -> AnswerValue {
            switch v {
            case .text(let t) where containsJapanese(t):
                guard unlistedNames().contains(t), let en = english(t) else { return v }
                return .shown(v, en)
            case .speaker(let s) where s.en == s.ja && containsJapanese(s.ja):
                guard let en = english(s.ja) else { return v }
                return .shown(v, as: .bilingual(.reading(s.ja, english: en)))
            case .bilingual(let b) where b.en == nil && b.style != .quote && containsJapanese(b.ja):
                if b.style == .sentence {
                    guard let line = gloss(b.ja) else { names.append(b.ja); return v }
                    return .shown(v, as: .bilingual(Bilingual(ja: b.ja, rendering: line, style: .sentence)))
                }
                guard let en = english(b.ja) else { return v }
                return .shown(v, as: .bilingual(Bilingual(ja: b.ja, rendering: en, style: b.style)))
            case .shown(let data, let seen):
                // A speaker shown with a mark ("中川首相 [topic]"): the mark kept, the name in English.
                if case .text(let t) = seen, case .speaker(let s) = data.data, s.en == s.ja, containsJapanese(s.ja), t.hasPrefix(s.ja) {
                    guard let en = english(s.ja) else { return v }
                    return .shown(data, as: .text(en + t.dropFirst(s.ja.count)))
                }
                return .shown(data, as: fill(seen))
            case .stack(let vs): return .stack(vs.map(fill))
            case .list(let vs): return .list(vs.map(fill))
            default: return v
            }
        }
        // Only what a reader sees: a column the table leaves out costs no gloss.
        let seen = Set(a.shown.compactMap { a.column($0)?.index })
        a.rows = a.rows.map { row in AnswerRow(row.values.enumerated().map { seen.contains($0.offset) ? fill($0.element) : $0.element }) }
        // A column titled with a name (compare's two speakers).
        for k in a.columns.indices where seen.contains(k) {
            if let title = a.columns[k].englishTitle ?? a.columns[k].title, containsJapanese(title), let en = english(title) {
                a.columns[k].englishTitle = en
            }
        }
        // A speaker the lead names though no row shows them ("No — 中川首相 is never quoted on …").
        if let lead = a.lead, containsJapanese(lead) {
            for name in unlistedNames().sorted() where lead.contains(name) {
                _ = english(name)
            }
        }
        guard !names.isEmpty else { return }
        // The same names in the words around the rows: the footer (compare: "1 quote by …") and,
        // as tables and text show it, the lead (JSON keeps the lead as built).
        let found = names.compactMap { ja in glossed[ja].flatMap { $0 }.map { (written: ja, english: String($0.dropFirst(Self.glossLabel.count + 1))) } }
            .sorted { $0.written.count > $1.written.count }
        a.glossedNames = found
        a.footer = a.footer.map(a.inGlossedNames)
        let shownNames = names.filter { $0.count <= 40 }
        var list = shownNames.prefix(6).joined(separator: ", ")
        if shownNames.count > 6 { list += ", …" }
        if list.isEmpty { list = "some sentences" }
        var note = "no English in the record for " + list
        if !found.isEmpty {
            note += ": shown as a word gloss (MeCab + EDICT), not a translation"
        } else {
            note += ": shown as written"
            if let unavailable { note += " (" + unavailable + ")" }
        }
        a.readerNotes.append(note)
    }

    /// What every word gloss line starts with (`SummitGloss.Gloss.label`, which this module cannot name).
    static let glossLabel = "[gloss]"
}
