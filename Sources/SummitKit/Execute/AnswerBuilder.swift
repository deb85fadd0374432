/// Shapes the items a plan produced into an answer for each query form: typed rows under the
/// form's columns (`AnswerLayout`), written once; renderers do the rest.
public struct AnswerBuilder: Sendable {
    public let store: FactStore
    let executor: Executor
    /// The language of answers shown as a page (`source`); rows carry both languages.
    public var language: AnswerLanguage = .both
    /// A word-by-word English gloss of Japanese text, for records with no rendering of their own.
    public var gloss: (@Sendable (String) -> String?)?
    /// The tables whose English words the readings use.
    let tables: ExtractionTables
    /// English readings of amounts and times, made at the first answer asked for in English and
    /// shared by this builder's copies.
    private let readings = BuiltOnce<EnglishReadings>()

    public init(store: FactStore, executor: Executor, tables: ExtractionTables = .bundled) {
        self.store = store
        self.executor = executor
        self.tables = tables
    }

    /// Readings for a reader of English; nil for any other, whose answers show the words as written.
    var english: EnglishReadings? {
        guard language == .en else { return nil }
        let tables = self.tables
        return readings.value { EnglishReadings(tables: tables) }
    }

    var facts: FactRows { FactRows(store: store, gloss: gloss, english: english) }

    public func answer(_ plan: QueryPlan, items: [PlanRow]) -> Answer {
        var a = Answer(query: plan.statement.text, plan: plan.root.rendered(), layout: AnswerLayout(plan.answerKind))
        switch plan.answerKind {
        case .overview(let speakers): overview(items, plan.matcher, speakers: speakers, &a)
        case .check(let speakers, let asked): check(items, plan.matcher, speakers: speakers, asked: asked, &a)
        case .card: card(items, &a)
        case .agreements: agreements(items, plan.matcher, &a)
        case .compare(let first, let second): compare(items, first, second, &a)
        case .duration: duration(items, plan, &a)
        case .whoSaid: quotes(items, plan.matcher, marks: false, &a)
        case .quotes: quotes(items, plan.matcher, marks: true, &a)
        case .figures(let unit): figures(items, unit: unit, &a)
        case .entities: entities(items, &a)
        case .attended(let excluding):
            entities(items, &a)
            if !excluding.isEmpty { a.lead = othersLead(a, leftOut: excluding) }
        case .timeline: timeline(items, plan, &a)
        case .topics: topics(items, &a)
        case .mentions: mentions(items, plan.matcher, &a)
        case .count(let target, let grouping):
            count(items, target, grouping, &a)
            if grouping == nil, case .count(_, let term, _, let speaker) = plan.statement.query.unexplained {
                let what = countDescription(items, target)
                var lead = "\(items.count) \(what)"
                if let speaker, target == .quotes { lead = (speakersFiltered(plan.root).first?.en ?? speaker) + " is quoted \(items.count) time\(items.count == 1 ? "" : "s"): \(what)" }
                if let term, target == .mentions { lead = "\(term.canonicalText) is mentioned in \(items.count) \(what)" }
                a.lead = lead + "."
            }
        case .source(let id): source(id, items, plan.matcher, &a)
        }
        fillMissingEnglish(&a)
        return a
    }

    /// The explain answer: the plan itself.
    public func explain(_ plan: QueryPlan) -> Answer {
        let text = plan.root.rendered()
        var a = Answer(query: plan.statement.text, plan: text, layout: .plan)
        a.rows = [AnswerRow([.text(text)])]
        a.document = text
        return a
    }

    /// A row from values named by column; columns not named are null.
    func row(_ a: Answer, _ named: [(String, AnswerValue)]) -> AnswerRow {
        var values = [AnswerValue](repeating: .null, count: a.columns.count)
        for (name, v) in named {
            guard let (i, _) = a.column(name) else { preconditionFailure("no column \(name)") }
            values[i] = v
        }
        return AnswerRow(values)
    }

    func lines(_ q: QuoteFact) -> [Int] { q.occurrences.map(\.provenance.line) }

