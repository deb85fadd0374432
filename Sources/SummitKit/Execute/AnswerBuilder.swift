/// Shapes the items a plan produced into an answer for each query form.
public struct AnswerBuilder: Sendable {
    public let store: FactStore
    let executor: Executor
    /// Which language record text is shown in (JSON always carries both).
    public var language: AnswerLanguage = .both
    /// A word-by-word English gloss of Japanese text, for records with no rendering of their own.
    public var gloss: (@Sendable (String) -> String?)?

    public init(store: FactStore, executor: Executor) {
        self.store = store
        self.executor = executor
    }

    public func answer(_ plan: QueryPlan, items: [Item]) -> Answer {
        let planText = plan.root.rendered()
        var b = Rows()
        switch plan.shape {
        case .overview(let speakers): overview(items, plan.matcher, speakers: speakers, &b)
        case .check(let speakers, let asked): check(items, plan.matcher, speakers: speakers, asked: asked, &b)
        case .card: card(items, &b)
        case .agreements: mentions(items, plan.matcher, &b)
        case .compare(let first, let second): compare(items, first, second, &b)
        case .duration: duration(items, plan, &b)
        case .whoSaid: whoSaid(items, plan.matcher, &b)
        case .quotes: quotes(items, plan.matcher, &b)
        case .figures(let unit): figures(items, unit: unit, &b)
        case .entities, .attended: entities(items, &b)
        case .timeline: timeline(items, plan, &b)
        case .topics: topics(items, &b)
        case .mentions: mentions(items, plan.matcher, &b)
        case .count(let target, let grouping):
            count(items, target, grouping, &b)
            if grouping == nil, case .count(_, let term, _, let speaker) = plan.statement.query.unexplained {
                let what = countDescription(items, target)
                var lead = "\(items.count) \(what)"
                if let speaker, target == .quotes { lead = (speakersFiltered(plan.root).first?.en ?? speaker) + " is quoted \(items.count) time\(items.count == 1 ? "" : "s"): \(what)" }
                if let term, target == .mentions { lead = "\(term.canonicalText) is mentioned in \(items.count) \(what)" }
                b.lead = lead + "."
            }
        case .source(let id): source(id, items, plan.matcher, &b)
        }
        if b.rows.isEmpty, let note = noMatchNote(plan) { b.notes.append(note) }
        var answer = Answer(query: plan.statement.text, plan: planText, columns: b.columns, rows: b.rows, tableColumns: b.tableColumns,
                            cells: b.cells, textLines: b.text, notes: b.notes, document: b.document, footer: b.footer)
        answer.lead = b.lead
        answer.verdict = b.verdict
        return answer
    }

    /// The explain answer: the plan itself.
    public func explain(_ plan: QueryPlan) -> Answer {
        let text = plan.root.rendered()
        return Answer(query: plan.statement.text, plan: text, columns: ["plan"], rows: [.object([("plan", .string(text))])],
                      tableColumns: [.init(title: "plan")], cells: text.split(separator: "\n").map { [String($0)] },
                      textLines: text.split(separator: "\n").map(String.init), notes: [], document: text, footer: nil)
    }

    struct Rows {
        var columns: [String] = []
        var tableColumns: [TextTable.Column] = []
        var rows: [JSONValue] = []
        var cells: [[String]] = []
        var text: [String] = []
        var notes: [String] = []
        var document: String?
        var footer: String?
        var lead: String?
        var verdict: String?
    }

    func quoteJSON(_ q: QuoteFact) -> [(String, JSONValue)] {
        let i = quoteIndex(q)
        return [("id", .string(q.id)), ("type", .string(q.type.rawValue)),
         ("speaker", .object([("id", .string(q.speaker.id)), ("ja", .string(q.speaker.ja)), ("en", .string(q.speaker.en))])),
         ("text", .string(q.text)), ("text_en", opt(store.quoteEnglish[i])), ("gloss_en", opt(store.quoteEnglish[i] == nil ? gloss?(q.text) : nil)),
         ("topic", opt(q.topic)), ("section", opt(q.sectionHeading)),
         ("section_en", opt(headingEnglish(q.occurrences[0].provenance))),
         ("line", .int(q.line)), ("lines", .array(q.occurrences.map { .int($0.provenance.line) })),
         ("record", .string(q.occurrences[0].provenance.record))]
    }

    func lines(_ q: QuoteFact) -> String { abbreviatedLines(q.occurrences.map(\.provenance.line)) }

