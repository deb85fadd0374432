/// What a typed line was understood to ask: canonical statements to try in order (the first
/// with an answer wins; later ones are the same question with its context words dropped).
public struct Understanding: Sendable {
    public let candidates: [Statement]
    /// Whether the line was rewritten (a natural question, or a term cleaned), so the answer
    /// says what it was understood as.
    public let rewritten: Bool
    /// What the question's shape asks the answer to lead with (who spoke first, was there a deal).
    public var focus: AnswerFocus? = nil
}

/// Reads questions as people type them and rewrites them onto the canonical query language:
/// normalise (punctuation, lead words, case), match the question shapes of Grammar/questions.tsv,
/// clean each term, and search what no shape takes as keywords. Never guesses silently: the
/// answer shows what the line was understood as.
///
/// A class, not a struct: it holds the whole vocabulary (the lexicon's indexes), and the shape
/// matcher's callbacks would otherwise copy all of it, retain by retain, at every binding they
/// try (a third of a question's time went to those copies).
public final class Understander: Sendable {
    let table: QuestionTable
    let vocabulary: Vocabulary
    let cleaner: TermCleaner

    public init(table: QuestionTable = .bundled, vocabulary: Vocabulary) {
        self.table = table
        self.vocabulary = vocabulary
        cleaner = TermCleaner(vocabulary: vocabulary, table: table)
    }

    /// A line the canonical grammar takes as typed is read that way alone (its terms cleaned);
    /// `readings(of:)` gives the natural readings too, for when that one names no one the
    /// record knows. Any other line is read as a plain question.
    public func understand(_ line: String) throws(QueryError) -> Understanding {
        let typed = line.trimmedOfSpaces()
        if let s = try? parseQuery(typed) { return finish(s, rewritten: false, typed: typed) }
        return try readings(of: typed)
    }

    /// Every reading of a line, the canonical one (if it parses) first.
    public func readings(of line: String) throws(QueryError) -> Understanding {
        let typed = line.trimmedOfSpaces()
        var candidates: [Statement] = []
        var rewritten = false
        var canonicalError: QueryError?
        do {
            let u = finish(try parseQuery(typed), rewritten: false, typed: typed)
            candidates = u.candidates
            rewritten = u.rewritten
        } catch {
            canonicalError = error
        }
        let (body, modifiers) = splitModifiers(normalize(typed))
        if body.isEmpty {
            if !candidates.isEmpty { return Understanding(candidates: candidates, rewritten: rewritten) }
            throw canonicalError ?? QueryError.empty
        }
        if body.lowercased().hasPrefix("explain ") {
            let inner = try readings(of: String(body.dropFirst("explain ".count)) + modifiers)
            let wrapped = inner.candidates.map { s in
                Statement(query: .explain(s.query), limit: s.limit, format: s.format, text: typed)
            }
            return Understanding(candidates: candidates + wrapped, rewritten: true)
        }
        var natural: [Statement] = []
        var focus: AnswerFocus?
        if let s = try? parseQuery(body + modifiers) { natural += finish(s, rewritten: true, typed: typed).candidates }
        if let (shaped, shapeFocus) = shape(body, modifiers: modifiers) {
            natural += shaped.flatMap { finish($0, rewritten: true, typed: typed).candidates }
            focus = shapeFocus
        }
        // A mistyped query word (figurs in yen, who sad LNG) gets the parser's caret and suggestion,
        // not a search; a first word near a query word is a slip only when the line with that word
        // mended is a query (`figures in yen`), not when it opens a question (whos the minister).
        let bodyWords = body.split(separator: " ").map(String.init)
        let firstWord = bodyWords.first?.lowercased() ?? ""
        let mistypedQuery = canonicalError != nil && !firstWord.isEmpty
            && typed.split(separator: " ").first.map({ $0.lowercased() }) == firstWord
            && (Keywords.queryStarts.contains(firstWord) ? canonicalError?.suggestion != nil
                : isNearKeyword(firstWord, in: body) && mendedParses(bodyWords, modifiers: modifiers))
        if natural.isEmpty && candidates.isEmpty && !mistypedQuery, let s = keywords(body, modifiers: modifiers) {
            natural = finish(s, rewritten: true, typed: typed).candidates
        }
        for s in natural where !candidates.contains(where: { $0.query == s.query && $0.limit == s.limit && $0.format == s.format }) {
            candidates.append(s)
        }
        if !candidates.isEmpty { return Understanding(candidates: candidates, rewritten: rewritten || canonicalError != nil, focus: focus) }
        if mistypedQuery, let canonicalError { throw canonicalError }
        throw QueryError("found nothing to look for in '\(shown(body, limit: 24))'", column: 1, expected: [],
                         hint: "name a topic, a person or a number, e.g. 'what did Trump say about tariffs'; 'topics' lists what the record covers")
    }

