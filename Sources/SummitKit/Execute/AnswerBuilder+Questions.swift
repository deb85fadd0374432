/// Answers to the question forms that go beyond one list: an overview of a term, a yes/no
/// question, a person's card, two speakers side by side, how long something lasted.
extension AnswerBuilder {
    func overview(_ items: [PlanRow], _ m: TermMatcher?, speakers: [Speaker], _ a: inout Answer) {
        let ids = Set(speakers.map(\.id))
        let ranked = rankedQuotes(items, m)
        let own = ranked.filter { ids.contains(store.quotes[$0].speaker.id) }
        let others = ranked.filter { !ids.contains(store.quotes[$0].speaker.id) }
        for i in own + others {
            let how = ids.contains(store.quotes[i].speaker.id) ? "said by" : m.map { matchReason(i, $0).rawValue } ?? "text"
            a.rows.append(evidenceRow(i, matched: how, mark: how == "heading" ? " [heading only]" : ""))
        }
        let narration = narrationSentences(items, excludingQuotes: own + others)
        for ref in narration { a.rows.append(narrationRow(ref)) }
        a.footer = "(\(own.count + others.count) quote\(own.count + others.count == 1 ? "" : "s"), \(narration.count) narration line\(narration.count == 1 ? "" : "s"))"
    }

    /// The narration among `items`, one entry per line: a reader sees each line of the record once.
    /// A line a listed quote is on is left out (its row already cites the line, and the English
    /// rendering of a line is the whole line, quote and all); sentences of one line make one entry.
    func narrationSentences(_ items: [PlanRow], excludingQuotes quotes: [Int]) -> [[SentenceRef]] {
        struct LineKey: Hashable { let record: Int, line: Int }
        var quoted = Set<LineKey>()
        for i in quotes {
            for o in store.quotes[i].occurrences {
                if let r = store.records.firstIndex(where: { $0.name == o.provenance.record }) {
                    quoted.insert(LineKey(record: r, line: o.provenance.line))
                }
            }
        }
        var out: [[SentenceRef]] = []
        var at: [LineKey: Int] = [:]
        var seen = Set<SentenceRef>()
        for case .sentence(let ref) in items where seen.insert(ref).inserted {
            let key = LineKey(record: ref.record, line: store.sentence(ref).line)
            if quoted.contains(key) { continue }
            if let k = at[key] { out[k].append(ref); continue }
            at[key] = out.count
            out.append([ref])
        }
        return out.map { $0.sorted { $0.sentence < $1.sentence } }
    }

    /// A quote as evidence (overview and yes/no layout): who, where, the words, why it matched.
    func evidenceRow(_ i: Int, matched: String, mark given: String = "") -> AnswerRow {
        let q = store.quotes[i]
        let en: Bilingual.English? = store.quoteEnglish[i].map(Bilingual.English.rendering) ?? gloss?(q.text).map(Bilingual.English.gloss)
        return AnswerRow([.text("quote"), quoteSpeaker(q, mark: given),
                          .id(q.id), .int(q.line), .lines(lines(q)), .bilingual(.init(ja: q.text, en: en, style: .quote)), .text(matched)])
    }

    /// One line's narration: its matching sentences in Japanese, the line's English.
    func narrationRow(_ refs: [SentenceRef]) -> AnswerRow {
        let ref = refs[0]
        let rec = store.records[ref.record]
        let s = rec.sentences[ref.sentence]
        let ja = refs.map { rec.text(rec.sentences[$0.sentence].range) }.joined()
        return AnswerRow([.text("narration"), .shown(.null, s.isHeading ? "(heading)" : "(narration)"), .null, .int(s.line), .lines([s.line]),
                          .bilingual(.init(ja: ja, rendering: store.englishLine(record: ref.record, line: s.line), style: .sentence)),
                          .text("text")])
    }