    private func whoSaid(_ items: [Item], _ matcher: TermMatcher?, _ b: inout Rows) {
        b.columns = ["speaker", "count", "quotes"]
        b.tableColumns = [.init(title: "speaker", wrap: false), .init(title: "id", wrap: false), .number("line"), .init(title: "quote")]
        for case .group(_, _, let group) in items {
            let qs = group.compactMap { if case .quote(let i) = $0 { return store.quotes[i] }; return nil }
            guard let first = qs.first else { continue }
            b.rows.append(.object([("speaker", first.speaker.json), ("count", .int(qs.count)),
                                   ("quotes", .array(qs.map { .object(quoteJSON($0) + matchedJSON($0, matcher)) }))]))
            b.text.append("\(first.speaker.label): \(qs.count) quote\(qs.count == 1 ? "" : "s")")
            for (k, q) in qs.enumerated() {
                appendQuote(q, before: [k == 0 ? first.speaker.label : "", q.id, lines(q)], &b)
                b.text.append("  \(q.id) L\(lines(q)) " + quoteText(q))
            }
        }
        let quoteCount = b.rows.reduce(0) { $0 + ($1["count"]?.intValue ?? 0) }
        b.footer = "(\(b.rows.count) speaker\(b.rows.count == 1 ? "" : "s"), \(quoteCount) quote\(quoteCount == 1 ? "" : "s"))"
    }

    private func quotes(_ items: [Item], _ matcher: TermMatcher?, _ b: inout Rows) {
        b.columns = ["id", "type", "speaker", "text", "text_en", "topic", "section", "line", "lines", "record", "matched"]
        b.tableColumns = [.init(title: "id", wrap: false), .number("line"), .init(title: "speaker"), .init(title: "quote")]
        for i in rankedQuotes(items, matcher) {
            let q = store.quotes[i]
            b.rows.append(.object(quoteJSON(q) + matchedJSON(q, matcher)))
            let mark = q.type == .headline ? " (headline)" : q.type == .question ? " (question)" : ""
            appendQuote(q, before: [q.id, lines(q), q.speaker.label + mark + matchedMark(q, matcher)], &b)
            b.text.append("\(q.id) L\(lines(q)) \(q.speaker.label)\(mark)\(q.topic.map { " on \($0)" } ?? ""): " + quoteText(q))
        }
    }

    func figures(_ items: [Item], unit: String?, _ b: inout Rows) {
        b.columns = ["id", "value", "unit", "qualifier", "surface", "about", "line", "lines", "basis", "speaker", "stated", "rate", "record"]
        b.tableColumns = [.init(title: "id", wrap: false), .number("line"), .init(title: "as written"), .number("value"),
                          .init(title: "unit", wrap: false), .init(title: "qualifier"), .init(title: "about"), .init(title: "basis")]
        var ratesUsed: [ExchangeRate] = []
        for case .figure(let i, let conv) in items {
            let f = store.figures[i]
            var fields: [(String, JSONValue)] = [("id", .string(f.id)), ("value", .number(conv?.value ?? f.value)),
                                                 ("unit", .string(conv?.unit ?? f.unit)), ("qualifier", .string(f.qualifier.rawValue)),
                                                 ("surface", .string(f.surface)), ("about", opt(f.about)), ("about_en", opt(store.aboutEnglish(f))), ("line", .int(f.line)),
                                                 ("lines", .array(f.lines.map(JSONValue.int))),
                                                 ("basis", .string(conv == nil ? "stated" : "converted"))]
            fields.append(("speaker", f.speaker.map { .object([("id", .string($0.id)), ("ja", .string($0.ja)), ("en", .string($0.en))]) } ?? .null))
            if let c = conv {
                fields.append(("stated", .object([("value", .number(f.value)), ("unit", .string(f.unit))])))
                fields.append(("rate", .object([("from", .string(c.rate.from)), ("to", .string(c.rate.to)),
                                                 ("rate", .number(c.rate.rate)), ("line", .int(c.rate.line))])))
                if !ratesUsed.contains(c.rate) { ratesUsed.append(c.rate) }
            } else {
                fields.append(("stated", .null)); fields.append(("rate", .null))
            }
            fields.append(("record", .string(f.provenance.record)))
            b.rows.append(.object(fields))
            let basis = conv.map { c in
                c.rate.to == c.unit ? "converted ×\(formatNumber(c.rate.rate)) (L\(c.rate.line))" : "converted ÷\(formatNumber(c.rate.rate)) (L\(c.rate.line))"
            } ?? "stated"
            b.cells.append([f.id, abbreviatedLines(f.lines), f.surface, groupedNumber(conv?.value ?? f.value), conv?.unit ?? f.unit,
                            f.qualifier.rawValue, aboutShown(f), basis])
            b.text.append("\(f.id) L\(f.line) \(f.surface) = \(groupedNumber(conv?.value ?? f.value)) \(conv?.unit ?? f.unit) (\(f.qualifier.rawValue))\(f.about.map { " — \($0)" } ?? "") [\(basis)]")
        }
        for r in ratesUsed {
            b.notes.append("rate: 1 \(r.from) = \(formatNumber(r.rate)) \(r.to), as the record states on line \(r.line) (\(r.surface))")
        }
        if let unit, store.rates.isEmpty, ["USD", "JPY"].contains(unit) {
            b.notes.append("the record states no exchange rate, so no amounts were converted to \(unit)")
        }
    }