    /// A first word one slip from a query word (figurs, quotse), and not the start of something
    /// the lexicon knows (joint statement is not a misspelt count).
    func isNearKeyword(_ word: String, in body: String) -> Bool {
        guard let near = Suggest.nearest(to: word, among: Keywords.queryStarts) else { return false }
        let words = body.split(separator: " ").map(String.init)
        for length in 1...min(3, words.count) where !vocabulary.entries(words[0..<length].joined(separator: " ")).isEmpty {
            return false
        }
        return Suggest.distance(word, near) <= (word.count <= 5 ? 1 : 2)
    }

    /// Whether the line parses with its first word replaced by the query word nearest to it.
    func mendedParses(_ words: [String], modifiers: String) -> Bool {
        guard let first = words.first, let near = Suggest.nearest(to: first.lowercased(), among: Keywords.queryStarts) else { return false }
        return (try? parseQuery(([near] + words.dropFirst()).joined(separator: " ") + modifiers)) != nil
    }

    /// The question without what asks nothing: surrounding spaces and closing punctuation,
    /// doubled spaces, and lead words such as "please" or "tell me".
    func normalize(_ line: String) -> String {
        var s = line.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        while let last = s.last, "?？.。!！ ".contains(last) { s.removeLast() }
        var words = s.split(separator: " ").map { word in
            table.spellings[word.lowercased()].map { String(word.first!.isUppercase ? $0.prefix(1).uppercased() + $0.dropFirst() : $0) } ?? String(word)
        }
        var changed = true
        while changed {
            changed = false
            for lead in table.leads where words.count > lead.count
                && words.prefix(lead.count).map({ $0.lowercased().trimmingPunctuation }) == lead {
                words.removeFirst(lead.count)
                changed = true
                break
            }
            if let first = words.first, first.hasSuffix(","), words.count > 1,
               table.leads.contains([first.dropLast().lowercased()]) {
                words.removeFirst(); changed = true
            }
        }
        let joined = words.joined(separator: " ")
        return String(joined.drop(while: { $0 == "," }).reversed().drop(while: { $0 == "," }).reversed())
    }

    /// `… limit 3 as json` kept apart, so a shape sees only the question.
    func splitModifiers(_ s: String) -> (String, String) {
        var words = s.split(separator: " ").map(String.init)
        var mods: [String] = []
        while words.count >= 3 {
            let key = words[words.count - 2].lowercased(), value = words[words.count - 1]
            if (key == "limit" && Int(value) != nil) || (key == "as" && OutputFormat(rawValue: value.lowercased()) != nil) {
                mods.insert(key + " " + value, at: 0)
                words.removeLast(2)
            } else {
                break
            }
        }
        return (words.joined(separator: " "), mods.isEmpty ? "" : " " + mods.joined(separator: " "))
    }

    /// A shape's canonical query with the question's modifiers after it: one typed (`… limit 3`)
    /// replaces the shape's own of its kind (`quotes at {term} limit 1`), since a query takes each
    /// once and the asker's is the one meant.
    func withTyped(_ modifiers: String, replacingThoseOf query: String) -> String {
        guard !modifiers.isEmpty else { return query }
        let typed = modifiers.split(separator: " ").map { $0.lowercased() }
        let (head, own) = splitModifiers(query)
        let ownWords = own.split(separator: " ").map(String.init)
        var kept = ""
        for i in stride(from: 0, to: ownWords.count - 1, by: 2) where !stride(from: 0, to: typed.count, by: 2).contains(where: { typed[$0] == ownWords[i].lowercased() }) {
            kept += " " + ownWords[i] + " " + ownWords[i + 1]
        }
        return head + kept + modifiers
    }

    /// Every English word of the question table (stop words, words for both leaders, spellings
    /// meant, the words of English shapes): words people type that are no slips.
    var tableWords: [String] {
        var out = Array(table.stops) + table.both.flatMap { $0 } + Array(table.spellings.values)
        for shape in table.shapes where !shape.japanese {
            for case .literal(let choices, _) in shape.pattern { out += choices.flatMap { $0 } }
        }
        return out
    }