    /// A speaker with words after their name (" (headline)", " [topic]"): the speaker for data,
    /// the label and the words for a reader, the English name and the words for a reader of English.
    /// `englishMark` is what English answers show when the mark holds Japanese (what a
    /// reporter asked, as the record words it).
    static func speaker(_ s: Speaker, mark: String, englishMark: String? = nil) -> AnswerValue {
        guard !mark.isEmpty else { return .speaker(s) }
        return .shown(.speaker(s), as: .bilingual(.reading(s.label + mark, english: s.en + (englishMark ?? mark))))
    }

    /// Quote rows: who said a term (grouped by speaker), or quotes by someone about something.
    /// `marks` puts a quote's type and why it matched after its speaker.
    private func quotes(_ items: [PlanRow], _ matcher: TermMatcher?, marks: Bool, _ a: inout Answer) {
        let speakerAt = a.column("speaker")!.index
        var indices: [Int] = []
        if marks {
            indices = rankedQuotes(items, matcher)
        } else {
            for case .group(_, _, let group) in items { for case .quote(let i) in group { indices.append(i) } }
        }
        for i in indices {
            let q = store.quotes[i]
            var values = facts.quote(i)
            values.append(matcher.map { .text(matchReason(i, $0).rawValue) } ?? .null)
            if marks {
                let mark = q.type == .headline ? " (headline)" : q.type == .question ? " (question)" : ""
                values[speakerAt] = quoteSpeaker(q, mark: mark + matchedMark(q, matcher))
            }
            a.rows.append(AnswerRow(values))
        }
    }

    func figures(_ items: [PlanRow], unit: String?, _ a: inout Answer) {
        var ratesUsed: [ExchangeRate] = []
        for case .figure(let i, let conv) in items {
            let f = store.figures[i]
            var values = facts.figure(i, value: conv?.value, unit: conv?.unit)
            if let c = conv {
                let how = c.rate.to == c.unit ? "×" : "÷"
                values.append(.shown(.text("converted"), "converted \(how)\(formatNumber(c.rate.rate)) (L\(c.rate.line))"))
                values.append(.fields([("value", .number(f.value)), ("unit", .text(f.unit))]))
                values.append(.fields([("from", .text(c.rate.from)), ("to", .text(c.rate.to)), ("rate", .number(c.rate.rate)), ("line", .int(c.rate.line))]))
                if !ratesUsed.contains(c.rate) { ratesUsed.append(c.rate) }
            } else {
                values += [.text("stated"), .null, .null]
            }
            a.rows.append(AnswerRow(values))
        }
        for r in ratesUsed {
            a.notes.append("rate: 1 \(r.from) = \(formatNumber(r.rate)) \(r.to), as the record states on line \(r.line) (\(r.surface))")
        }
        if let unit, store.rates.isEmpty, ["USD", "JPY"].contains(unit) {
            a.notes.append("the record states no exchange rate, so no amounts were converted to \(unit)")
        }
    }

    private func entities(_ items: [PlanRow], _ a: inout Answer) {
        for case .entity(let i) in items {
            a.rows.append(AnswerRow(facts.entity(i) + [.lines(Self.distinctSortedLines(store.entities[i].mentions))]))
        }
    }

    /// "who else was there besides X": the people left out are named first, so the list is seen
    /// to be the others, and no one remaining is said plainly rather than shown as an empty table.
    func othersLead(_ a: Answer, leftOut: [String]) -> String {
        var names: [String] = []
        for row in a.rows { if case .text(let name) = a.value("en", in: row).data { names.append(name) } }
        let without = "Leaving out " + englishList(leftOut) + ", the record names "
        guard !names.isEmpty else { return without + "no one else as attending." }
        return without + (names.count == 1 ? "1 other person" : "\(names.count) other people") + " as attending: " + englishList(names) + "."
    }