    func check(_ items: [PlanRow], _ m: TermMatcher?, speakers: [Speaker], asked: String, _ a: inout Answer) {
        let ids = Set(speakers.map(\.id))
        let ranked = rankedQuotes(items, m)
        let theirs = ranked.filter { ids.contains(store.quotes[$0].speaker.id) }
        let direct = m.map { m in theirs.filter { matchReason($0, m) != .heading } } ?? theirs
        let others = ranked.filter { i in
            !ids.contains(store.quotes[i].speaker.id) && (m.map { matchReason(i, $0) != .heading } ?? true)
        }
        let narration = narrationSentences(items, excludingQuotes: ranked)
        let who = speakers.first?.en ?? asked
        let topic = m?.leaves.map(\.typed).joined(separator: " ") ?? ""
        func evidence(_ i: Int) -> AnswerRow { evidenceRow(i, matched: m.map { matchReason(i, $0).rawValue } ?? "text") }
        if !direct.isEmpty {
            a.verdict = "yes"
            a.lead = "Yes — \(who) is quoted on \(topic) \(direct.count) time\(direct.count == 1 ? "" : "s") (" + direct.prefix(5).map { store.quotes[$0].id }.joined(separator: ", ") + (direct.count > 5 ? ", …" : "") + ")."
            a.rows = direct.map(evidence)
            return
        }
        a.verdict = "no"
        var lead = "No — \(who) is never quoted on \(topic)"
        if !theirs.isEmpty { lead += " (only quotes under a heading that mentions it: " + theirs.map { store.quotes[$0].id }.joined(separator: ", ") + ")" }
        if others.isEmpty && narration.isEmpty {
            let parts = m.map { partEvidence($0, who: who) } ?? nil
            guard let parts else {
                a.lead = lead + "; the record does not mention it."
                return
            }
            let together = m?.leaves.map(\.typed).joined(separator: " and ") ?? topic
            a.lead = "No — \(who) is never quoted on \(together) together; " + parts.lead
            a.rows = parts.quotes.map(evidence) + parts.narration.map(narrationRow)
            return
        } else {
            var parts: [String] = []
            if !others.isEmpty {
                var names: [String] = []
                for i in others where !names.contains(store.quotes[i].speaker.en) { names.append(store.quotes[i].speaker.en) }
                parts.append(names.prefix(3).joined(separator: ", ") + " " + (names.count == 1 ? "is" : "are") + " quoted on it")
            }
            if !narration.isEmpty {
                let lines = narration.map { store.sentence($0[0]).line }
                parts.append("the narration mentions it on line\(lines.count == 1 ? "" : "s") " + abbreviatedLines(lines, keep: 6))
            }
            lead += "; " + parts.joined(separator: "; ") + "."
        }
        a.lead = lead
        a.rows = others.map(evidence) + narration.map(narrationRow)
    }

    func card(_ items: [PlanRow], _ a: inout Answer) {
        guard case .entity(let i)? = items.first else { return }
        let e = store.entities[i]
        let quoteIDs = (store.quotesBySpeaker[e.key] ?? []).map { store.quotes[$0].id }
        let lines = Self.distinctSortedLines(e.mentions)
        a.rows = [AnswerRow(facts.entity(i) + [.lines(lines), .list(quoteIDs.map(AnswerValue.id))])]
        // A reader of English gets the name alone: how the report writes it is the next lines' matter.
        var doc = (language == .en ? e.en : "\(e.en) (\(e.ja))") + " — \(e.type.rawValue), \(e.id)"
        doc += "\nrole: " + (e.role ?? "not given")
        doc += "\nwritten as: " + e.forms.joined(separator: ", ")
        doc += "\nmentioned \(e.mentions.count) time\(e.mentions.count == 1 ? "" : "s"), on line\(lines.count == 1 ? "" : "s") " + abbreviatedLines(lines, keep: 10)
        if quoteIDs.isEmpty {
            doc += "\nquoted: never"
        } else {
            doc += "\nquoted \(quoteIDs.count) time\(quoteIDs.count == 1 ? "" : "s"): " + quoteIDs.prefix(10).joined(separator: ", ") + (quoteIDs.count > 10 ? ", …" : "")
            doc += "  (try 'quotes by \(e.en)')"
        }
        a.document = doc
    }