    /// The first shape of the table that matches and whose canonical query parses, with what
    /// its answer should lead with.
    func shape(_ body: String, modifiers: String) -> ([Statement], AnswerFocus?)? {
        // No question shape runs to hundreds of words or characters: a pasted page skips them.
        guard body.utf8.count <= 2000 else { return nil }
        let japanese = cleaner.isJapanese(body)
        let words = tokens(body)
        let englishKeys = words.map { $0.lowercased().trimmingPunctuation }
        let chars = japanese ? body.filter { $0 != " " }.map { String($0) } : []
        for shape in table.shapes {
            if shape.japanese && !japanese { continue }
            let keys = shape.japanese ? chars : englishKeys
            let units = shape.japanese ? chars : words
            var result: [Statement] = []
            var matcher = ShapeMatcher(pattern: shape.pattern, keys: keys)
            matcher.openEnded = shape.japanese
            _ = matcher.match { bindings in
                // `A || B`: try A, and B when A finds nothing (a sharper question first).
                result = shape.canonical.split(separator: "||").compactMap { template in
                    fill(String(template).trimmedOfSpaces(), bindings, units: units, japanese: shape.japanese).flatMap {
                        try? parseQuery(withTyped(modifiers, replacingThoseOf: $0))
                    }
                }
                return !result.isEmpty
            }
            if !result.isEmpty { return (result, shape.focus) }
        }
        return nil
    }