    private func entities(_ items: [Item], _ b: inout Rows) {
        b.columns = ["id", "type", "en", "ja", "role", "mentions", "lines", "forms"]
        b.tableColumns = [.init(title: "id", wrap: false), .init(title: "type", wrap: false), .init(title: "name"), .init(title: "role"),
                          .number("mentions"), .init(title: "lines")]
        for case .entity(let i) in items {
            let e = store.entities[i]
            let ls = Self.distinctSortedLines(e.mentions)
            b.rows.append(.object([("id", .string(e.id)), ("type", .string(e.type.rawValue)), ("en", .string(e.en)), ("ja", .string(e.ja)),
                                   ("role", opt(e.role)), ("mentions", .int(e.mentions.count)), ("lines", .array(ls.map(JSONValue.int))),
                                   ("forms", .array(e.forms.map(JSONValue.string)))]))
            let lineText = abbreviatedLines(ls, keep: 8)
            b.cells.append([e.id, e.type.rawValue, e.label, e.role ?? "", String(e.mentions.count), lineText])
            b.text.append("\(e.id) \(e.label)\(e.role.map { ", \($0)" } ?? "") — \(e.mentions.count) mention\(e.mentions.count == 1 ? "" : "s")")
        }
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

    private func topics(_ items: [Item], _ b: inout Rows) {
        b.columns = ["line", "heading", "quotes", "speakers", "covers", "record"]
        b.tableColumns = [.number("line"), .init(title: "section"), .number("quotes"), .init(title: "speakers"), .init(title: "covers")]
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
            b.rows.append(.object([("line", .int(sec.line)), ("heading", .string(sec.heading)), ("heading_en", opt(store.englishLine(record: rec.name, line: sec.line))), ("quotes", .int(Set(qs.map(\.id)).count)),
                                   ("speakers", .array(speakers.map(JSONValue.string))), ("covers", .array(covers.map(JSONValue.string))),
                                   ("record", .string(rec.name))]))
            b.cells.append([String(sec.line), lineDisplay(sec.heading, record: rec.name, line: sec.line)[0], String(Set(qs.map(\.id)).count),
                            speakers.joined(separator: ", "), covers.joined(separator: ", ")])
            b.text.append("L\(sec.line) \(sec.heading)\(covers.isEmpty ? "" : " — " + covers.joined(separator: ", "))")
        }
    }

    func mentions(_ items: [Item], _ m: TermMatcher?, _ b: inout Rows) {
        b.columns = ["record", "line", "section", "text", "match"]
        b.tableColumns = [.number("line"), .init(title: "section"), .init(title: "sentence")]
        for case .sentence(let ref) in items {
            let rec = store.records[ref.record]
            let s = rec.sentences[ref.sentence]
            let text = rec.text(s.range)
            let section = s.section >= 0 ? rec.sections[s.section].heading : ""
            let match = m?.firstForm(in: TermMatcher.fold(text))
            b.rows.append(.object([("record", .string(rec.name)), ("line", .int(s.line)), ("section", .string(section)),
                                   ("text", .string(text)), ("match", opt(match))]))
            b.rows[b.rows.count - 1] = .object((b.rows[b.rows.count - 1].objectFields ?? []) + [("text_en", opt(store.englishLine(record: rec.name, line: s.line)))])
            let sectionShown = s.section >= 0 ? lineDisplay(section, record: rec.name, line: rec.sections[s.section].line)[0] : ""
            appendLines(lineDisplay(text, record: rec.name, line: s.line), before: [String(s.line), sectionShown], &b)
            b.text.append("L\(s.line) " + lineDisplay(text, record: rec.name, line: s.line).joined(separator: " "))
        }
    }

    /// What a figure measures, as the language asks: "investment (対米投資額)" for both.
    func aboutShown(_ f: FigureFact) -> String {
        guard let about = f.about else { return "" }
        guard language != .ja, let en = store.aboutEnglish(f) else { return about }
        return language == .en ? en : "\(en) (\(about))"
    }