    /// The lines of `mentions`, each once, ascending. Mentions come in text order, so usually a
    /// single pass dropping repeats does it (an entity on a thousand copies has a hundred
    /// thousand mentions); several records restart their lines, and then a sort does.
    static func distinctSortedLines(_ mentions: [Provenance]) -> [Int] {
        var out: [Int] = []
        for m in mentions {
            if let last = out.last {
                if m.line == last { continue }
                if m.line < last { return Array(Set(mentions.map(\.line))).sorted() }
            }
            out.append(m.line)
        }
        return out
    }

    private func topics(_ items: [PlanRow], _ a: inout Answer) {
        var bySection: [String: [QuoteFact]] = [:]
        for q in store.quotes { for o in q.occurrences { if let s = o.provenance.section { bySection[o.provenance.record + "\u{1}" + s, default: []].append(q) } } }
        for case .section(let r, let s) in items {
            let rec = store.records[r]
            let sec = rec.sections[s]
            let qs = bySection[rec.name + "\u{1}" + sec.heading] ?? []
            var speakers: [String] = []
            for q in qs where !speakers.contains(q.speaker.en) { speakers.append(q.speaker.en) }
            let text = sec.heading + qs.map(\.text).joined()
            let covers = store.lexicon.entriesMentioned(in: text).map { store.lexicon.entries[$0] }.filter { $0.kind == .topic }.prefix(6).map(\.displayName)
            a.rows.append(AnswerRow([.int(sec.line), .bilingual(.init(ja: sec.heading, rendering: store.englishLine(record: rec.name, line: sec.line), style: .heading)),
                                     .int(Set(qs.map(\.id)).count), .list(speakers.map(AnswerValue.text)), .list(covers.map(AnswerValue.text)),
                                     .text(rec.name)]))
        }
    }

    func mentions(_ items: [PlanRow], _ m: TermMatcher?, _ a: inout Answer) {
        for case .sentence(let ref) in items { a.rows.append(sentenceRow(ref, m)) }
    }

    /// Each agreement once: the sentences of one line make one row (the line's English is the whole
    /// line), and a heading that sums up its section's agreement is left out when the section's own
    /// sentence saying it is listed too.
    func agreements(_ items: [PlanRow], _ m: TermMatcher?, _ a: inout Answer) {
        var refs: [SentenceRef] = []
        var seen = Set<SentenceRef>()
        for case .sentence(let ref) in items where seen.insert(ref).inserted { refs.append(ref) }
        struct Key: Hashable { let record: Int, value: Int }
        let bodies = Set(refs.compactMap { r -> Key? in
            let s = store.sentence(r)
            return s.isHeading || s.section < 0 ? nil : Key(record: r.record, value: s.section)
        })
        var rows: [[SentenceRef]] = []
        var at: [Key: Int] = [:]
        for r in refs {
            let s = store.sentence(r)
            if s.isHeading, bodies.contains(Key(record: r.record, value: s.section)) { continue }
            let line = Key(record: r.record, value: s.line)
            if let k = at[line] { rows[k].append(r) } else { at[line] = rows.count; rows.append([r]) }
        }
        for group in rows { a.rows.append(sentenceRow(group, m)) }
    }

    /// A sentence of the record as a row: where it is, its section, its words in both languages.
    func sentenceRow(_ ref: SentenceRef, _ m: TermMatcher?) -> AnswerRow { sentenceRow([ref], m) }

    /// Sentences of one line as one row (their Japanese joined; the English is the line's).
    func sentenceRow(_ refs: [SentenceRef], _ m: TermMatcher?) -> AnswerRow {
        let ref = refs[0]
        let rec = store.records[ref.record]
        let s = rec.sentences[ref.sentence]
        let text = refs.map { rec.text(rec.sentences[$0.sentence].range) }.joined()
        let section: AnswerValue = s.section >= 0
            ? .bilingual(.init(ja: rec.sections[s.section].heading, rendering: store.englishLine(record: rec.name, line: rec.sections[s.section].line), style: .heading))
            : .text("")
        return AnswerRow([.text(rec.name), .int(s.line), section,
                          .bilingual(.init(ja: text, rendering: store.englishLine(record: rec.name, line: s.line), style: .sentence)),
                          .text(m?.firstForm(in: TermMatcher.fold(text)))])
    }

