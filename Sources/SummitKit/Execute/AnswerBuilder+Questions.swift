/// Answers to the question forms that go beyond one list: an overview of a term, a yes/no
/// question, a person's card, two speakers side by side, how long something lasted.
extension AnswerBuilder {
    func overview(_ items: [Item], _ m: TermMatcher?, speakers: [Speaker], _ b: inout Rows) {
        b.columns = ["kind", "who", "id", "line", "text", "text_en", "matched"]
        b.tableColumns = [.init(title: "who"), .init(title: "id", wrap: false), .number("line"), .init(title: "what was said or written")]
        let ids = Set(speakers.map(\.id))
        let ranked = rankedQuotes(items, m)
        let own = ranked.filter { ids.contains(store.quotes[$0].speaker.id) }
        let others = ranked.filter { !ids.contains(store.quotes[$0].speaker.id) }
        for i in own + others {
            let q = store.quotes[i]
            let how = ids.contains(q.speaker.id) ? "said by" : m.map { matchReason(i, $0).rawValue } ?? "text"
            b.rows.append(.object([("kind", .string("quote")), ("who", q.speaker.json), ("id", .string(q.id)), ("line", .int(q.line)),
                                   ("text", .string(q.text)), ("text_en", opt(store.quoteEnglish[i])), ("matched", .string(how))]))
            appendQuote(q, before: [q.speaker.label + (how == "heading" ? " [heading only]" : ""), q.id, lines(q)], &b)
            b.text.append("\(q.id) L\(lines(q)) \(q.speaker.label): " + quoteText(q))
        }
        let narration = narrationSentences(items, excludingQuotes: own + others)
        for ref in narration { appendNarration(ref, &b) }
        b.footer = "(\(own.count + others.count) quote\(own.count + others.count == 1 ? "" : "s"), \(narration.count) narration sentence\(narration.count == 1 ? "" : "s"))"
    }

    /// Sentences among `items` that are not simply the sentences the listed quotes stand in.
    func narrationSentences(_ items: [Item], excludingQuotes quotes: [Int]) -> [SentenceRef] {
        var taken = Set<SentenceRef>()
        for i in quotes {
            for o in store.quotes[i].occurrences {
                if let r = store.records.firstIndex(where: { $0.name == o.provenance.record }) {
                    taken.insert(SentenceRef(record: r, sentence: o.provenance.sentence))
                }
            }
        }
        var out: [SentenceRef] = []
        for case .sentence(let ref) in items where taken.insert(ref).inserted { out.append(ref) }
        return out
    }

    func appendNarration(_ ref: SentenceRef, _ b: inout Rows) {
        let rec = store.records[ref.record]
        let s = rec.sentences[ref.sentence]
        let text = rec.text(s.range)
        let en = store.englishLine(record: ref.record, line: s.line)
        b.rows.append(.object([("kind", .string("narration")), ("who", .null), ("id", .null), ("line", .int(s.line)),
                               ("text", .string(text)), ("text_en", opt(en)), ("matched", .string("text"))]))
        appendLines(lineDisplay(text, record: rec.name, line: s.line), before: [s.isHeading ? "(heading)" : "(narration)", "", String(s.line)], &b)
        b.text.append("L\(s.line) (narration) " + lineDisplay(text, record: rec.name, line: s.line).joined(separator: " "))
    }

    func check(_ items: [Item], _ m: TermMatcher?, speakers: [Speaker], asked: String, _ b: inout Rows) {
        b.columns = ["kind", "who", "id", "line", "text", "text_en", "matched"]
        b.tableColumns = [.init(title: "who"), .init(title: "id", wrap: false), .number("line"), .init(title: "evidence")]
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
        if !direct.isEmpty {
            b.verdict = "yes"
            b.lead = "Yes — \(who) is quoted on \(topic) \(direct.count) time\(direct.count == 1 ? "" : "s") (" + direct.prefix(5).map { store.quotes[$0].id }.joined(separator: ", ") + (direct.count > 5 ? ", …" : "") + ")."
            for i in direct { appendEvidence(i, m, &b) }
            return
        }
        b.verdict = "no"
        var lead = "No — \(who) is never quoted on \(topic)"
        if !theirs.isEmpty { lead += " (only quotes under a heading that mentions it: " + theirs.map { store.quotes[$0].id }.joined(separator: ", ") + ")" }
        if others.isEmpty && narration.isEmpty {
            lead += "; the record does not mention it."
        } else {
            var parts: [String] = []
            if !others.isEmpty {
                var names: [String] = []
                for i in others where !names.contains(store.quotes[i].speaker.en) { names.append(store.quotes[i].speaker.en) }
                parts.append(names.prefix(3).joined(separator: ", ") + " " + (names.count == 1 ? "is" : "are") + " quoted on it")
            }
            if !narration.isEmpty {
                let lines = narration.map { store.sentence($0).line }
                parts.append("the narration mentions it on line\(lines.count == 1 ? "" : "s") " + abbreviatedLines(lines, keep: 6))
            }
            lead += "; " + parts.joined(separator: "; ") + "."
        }
        b.lead = lead
        for i in others { appendEvidence(i, m, &b) }
        for ref in narration { appendNarration(ref, &b) }
    }