    /// Words of a question, a "quoted phrase" kept as one.
    func tokens(_ s: String) -> [String] {
        var out: [String] = []
        var current = ""
        var inQuotes = false
        for ch in s {
            if ch == "\"" { inQuotes.toggle(); current.append(ch); continue }
            if ch == " " && !inQuotes {
                if !current.isEmpty { out.append(current); current = "" }
            } else {
                current.append(ch)
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// The canonical query of a shape with its slots filled, or nil when a slot's words do not
    /// fit it (a speaker nobody is called, a term of nothing but question words).
    func fill(_ template: String, _ bindings: ShapeMatcher.Bindings, units: [String], japanese: Bool) -> String? {
        var out = template
        for (name, range) in bindings {
            let raw = units[range].joined(separator: japanese ? "" : " ")
            let value: String
            switch name {
            case "speaker", "speaker2":
                let name = japanese ? cleaner.stripJapanese(raw) : raw.split(separator: " ").map { TermCleaner.bare(String($0)) }.joined(separator: " ")
                guard let speaker = speakerForm(name) else { return nil }
                value = speaker
            case "people":
                guard let names = people(raw, japanese: japanese) else { return nil }
                value = names.joined(separator: " and ")
            case "both":
                let words = raw.lowercased().split(separator: " ").map(String.init)
                guard table.both.contains(words) else { return nil }
                continue
            case "term":
                let u = cleaner.units(raw)
                guard !u.isEmpty else { return nil }
                value = TermCleaner.text(u)
            case "rest":
                // how many people … → figures in people; how much yen, how much … in yen → figures in yen.
                // Read from the words as typed: a unit word may also be a lexicon entry (yen) or a
                // stop word (money), and cleaning would drop it.
                var words = raw.split(separator: " ").map(String.init)
                var unit: String?
                if let first = words.first, vocabulary.isUnit(first.trimmingPunctuation) {
                    unit = first.trimmingPunctuation
                    words.removeFirst()
                } else if let i = words.indices.dropLast().first(where: { words[$0].lowercased() == "in" && vocabulary.isUnit(words[$0 + 1].trimmingPunctuation) }) {
                    unit = words[i + 1].trimmingPunctuation
                    words.removeSubrange(i...i + 1)
                }
                let u = words.isEmpty ? [] : cleaner.units(words.joined(separator: " "))
                let about = u.isEmpty ? "" : " about " + TermCleaner.text(u)
                // The template's own unit (how much → `figures in money about {rest}`) gives way to
                // one the question names (how much in yen → `figures about … in yen`).
                guard let slot = out.firstRange(of: " about {rest}") else { return nil }
                var head = String(out[..<slot.lowerBound])
                guard unit != nil || !u.isEmpty || head.contains(" in ") else { return nil }
                if unit != nil, let own = head.firstRange(of: " in ") { head = String(head[..<own.lowerBound]) }
                out = head + about + (unit.map { " in \($0)" } ?? "") + out[slot.upperBound...]
                continue
            default:
                value = raw
            }
            out = out.replacingSlot("{\(name)}", with: value)
        }
        return out.contains("{") ? nil : out
    }

    /// The names of a `{people}` slot ("Trump and Ishiba", "Trump, Ishiba", 石破首相と岩屋外務大臣),
    /// each as the query carries it; nil when one of them names no one the record knows. The
    /// separators are the query language's own `and` and the list marks around it.
    func people(_ raw: String, japanese: Bool) -> [String]? {
        let parts: [String]
        if japanese {
            parts = raw.split(whereSeparator: { "と、,".contains($0) }).map { cleaner.stripJapanese(String($0)) }
        } else {
            var names: [[String]] = [[]]
            for word in raw.split(separator: " ").map(String.init) {
                if ["and", "&"].contains(word.lowercased()) { names.append([]); continue }
                if !TermCleaner.bare(word).isEmpty { names[names.count - 1].append(TermCleaner.bare(word)) }
                if word.hasSuffix(",") { names.append([]) }
            }
            parts = names.filter { !$0.isEmpty }.map { $0.joined(separator: " ") }
        }
        guard !parts.isEmpty else { return nil }
        var out: [String] = []
        for part in parts {
            guard let name = speakerForm(part) else { return nil }
            out.append(name)
        }
        return out
    }

    /// A speaker's name as the query should carry it, or nil when no one is called that.
    func speakerForm(_ raw: String) -> String? {
        let name = raw.trimmedOfSpaces()
        if vocabulary.isSpeaker(name) { return quotedIfNeeded(name) }
        for article in ["the ", "The "] where name.hasPrefix(article) {
            let rest = String(name.dropFirst(article.count))
            if vocabulary.isSpeaker(rest) { return quotedIfNeeded(rest) }
        }
        return nil
    }

    func quotedIfNeeded(_ name: String) -> String {
        name.split(separator: " ").contains { TermCleaner.reserved.contains($0.lowercased()) } ? "\"" + name.escaping(["\\", "\""]) + "\"" : name
    }

    /// What no shape takes: names of speakers and topic words. A speaker and a topic ask what the
    /// speaker said about it (`trump alaska`); a topic or a name alone asks for an overview.
    func keywords(_ body: String, modifiers: String) -> Statement? {
        // A "word" of dozens of letters is not something anyone searches for: junk is refused.
        // Only a question's first 64 words are read: no one types more, and a pasted megabyte
        // must not cost a lookup per word.
        let words = Array(tokens(body).filter { $0.count <= 64 }.prefix(64))
        var speaker: String?
        var rest: [String] = []
        var i = 0
        while i < words.count {
            var found = false
            if speaker == nil {
                for length in stride(from: min(4, words.count - i), through: 1, by: -1) {
                    let phrase = words[i..<(i + length)].map { TermCleaner.bare($0) }.joined(separator: " ")
                    if table.stops.contains(phrase.lowercased()) { break }
                    if let s = speakerForm(phrase) { speaker = s; i += length; found = true; break }
                }
            }
            if !found { rest.append(words[i]); i += 1 }
        }
        let units = cleaner.units(rest.joined(separator: " "))
        let text: String
        switch (speaker, units.isEmpty) {
        case (let s?, false): text = "what did \(s) say about " + TermCleaner.text(units)
        case (let s?, true): text = "overview " + s
        case (nil, false): text = "overview " + TermCleaner.text(units)
        case (nil, true): return nil
        }
        return try? parseQuery(text + modifiers)
    }

    /// Cleans the terms of a statement, and adds the same question without its context words
    /// (countries, people, places), tried when the whole question finds nothing.
    func finish(_ s: Statement, rewritten: Bool, typed: String) -> Understanding {
        let cleaned = s.query.mapTerms { cleanTerm($0) }.mapSpeakers { Self.cleanSpeaker($0) }
        // Typed as a query, the parser's word places hold for the typed line; a rewritten one's do not.
        let places = rewritten ? [] : s.places
        var candidates = [Statement(query: cleaned, limit: s.limit, format: s.format, text: typed, places: places)]
        // Looser readings, each tried only when the ones before found nothing: without the words
        // that are everywhere in the record, without the scene-setting names, without words the
        // lexicon does not know.
        for loosen in [relaxCommon, relax, keepKnown] {
            let looser = candidates.last!.query.mapTerms(loosen)
            if !candidates.contains(where: { $0.query == looser }) {
                candidates.append(Statement(query: looser, limit: s.limit, format: s.format, text: typed, places: places))
            }
        }
        // A figure is about one thing (投資額): the country it concerns is rarely in its words,
        // so for figures the question without the scene-setting words goes first.
        if case .figures = cleaned, candidates.count > 1 {
            let first = candidates.removeFirst()
            candidates.insert(first, at: min(candidates.count, 2))
        }
        return Understanding(candidates: candidates, rewritten: rewritten || cleaned != s.query)
    }

    /// A speaker as typed, without the question's closing punctuation (`who is Iwaya?`).
    static func cleanSpeaker(_ s: String) -> String {
        var t = s
        while let last = t.last, "?？.。!！,、".contains(last), t.count > 1 { t.removeLast() }
        return t
    }

    func cleanTerm(_ t: Term) -> Term {
        switch t {
        case .word(let w):
            let u = cleaner.units(w)
            if u.isEmpty { return t }
            return u.dropFirst().reduce(Term.word(u[0].text)) { .and($0, .word($1.text)) }
        case .quoted: return t
        case .and(let a, let b): return .and(cleanTerm(a), cleanTerm(b))
        case .or(let a, let b): return .or(cleanTerm(a), cleanTerm(b))
        case .not(let a): return .not(cleanTerm(a))
        }
    }

    /// An `and` of words without those that only set the scene (Japan, the US, Trump, Japan and the US).
    func relax(_ t: Term) -> Term {
        keepConjuncts(t) { !vocabulary.setsScene($0) }
    }

    /// An `and` of words without those the record mentions almost everywhere.
    func relaxCommon(_ t: Term) -> Term {
        keepConjuncts(t) { p in
            guard case .word(let w) = p, let e = vocabulary.entries(w).first else { return true }
            return !vocabulary.common.contains(e.id)
        }
    }

    /// An `and` of words with only those the lexicon knows (retaliatory tariffs → tariffs).
    func keepKnown(_ t: Term) -> Term {
        keepConjuncts(t) { p in
            guard case .word(let w) = p else { return true }
            return !vocabulary.entries(w).isEmpty || cleaner.isJapanese(w)
        }
    }

    /// The parts of an `and` that `keep` accepts; the term unchanged when it keeps none or all.
    func keepConjuncts(_ t: Term, _ keep: (Term) -> Bool) -> Term {
        guard case .and = t else { return t }
        let parts = t.conjuncts
        let kept = parts.filter(keep)
        guard !kept.isEmpty, kept.count < parts.count else { return t }
        return kept.dropFirst().reduce(kept[0]) { .and($0, $1) }
    }
}

extension Term {
    /// The parts of a chain of `and`s.
    var conjuncts: [Term] {
        if case .and(let a, let b) = self { return a.conjuncts + b.conjuncts }
        return [self]
    }
}

extension Query {
    /// The same query with each term transformed.
    func mapTerms(_ f: (Term) -> Term) -> Query {
        switch self {
        case .whoSaid(let t): return .whoSaid(f(t))
        case .quotes(let s, let t, let scene): return .quotes(speaker: s, about: t.map(f), at: scene.map(f))
        case .figures(let u, let t, let s, let a): return .figures(unit: u, about: t.map(f), speaker: s, amount: a)
        case .entities(let k, let t): return .entities(k, about: t.map(f))
        case .timeline(let t, let all, let clock, let zone): return .timeline(about: t.map(f), all: all, at: clock, in: zone)
        case .mentions(let t): return .mentions(f(t))
        case .count(let c, let t, let g, let s): return .count(c, term: t.map(f), groupBy: g, speaker: s)
        case .explain(let q): return .explain(q.mapTerms(f))
        case .overview(let t): return .overview(f(t))
        case .check(let s, let t): return .check(speaker: s, about: f(t))
        case .agreements(let t): return .agreements(about: t.map(f))
        case .compare(let a, let b, let t): return .compare(a, b, about: t.map(f))
        case .duration(let t): return .duration(f(t))
        case .whoAttended, .topics, .source, .card: return self
        }
    }
}

extension Query {
    /// The same query with each speaker name transformed.
    func mapSpeakers(_ f: (String) -> String) -> Query {
        switch self {
        case .quotes(let s?, let t, let scene): return .quotes(speaker: f(s), about: t, at: scene)
        case .figures(let u, let t, let s?, let a): return .figures(unit: u, about: t, speaker: f(s), amount: a)
        case .count(let c, let t, let g, let s?): return .count(c, term: t, groupBy: g, speaker: f(s))
        case .explain(let q): return .explain(q.mapSpeakers(f))
        case .check(let s, let t): return .check(speaker: f(s), about: t)
        case .card(let s): return .card(f(s))
        case .compare(let a, let b, let t): return .compare(f(a), f(b), about: t)
        default: return self
        }
    }
}

extension String {
    var trimmingPunctuation: String {
        String(drop(while: { ",;:!?.".contains($0) }).reversed().drop(while: { ",;:!?.".contains($0) }).reversed())
    }

    func replacingSlot(_ slot: String, with value: String) -> String {
        var out = ""
        var rest = Substring(self)
        while let r = rest.firstRange(of: slot) {
            out += rest[..<r.lowerBound] + value
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}