    /// What a count counts, in words: "quotes (57 statements, 5 headlines)".
    func countDescription(_ items: [PlanRow], _ target: CountTarget) -> String {
        switch target {
        case .quotes:
            var byType: [QuoteType: Int] = [:]
            for case .quote(let i) in items { byType[store.quotes[i].type, default: 0] += 1 }
            let parts = [(QuoteType.statement, "statement"), (.headline, "headline"), (.question, "question")].compactMap { t, name in
                byType[t].map { "\($0) \(name)\($0 == 1 ? "" : "s")" }
            }
            return "quotes" + (parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")")
        case .figures: return "figures"
        case .mentions:
            var headings = 0
            for case .sentence(let ref) in items where store.sentence(ref).isHeading { headings += 1 }
            return "sentences that mention it (\(items.count - headings) in the text, \(headings) in headings)"
        }
    }

    private func count(_ items: [PlanRow], _ target: CountTarget, _ grouping: CountGrouping?, _ a: inout Answer) {
        guard grouping != nil else {
            a.rows = [AnswerRow([.int(items.count), .text(countDescription(items, target))])]
            return
        }
        var groups: [(String, String, Int)] = []
        for case .group(let key, let label, let members) in items { groups.append((key, label, members.count)) }
        groups.sort { $0.2 != $1.2 ? $0.2 > $1.2 : $0.1 < $1.1 }
        // A speaker's label reads as their English name alone for English readers.
        let speakers = grouping == .speaker ? Dictionary(store.speakers.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }) : [:]
        a.rows = groups.map { key, label, count in
            let shown: AnswerValue = speakers[key].map { .shown(.text(label), as: .bilingual(.reading(label, english: $0.en))) } ?? .text(label)
            return AnswerRow([.text(key), shown, .int(count)])
        }
    }

    private func source(_ id: String, _ items: [PlanRow], _ m: TermMatcher?, _ a: inout Answer) {
        guard let item = items.first else { return }
        let prov: Provenance
        let kind: String
        switch item {
        case .quote(let i): prov = store.quotes[i].occurrences[0].provenance; kind = "quote"
        case .figure(let i, _): prov = store.figures[i].provenance; kind = "figure"
        case .time(let i): prov = store.times[i].provenance; kind = "time"
        case .entity(let i): prov = store.entities[i].mentions[0]; kind = "entity"
        case .ordinal(let i): prov = store.ordinals[i].provenance; kind = "ordinal"
        case .sentence(let ref): prov = store.lineProvenance(ref); kind = "line"
        default: return
        }
        guard let rec = store.record(named: prov.record) else { return }
        let para: Range<Int>
        if prov.sentence >= 0, prov.sentence < rec.sentences.count, rec.sentences[prov.sentence].paragraph >= 0 {
            let p = rec.paragraphs[rec.sentences[prov.sentence].paragraph]
            // From the paragraph's first sentence (indentation left out) to its last line's end.
            let first = rec.sentences.firstIndex { $0.line == p.firstLine && !$0.isHeading }.map { rec.sentences[$0].range.lowerBound }
            para = (first ?? rec.lineRange(p.firstLine).lowerBound)..<rec.lineRangeWithoutAsides(p.lastLine).upperBound
        } else {
            para = rec.lineRangeWithoutAsides(prov.line)
        }
        let before = rec.text(para.lowerBound..<max(para.lowerBound, min(prov.span.lowerBound, para.upperBound)))
        let match = rec.text(prov.span)
        let after = rec.text(min(max(prov.span.upperBound, para.lowerBound), para.upperBound)..<para.upperBound)
        let sentence = prov.sentence >= 0 ? rec.text(rec.sentences[prov.sentence].range) : rec.lineText(prov.line)
        // The paragraph's English, line by line from the rendering, where the record has one.
        let paraLines: ClosedRange<Int>
        if prov.sentence >= 0, prov.sentence < rec.sentences.count, rec.sentences[prov.sentence].paragraph >= 0 {
            let p = rec.paragraphs[rec.sentences[prov.sentence].paragraph]
            paraLines = p.firstLine...p.lastLine
        } else {
            paraLines = prov.line...prov.line
        }
        let paragraphEnglish = paraLines.compactMap { store.englishLine(record: rec.name, line: $0) }.joined(separator: " ")
        var why: AnswerValue = .null
        if case .quote(let i) = item { why = .fields([("quote", .text(store.quotes[i].rule)), ("speaker", .text(store.quotes[i].speakerRule))]) }
        a.rows = [row(a, [("id", .id(id)), ("kind", .text(kind)), ("record", .text(rec.name)), ("line", .int(prov.line)),
                          ("section", facts.heading(prov.section, prov)), ("sentence", .text(sentence)),
                          ("paragraph", .bilingual(.init(ja: rec.text(para), rendering: paragraphEnglish.isEmpty ? nil : paragraphEnglish, style: .sentence))),
                          ("match", .text(match)), ("why", why)])]
        var header = "\(id) (\(kind)) — \(rec.name):\(prov.line)"
        if let s = prov.section { header += " — " + (language == .ja ? s : headingEnglish(prov) ?? s) }
        let japanese = before + "\u{1}" + match + "\u{2}" + after
        var doc = header
        switch (language, paragraphEnglish.isEmpty) {
        case (.ja, _), (_, true): doc += "\n" + japanese
        case (.en, false): doc += "\n" + paragraphEnglish + "\n(the match: " + match + ")"
        case (.both, false): doc += "\n" + paragraphEnglish + "\n" + japanese
        }
        // Headlines of other articles run on after the paragraph: named, but not as the report's words.
        let asides = paraLines.flatMap { rec.asides(onLine: $0) }
        if !asides.isEmpty { doc += "\nleft out (other articles' headlines, not the report): " + asides.map { rec.text($0) }.joined(separator: " ") }
        if case .quote(let i) = item {
            let q = store.quotes[i]
            if let question = q.question {
                doc += "\nin answer to: " + question.text + (question.asker.map { " — asked by \($0.en)" } ?? "") + " (\(question.rule))"
            }
            doc += "\nwhy: \(q.rule); \(q.speakerRule) → \(q.speaker.label)"
            if q.occurrences.count > 1 { doc += "\nalso on lines " + q.occurrences.dropFirst().map { String($0.provenance.line) }.joined(separator: ", ") }
        }
        // What the extractor read the marked words as, so a reader can check it against the text.
        switch item {
        case .time(let i):
            let t = store.times[i]
            doc += "\nread as: " + Self.when(t)
            if let e = t.event { doc += "; times " + e.label + " (" + e.ja + "), rule " + e.rule }
            if !t.repeats.isEmpty { doc += "\nalso on lines " + t.repeats.map { String($0.line) }.joined(separator: ", ") }
        case .figure(let i, _):
            let f = store.figures[i]
            doc += "\nread as: " + (f.qualifier == .exact ? "" : f.qualifier.rawValue + " ") + groupedNumber(f.value) + " " + f.unit
            if let about = f.about { doc += "; measures " + (store.aboutEnglish(f).map { "\($0) (\(about))" } ?? about) }
            if !f.repeats.isEmpty { doc += "\nalso on lines " + f.repeats.map { String($0.line) }.joined(separator: ", ") }
        default:
            break
        }
        a.document = doc
    }
}

/// The speakers a quotes plan looks up, if it does.
func speakersIn(_ node: PlanNode) -> [Speaker]? {
    switch node {
    case .quotesBySpeaker(let s): return s
    case .match(_, let n), .filter(_, let n), .sort(_, let n), .limit(_, let n), .group(_, let n), .project(_, let n), .convert(_, _, let n):
        return speakersIn(n)
    default: return nil
    }
}

extension String {
    /// The source view marks the match with \u{1}…\u{2}; plain text shows them as [[…]].
    public func replacingMarks(open: String, close: String) -> String {
        var out = ""
        for ch in self {
            if ch == "\u{1}" { out += open } else if ch == "\u{2}" { out += close } else { out.append(ch) }
        }
        return out
    }
}
