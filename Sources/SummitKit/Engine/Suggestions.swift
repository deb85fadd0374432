/// Never a silent empty answer: when a question finds nothing, say so (and of a speaker the
/// record names but never quotes, that), what was searched and where, the nearest word the
/// records do use, and up to three queries that do have answers (each one run to check).
/// This is the one place that proposes alternatives.
extension QueryEngine {
    func suggestions(for statement: Statement, plan: QueryPlan) -> [String] {
        var notes: [String] = []
        if let note = neverQuoted(plan) { notes.append(note) }
        let term = plan.matcher.map { m in m.leaves.map(\.typed) } ?? []
        // The nearest word the records use for each typed word that is not one.
        var nearest: [(typed: String, near: String)] = []
        let usedVocabulary = self.usedVocabulary
        let known = term.isEmpty ? [] : knownEnglishWords
        for t in term.prefix(5) where t.count <= 40 && !Self.isKnown(t, known) {
            // Only words the records do use, and close for the word's length.
            if let near = Suggest.nearest(to: t, among: usedVocabulary, edits: Suggest.closeEdits(t)),
               near.lowercased() != t.lowercased() {
                nearest.append((t, near))
            }
        }
        if let m = plan.matcher {
            // At most a few terms, each shortened: a megabyte-long query must not echo back whole.
            // Figures asked in a unit say so: none in money is not none at all.
            var rows = Self.rowsName(plan.answerKind)
            if case .figures(let unit?, _, _, _) = statement.query { rows += " in " + unit }
            var note = "no \(rows) match " + term.prefix(5).map { "'\(truncate(visible($0), toWidth: 40))'" }.joined(separator: ", ")
            if term.count > 5 { note += " and \(term.count - 5) more" }
            if case .timeline(_, _, let clock?, _) = statement.query { note += " near " + clock.text }
            if !nearest.isEmpty { note += "; did you mean " + nearest.map { "'\($0.near)'" }.joined(separator: ", ") + "?" }
            notes.append(note)
            notes.append("searched for " + m.leaves.prefix(4).map { leaf in
                "'\(shown(leaf.typed, limit: 24))'" + (leaf.forms.count > 1 ? " (" + leaf.forms.dropFirst().prefix(5).joined(separator: ", ") + (leaf.forms.count > 6 ? ", …" : "") + ")" : "")
            }.joined(separator: ", ") + " in " + searchedPlaces(statement, plan))
        }
        if case .timeline(_, _, let clock?, _) = statement.query {
            // Say which clock times there are, so the next try can aim at one.
            var seen = Set<String>()
            let clocks = store.times.filter(TimelineView.isClock).map { AnswerBuilder.when($0) }.filter { seen.insert($0).inserted }
            notes.append(clocks.isEmpty ? "the record gives no clock time, only days: 'timeline' lists them"
                : "no clock time within half an hour of \(clock.text); the record's clock times: " + clocks.prefix(6).joined(separator: ", ")
                    + (clocks.count > 6 ? ", …" : ""))
        }
        var offers: [String] = []
        func offer(_ text: String) {
            guard offers.count < 3, !offers.contains(text), text != statement.canonicalText, hasAnswer(text) else { return }
            offers.append(text)
        }
        let termText = term.map { TermCleaner.text([.init(text: $0, kind: nil, quoted: false)]) }
        switch statement.query {
        case .quotes(_?, _?, _), .check, .compare(_, _, _?):
            for t in termText { offer("who said " + t) }
            for t in termText { offer("mentions " + t) }
        case .whoSaid, .quotes, .overview, .figures, .timeline, .duration, .agreements:
            for t in termText { offer("mentions " + t) }
        default:
            break
        }
        for (t, near) in nearest {
            offer(statement.canonicalText.replacingSlot(t, with: near))
            offer("overview " + near)
        }
        if case .quotes(let s?, _?, _) = statement.query { offer("what did \(s) say") }
        if case .timeline(let about, let all, _?, let zone) = statement.query {
            offer(Statement(query: .timeline(about: about, all: all, in: zone), text: "").canonicalText)
            offer("timeline")
        }
        if !offers.isEmpty { notes.append("try: " + offers.map { "'\($0)'" }.joined(separator: ", ")) }
        return notes
    }