    func compare(_ items: [PlanRow], _ first: [Speaker], _ second: [Speaker], _ a: inout Answer) {
        let one = Set(first.map(\.id)), two = Set(second.map(\.id))
        let all = rankedQuotes(items, nil)
        let left = all.filter { one.contains(store.quotes[$0].speaker.id) }
        let right = all.filter { two.contains(store.quotes[$0].speaker.id) && !one.contains(store.quotes[$0].speaker.id) }
        a.columns[0].title = first.first?.label ?? "first"
        a.columns[1].title = second.first?.label ?? "second"
        (a.columns[0].englishTitle, a.columns[1].englishTitle) = (first.first?.en, second.first?.en)
        /// A quote in a cell: its fields for data formats; its id and line over its words for readers.
        func cell(_ i: Int) -> AnswerValue {
            let q = store.quotes[i]
            let fields = Array(zip(FactRows.quoteColumns.map(\.name), facts.quote(i)))
            let words = fields.first { $0.0 == "text" }!.1
            return .shown(.fields(fields), as: .stack([.text("\(q.id) L\(q.line)"), words]))
        }
        for k in 0..<max(left.count, right.count) {
            a.rows.append(AnswerRow([k < left.count ? cell(left[k]) : .null, k < right.count ? cell(right[k]) : .null]))
        }
        a.footer = "(\(left.count) quote\(left.count == 1 ? "" : "s") by \(first.first?.en ?? "the first"), \(right.count) by \(second.first?.en ?? "the second"))"
    }

    func duration(_ items: [PlanRow], _ plan: QueryPlan, _ a: inout Answer) {
        let asked = plan.matcher?.leaves.map(\.typed).joined(separator: " ") ?? "it"
        if items.isEmpty, let m = plan.matcher {
            // No duration: when it happened instead, answered by the plan that finds that.
            let root = PlanNode.project(AnswerLayout.timeline.columnNames, .sort(.time, .match(m, .scan(.times))))
            let times = (try? executor.run(root)) ?? []
            a = Answer(query: a.query, plan: root.rendered(), layout: .timeline)
            timeline(times, plan, &a)
            a.lead = times.isEmpty
                ? "The record gives no duration and no time for \(asked)."
                : "The record gives no duration for \(asked); it gives when it happened:"
            return
        }
        // Figures that say they measure the thing asked about are the answer; others only share a sentence with it.
        let measured = plan.matcher.map { m in items.filter { item in
            guard case .figure(let i, _) = item, let about = store.figures[i].about else { return false }
            return m.matches([TermMatcher.fold(about)])
        } } ?? []
        figures(measured.isEmpty ? items : measured, unit: nil, &a)
        // A duration may be of a part (a meeting within the talks): the lead says where to read what it measures.
        let first = a.rows.first.flatMap { row in a.column("id").map { row.values[$0.index] } }
        let example: String
        if case .id(let id)? = first?.data { example = " (try 'source \(id)')" } else { example = "" }
        a.lead = measured.isEmpty
            ? "The record states no duration of \(asked) itself; durations in the same sentences, each of what its sentence says\(example):"
            : "Durations the record states for \(asked); each one's sentence says what it measures\(example):"
    }
}

extension Query {
    /// The query itself, or the one `explain` wraps.
    var unexplained: Query {
        if case .explain(let q) = self { return q }
        return self
    }
}

/// The speakers a plan filters on, if it does.
func speakersFiltered(_ node: PlanNode) -> [Speaker] {
    switch node {
    case .filter(.speakerIn(let s), _): return s
    case .match(_, let n), .filter(_, let n), .sort(_, let n), .limit(_, let n), .group(_, let n), .project(_, let n), .convert(_, _, let n):
        return speakersFiltered(n)
    default: return []
    }
}