    private func appendEvidence(_ i: Int, _ m: TermMatcher?, _ b: inout Rows) {
        let q = store.quotes[i]
        b.rows.append(.object([("kind", .string("quote")), ("who", q.speaker.json), ("id", .string(q.id)), ("line", .int(q.line)),
                               ("text", .string(q.text)), ("text_en", opt(store.quoteEnglish[i])),
                               ("matched", .string(m.map { matchReason(i, $0).rawValue } ?? "text"))]))
        appendQuote(q, before: [q.speaker.label, q.id, lines(q)], &b)
        b.text.append("\(q.id) L\(lines(q)) \(q.speaker.label): " + quoteText(q))
    }

    func card(_ items: [Item], _ b: inout Rows) {
        b.columns = ["id", "type", "en", "ja", "role", "mentions", "lines", "forms", "quotes"]
        b.tableColumns = [.init(title: "card")]
        guard case .entity(let i)? = items.first else { return }
        let e = store.entities[i]
        let quoteIDs = (store.quotesBySpeaker[e.key] ?? []).map { store.quotes[$0].id }
        let lines = Self.distinctSortedLines(e.mentions)
        b.rows = [.object([("id", .string(e.id)), ("type", .string(e.type.rawValue)), ("en", .string(e.en)), ("ja", .string(e.ja)),
                           ("role", opt(e.role)), ("mentions", .int(e.mentions.count)), ("lines", .array(lines.map(JSONValue.int))),
                           ("forms", .array(e.forms.map(JSONValue.string))), ("quotes", .array(quoteIDs.map(JSONValue.string)))])]
        var doc = "\(e.en) (\(e.ja)) — \(e.type.rawValue), \(e.id)"
        doc += "\nrole: " + (e.role ?? "not given")
        doc += "\nwritten as: " + e.forms.joined(separator: ", ")
        doc += "\nmentioned \(e.mentions.count) time\(e.mentions.count == 1 ? "" : "s"), on line\(lines.count == 1 ? "" : "s") " + abbreviatedLines(lines, keep: 10)
        if quoteIDs.isEmpty {
            doc += "\nquoted: never"
        } else {
            doc += "\nquoted \(quoteIDs.count) time\(quoteIDs.count == 1 ? "" : "s"): " + quoteIDs.prefix(10).joined(separator: ", ") + (quoteIDs.count > 10 ? ", …" : "")
            doc += "  (try 'quotes by \(e.en)')"
        }
        b.document = doc
        b.cells = doc.split(separator: "\n").map { [String($0)] }
        b.text = doc.split(separator: "\n").map(String.init)
    }

    func compare(_ items: [Item], _ first: [Speaker], _ second: [Speaker], _ b: inout Rows) {
        let a = Set(first.map(\.id)), c = Set(second.map(\.id))
        let all = rankedQuotes(items, nil)
        let left = all.filter { a.contains(store.quotes[$0].speaker.id) }
        let right = all.filter { c.contains(store.quotes[$0].speaker.id) && !a.contains(store.quotes[$0].speaker.id) }
        let titles = [first.first?.label ?? "first", second.first?.label ?? "second"]
        b.columns = ["first", "second"]
        b.tableColumns = [.init(title: titles[0]), .init(title: titles[1])]
        for k in 0..<max(left.count, right.count) {
            let l = k < left.count ? store.quotes[left[k]] : nil
            let r = k < right.count ? store.quotes[right[k]] : nil
            b.rows.append(.object([("first", l.map { .object(quoteJSON($0)) } ?? .null), ("second", r.map { .object(quoteJSON($0)) } ?? .null)]))
            let ll = l.map { ["\($0.id) L\($0.line)"] + quoteDisplay($0) } ?? []
            let rl = r.map { ["\($0.id) L\($0.line)"] + quoteDisplay($0) } ?? []
            for n in 0..<max(ll.count, rl.count) { b.cells.append([n < ll.count ? ll[n] : "", n < rl.count ? rl[n] : ""]) }
            if let l { b.text.append("\(l.id) \(l.speaker.en): " + quoteText(l)) }
            if let r { b.text.append("\(r.id) \(r.speaker.en): " + quoteText(r)) }
        }
        b.footer = "(\(left.count) quote\(left.count == 1 ? "" : "s") by \(first.first?.en ?? "the first"), \(right.count) by \(second.first?.en ?? "the second"))"
    }

    func duration(_ items: [Item], _ plan: QueryPlan, _ b: inout Rows) {
        let asked = plan.matcher?.leaves.map(\.typed).joined(separator: " ") ?? "it"
        if items.isEmpty, let m = plan.matcher {
            let times = (try? executor.run(.sort(.time, .match(m, .scan(.times))))) ?? []
            timeline(times, plan, &b)
            b.lead = times.isEmpty
                ? "The record gives no duration and no time for \(asked)."
                : "The record gives no duration for \(asked); it gives when it happened:"
            return
        }
        // Figures that say they measure the thing asked about are the answer; others only share a sentence with it.
        let measured = plan.matcher.map { m in items.filter { item in
            guard case .figure(let i, _) = item, let about = store.figures[i].about else { return false }
            return m.matches([TermMatcher.fold(about)])
        } } ?? []
        figures(measured.isEmpty ? items : measured, unit: nil, &b)
        b.lead = "How long \(asked) lasted, as the record states it:"
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