    /// English words summit can take to be spelled as meant: every word of the loaded records'
    /// English renderings, of the lexicon's English forms and of the question table. A typed word
    /// among them is no slip ("first" is not a misspelt "fist"), so it is never "corrected".
    /// Worked out only when an answer is empty.
    var knownEnglishWords: Set<String> {
        englishWords.value {
            var words = Set<String>()
            /// Runs of ASCII letters and apostrophes, lower-cased, of two letters or more.
            func add(_ text: String) {
                var word: [UInt8] = []
                for b in text.utf8 {
                    if (b >= 0x61 && b <= 0x7A) || b == 0x27 { word.append(b); continue }
                    if b >= 0x41 && b <= 0x5A { word.append(b + 32); continue }
                    if word.count > 1 { words.insert(String(decoding: word, as: UTF8.self)) }
                    word.removeAll(keepingCapacity: true)
                }
                if word.count > 1 { words.insert(String(decoding: word, as: UTF8.self)) }
            }
            for rendering in store.english { for row in rendering?.rows ?? [] { add(row.text) } }
            for entry in store.lexicon.entries { for form in entry.english { add(form) } }
            for word in understander.tableWords { add(word) }
            return words
        }
    }

    /// Whether every word of a typed term is a known English word, as typed or by its plain form.
    static func isKnown(_ term: String, _ known: Set<String>) -> Bool {
        let words = term.lowercased().split(separator: " ").map(String.init)
        guard !words.isEmpty, words.allSatisfy({ $0.unicodeScalars.allSatisfy { $0.isASCII } }) else { return false }
        return words.allSatisfy { w in known.contains(w) || EnglishStems.candidates(w).contains { known.contains($0) } }
    }

    /// What the rows of an answer are, for "no … match".
    static func rowsName(_ kind: QueryPlan.AnswerKind) -> String {
        switch kind {
        case .whoSaid, .quotes: return "quotes"
        case .figures, .duration: return "figures"
        case .mentions, .agreements: return "sentences"
        case .entities, .attended: return "names"
        case .timeline: return "times"
        default: return "rows"
        }
    }

    /// Where a statement looked for its term: a quote's scene alone is looked for where the quote
    /// stands, not in its words.
    func searchedPlaces(_ statement: Statement, _ plan: QueryPlan) -> String {
        if case .quotes(_, nil, _?) = statement.query.unexplained { return "the sentences and section headings the quotes stand in" }
        return Self.searchedPlaces(plan.answerKind)
    }

    /// Where a term is looked for, for each kind of answer.
    static func searchedPlaces(_ kind: QueryPlan.AnswerKind) -> String {
        switch kind {
        case .figures, .duration: return "what figures measure and the sentences they are in"
        case .mentions, .agreements: return "the record's sentences"
        case .entities, .attended: return "the sentences that name them"
        case .timeline: return "the sentences that give times"
        case .topics: return "section headings"
        default: return "quotes, their topics, headings and English rendering"
        }
    }

    /// For a speaker the record names but never quotes, says so.
    func neverQuoted(_ plan: QueryPlan) -> String? {
        guard case .quotes = plan.answerKind, let speakers = speakersIn(plan.root), plan.matcher == nil else { return nil }
        return speakers.map { s in
            let mentions = store.entities.first { $0.key == s.id }?.mentions.count ?? 0
            return mentions > 0 ? "\(s.label) is mentioned \(mentions) time\(mentions == 1 ? "" : "s") but never quoted" : "\(s.label) is never quoted"
        }.joined(separator: "; ")
    }

    /// Whether a query runs and has rows on the loaded records.
    func hasAnswer(_ text: String) -> Bool {
        guard let u = try? understander.understand(text) else { return false }
        for s in u.candidates {
            guard let plan = try? planner.plan(s), let items = try? executor.run(plan.root) else { continue }
            if !items.isEmpty { return true }
        }
        return false
    }
}