    /// What a count counts, in words: "quotes (57 statements, 5 headlines)".
    func countDescription(_ items: [Item], _ target: CountTarget) -> String {
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

    private func count(_ items: [Item], _ target: CountTarget, _ grouping: CountGrouping?, _ b: inout Rows) {
        if grouping == nil {
            b.columns = ["count", "counts"]
            b.tableColumns = [.number("count"), .init(title: "what is counted")]
            let what = countDescription(items, target)
            b.rows = [.object([("count", .int(items.count)), ("counts", .string(what))])]
            b.cells = [[String(items.count), what]]
            b.text = ["\(items.count) \(what)"]
            return
        }
        b.columns = ["key", "label", "count"]
        b.tableColumns = [.init(title: grouping!.rawValue), .number("count")]
        var groups: [(String, String, Int)] = []
        for case .group(let key, let label, let members) in items { groups.append((key, label, members.count)) }
        groups.sort { $0.2 != $1.2 ? $0.2 > $1.2 : $0.1 < $1.1 }
        for (key, label, n) in groups {
            b.rows.append(.object([("key", .string(key)), ("label", .string(label)), ("count", .int(n))]))
            b.cells.append([label, String(n)])
            b.text.append("\(label): \(n)")
        }
    }

    private func source(_ id: String, _ items: [Item], _ m: TermMatcher?, _ b: inout Rows) {
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
            para = (first ?? rec.lineRange(p.firstLine).lowerBound)..<rec.lineRange(p.lastLine).upperBound
        } else {
            para = rec.lineRange(prov.line)
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
        b.columns = ["id", "kind", "record", "line", "section", "sentence", "paragraph", "paragraph_en", "match", "why"]
        var why: JSONValue = .null
        if case .quote(let i) = item { why = .object([("quote", .string(store.quotes[i].rule)), ("speaker", .string(store.quotes[i].speakerRule))]) }
        b.rows = [.object([("id", .string(id)), ("kind", .string(kind)), ("record", .string(rec.name)), ("line", .int(prov.line)),
                           ("section", opt(prov.section)), ("sentence", .string(sentence)),
                           ("paragraph", .string(rec.text(para))), ("paragraph_en", paragraphEnglish.isEmpty ? .null : .string(paragraphEnglish)),
                           ("match", .string(match)), ("why", why)])]
        b.tableColumns = [.init(title: "source")]
        b.cells = [[before + "[[" + match + "]]" + after]]
        var header = "\(id) (\(kind)) — \(rec.name):\(prov.line)"
        if let s = prov.section { header += " — " + (language == .ja ? s : headingEnglish(prov) ?? s) }
        let japanese = before + "\u{1}" + match + "\u{2}" + after
        var doc = header
        switch (language, paragraphEnglish.isEmpty) {
        case (.ja, _), (_, true): doc += "\n" + japanese
        case (.en, false): doc += "\n" + paragraphEnglish + "\n(the match: " + match + ")"
        case (.both, false): doc += "\n" + paragraphEnglish + "\n" + japanese
        }
        if case .quote(let i) = item {
            let q = store.quotes[i]
            doc += "\nwhy: \(q.rule); \(q.speakerRule) → \(q.speaker.label)"
            if q.occurrences.count > 1 { doc += "\nalso on lines " + q.occurrences.dropFirst().map { String($0.provenance.line) }.joined(separator: ", ") }
        }
        b.document = doc
        b.text = doc.replacingMarks(open: "[[", close: "]]").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// "no quotes match 'X'; did you mean 'Y'?" for terms that found nothing; for a speaker
    /// the record names but never quotes, says so.
    private func noMatchNote(_ plan: QueryPlan) -> String? {
        if case .quotes = plan.shape, let speakers = speakersIn(plan.root), plan.matcher == nil {
            return speakers.map { s in
                let mentions = store.entities.first { $0.key == s.id }?.mentions.count ?? 0
                return mentions > 0 ? "\(s.label) is mentioned \(mentions) time\(mentions == 1 ? "" : "s") but never quoted" : "\(s.label) is never quoted"
            }.joined(separator: "; ")
        }
        guard let m = plan.matcher else { return nil }
        let what: String
        switch plan.shape {
        case .whoSaid, .quotes: what = "quotes"
        case .figures: what = "figures"
        case .mentions: what = "sentences"
        case .entities: what = "names"
        default: what = "rows"
        }
        // At most a few terms, each shortened: a megabyte-long query must not echo back whole.
        let typed = Array(m.leaves.map(\.typed).prefix(5))
        var note = "no \(what) match " + typed.map { "'\(truncate(visible($0), toWidth: 40))'" }.joined(separator: ", ")
        if m.leaves.count > 5 { note += " and \(m.leaves.count - 5) more" }
        let vocabulary = store.lexicon.allForms
        let suggestions = typed.filter { $0.count <= 40 }.compactMap { t in Suggest.nearest(to: t, among: vocabulary).flatMap { $0.lowercased() == t.lowercased() ? nil : $0 } }
        if !suggestions.isEmpty { note += "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?" }
        return note
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
