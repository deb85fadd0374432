/// Runs a plan's operator tree over the fact store.
public struct Executor: Sendable {
    public let store: FactStore
    /// Each quote's folded text, topic and section heading (in that order).
    let foldedQuotes: [[[UInt8]]]
    /// Each quote's folded English rendering (empty when it has none).
    let foldedQuoteEnglish: [[UInt8]]

    public init(store: FactStore) {
        self.store = store
        // Quotes are few (repeats fold into one fact), so their folded texts are kept ready.
        foldedQuotes = store.quotes.map { q in
            [q.text, q.topic ?? "", q.sectionHeading ?? ""].map { TermMatcher.foldBytes($0) }
        }
        foldedQuoteEnglish = store.quoteEnglish.map { TermMatcher.foldBytes($0 ?? "") }
    }

    public func run(_ node: PlanNode, cancel: Cancellation = .never) throws(QueryCancelled) -> [PlanRow] {
        if cancel.isCancelled { throw QueryCancelled() }
        switch node {
        case .scan(let kind):
            switch kind {
            case .quotes: return store.quotes.indices.map(PlanRow.quote)
            case .figures: return store.figures.indices.map { .figure($0, nil) }
            case .times: return store.times.indices.map(PlanRow.time)
            case .entities: return store.entities.indices.map(PlanRow.entity)
            case .sections:
                return store.records.indices.flatMap { r in store.records[r].sections.indices.map { PlanRow.section(record: r, index: $0) } }
            case .sentences:
                return store.records.indices.flatMap { r in store.records[r].sentences.indices.map { PlanRow.sentence(SentenceRef(record: r, sentence: $0)) } }
            }
        case .quotesBySpeaker(let speakers):
            return speakers.flatMap { store.quotesBySpeaker[$0.id] ?? [] }.sorted().map(PlanRow.quote)
        case .figuresByUnit(let units):
            return units.flatMap { store.figuresByUnit[$0] ?? [] }.sorted().map { .figure($0, nil) }
        case .figuresBySpeaker(let speakers):
            return speakers.flatMap { store.figuresBySpeaker[$0.id] ?? [] }.sorted().map { .figure($0, nil) }
        case .mentionsByTerm(let m):
            var refs = Set<SentenceRef>()
            for leaf in m.leaves { for e in leaf.entries { refs.formUnion(store.sentences(mentioning: e)) } }
            return try kept(refs.sorted().map(PlanRow.sentence), cancel) { item in
                guard case .sentence(let ref) = item else { return false }
                return m.matches(bytes: [folded(sentence: ref)])
            }
        case .match(let m, let child):
            return try kept(try run(child, cancel: cancel), cancel) { m.matches(bytes: haystacks($0), english: englishHaystacks($0)) }
        case .filter(let p, let child):
            let items = try run(child, cancel: cancel)
            return try filter(items, p, cancel: cancel)
        case .convert(let unit, let rate, let child):
            return try run(child, cancel: cancel).map { item in
                guard case .figure(let i, _) = item else { return item }
                let v = store.figures[i].value
                // Multiply going from → to; divide coming back, so 1500億円 at 150 is exactly 10億 USD.
                let converted = rate.to == unit ? v * rate.rate : v / rate.rate
                return .figure(i, PlanRow.Conversion(unit: unit, value: converted, rate: rate))
            }
        case .union(let children):
            var out: [PlanRow] = []
            for c in children { out += try run(c, cancel: cancel) }
            return out
        case .group(let key, let child):
            return group(try run(child, cancel: cancel), by: key)
        case .sort(let key, let child):
            return sort(try run(child, cancel: cancel), by: key)
        case .limit(let n, let child):
            return Array(try run(child, cancel: cancel).prefix(n))
        case .project(_, let child):
            return try run(child, cancel: cancel)
        case .lookup(let id):
            switch store.fact(id: id) {
            case .quote(let i)?: return [.quote(i)]
            case .figure(let i)?: return [.figure(i, nil)]
            case .time(let i)?: return [.time(i)]
            case .entity(let i)?: return [.entity(i)]
            case .ordinal(let i)?: return [.ordinal(i)]
            case .line(let ref)?: return [.sentence(ref)]
            case nil: return []
            }
        }
    }

    /// The items `keep` accepts, asking `cancel` every 256 items: one term filter over the
    /// sentences of a large record takes seconds, and Ctrl-C must stop it within a blink.
    private func kept(_ items: [PlanRow], _ cancel: Cancellation, _ keep: (PlanRow) -> Bool) throws(QueryCancelled) -> [PlanRow] {
        var out: [PlanRow] = []
        for (n, item) in items.enumerated() {
            if n & 255 == 255, cancel.isCancelled { throw QueryCancelled() }
            if keep(item) { out.append(item) }
        }
        return out
    }

    /// A sentence's bytes, ASCII lower-cased, straight from the record (no String made).
    func folded(sentence ref: SentenceRef) -> [UInt8] {
        let r = store.records[ref.record]
        return TermMatcher.foldBytes(r.bytes[r.sentences[ref.sentence].range])
    }

    func folded(_ s: String) -> [UInt8] { TermMatcher.foldBytes(s) }

    /// The English a row can also be matched against: a quote's rendering, or the rendered line
    /// of a sentence or time. Matched by whole words, since English words hide inside others.
    func englishHaystacks(_ item: PlanRow) -> [[UInt8]] {
        switch item {
        case .quote(let i): return foldedQuoteEnglish[i].isEmpty ? [] : [foldedQuoteEnglish[i]]
        case .sentence(let ref):
            return store.englishLine(record: ref.record, line: store.sentence(ref).line).map { [folded($0)] } ?? []
        case .time(let i):
            let p = store.times[i].provenance
            return store.englishLine(record: p.record, line: p.line).map { [folded($0)] } ?? []
        case .figure(let i, _):
            // A figure that says what it measures is matched on that alone, in both languages.
            let f = store.figures[i]
            if f.about != nil { return [] }
            return store.englishLine(record: f.provenance.record, line: f.line).map { [folded($0)] } ?? []
        default: return []
        }
    }

    /// What a term is matched against, for each kind of row.
    func haystacks(_ item: PlanRow) -> [[UInt8]] {
        switch item {
        case .quote(let i): return foldedQuotes[i]
        case .figure(let i, _):
            // What the figure measures when the sentence says; else the whole sentence.
            let f = store.figures[i]
            if let about = f.about { return [folded(about)] }
            return [folded(store.sentenceText(f.provenance))]
        case .sentence(let ref): return [folded(sentence: ref)]
        case .time(let i): return [folded(store.sentenceText(store.times[i].provenance))]
        case .entity(let i): let e = store.entities[i]; return [folded(e.en), folded(e.ja)]
        case .ordinal(let i): return [folded(store.sentenceText(store.ordinals[i].provenance))]
        case .section(let r, let s): return [folded(store.records[r].sections[s].heading)]
        case .group(_, _, let items): return items.flatMap(haystacks)
        }
    }

    private func filter(_ items: [PlanRow], _ p: PlanNode.Predicate, cancel: Cancellation) throws(QueryCancelled) -> [PlanRow] {
        switch p {
        case .speakerIn(let speakers):
            let ids = Set(speakers.map(\.id))
            return items.filter {
                switch $0 {
                case .quote(let i): return ids.contains(store.quotes[i].speaker.id)
                case .figure(let i, _): return store.figures[i].speaker.map { ids.contains($0.id) } ?? false
                default: return false
                }
            }
        case .amount(let lo, let hi, let unit, _):
            return items.filter {
                guard case .figure(let i, let conv) = $0 else { return false }
                let f = store.figures[i]
                var value = conv?.value ?? f.value
                let fUnit = conv?.unit ?? f.unit
                if let unit, unit != fUnit {
                    // Compare across currencies only through a rate the record states.
                    guard let converted = convert(value, from: fUnit, to: unit) else { return false }
                    value = converted
                }
                // over/under are strict; between includes its ends.
                let inclusive = lo != nil && hi != nil
                if let lo, inclusive ? value < lo : !(value > lo) { return false }
                if let hi, inclusive ? value > hi : !(value < hi) { return false }
                return true
            }
        case .entityTypes(let types):
            return items.filter { if case .entity(let i) = $0 { return types.contains(store.entities[i].type) }; return false }
        case .entityMentionedNear(let m):
            return try kept(items, cancel) {
                guard case .entity(let i) = $0 else { return false }
                let e = store.entities[i]
                return e.mentions.contains { p in m.matches(bytes: [folded(store.sentenceText(p))]) }
            }
        case .sentenceSays(let words):
            let patterns = words.map { Array($0.utf8) }
            return items.filter {
                guard case .sentence(let ref) = $0 else { return false }
                let r = store.records[ref.record]
                let bytes = Array(r.bytes[r.sentences[ref.sentence].range])
                return patterns.contains { TermMatcher.contains(bytes, $0) }
            }
        case .agreementStated(let words):
            let reading = AgreementReading(words)
            return items.filter {
                guard case .sentence(let ref) = $0 else { return false }
                let r = store.records[ref.record]
                return reading.states(r.bytes, within: r.sentences[ref.sentence].range)
            }
        case .saidAt(let m):
            return try kept(items, cancel) {
                guard case .quote(let i) = $0 else { return false }
                // Its own sentence (記者会見で「…」), or the heading of the section it stands in.
                let q = store.quotes[i]
                return m.matches(bytes: [folded(q.sectionHeading ?? "")])
                    || q.occurrences.contains { o in m.matches(bytes: [folded(store.sentenceText(o.provenance))]) }
            }
        case .unitKind(let kind):
            return items.filter { if case .figure(let i, _) = $0 { return store.figures[i].unitKind == kind }; return false }
        case .clockNear(let clock, let offset):
            let estimates = ClockEstimate(store: store)
            // Cancellable: a zone-less time looks back through its record for the zone it carries.
            return try kept(items, cancel) {
                guard case .time(let i) = $0 else { return false }
                return ([i] + (TimelineView.partner(of: i, store).map { [$0] } ?? [])).contains { k in
                    Self.reads(k, near: clock.minutes, offset: offset, estimates)
                }
            }
        case .entityNotIn(let ids):
            return items.filter { if case .entity(let i) = $0 { return !ids.contains(store.entities[i].id) }; return true }
        case .attendance(let words):
            return try kept(items, cancel) {
                guard case .entity(let i) = $0 else { return false }
                return store.entities[i].mentions.contains { p in
                    let text = store.sentenceText(p)
                    return words.contains { text.contains($0) }
                }
            }
        }
    }

    /// Whether time fact `k` is a clock time within half an hour of `minutes` (circularly, so 23:50
    /// is near 0:10). With `offset`, the fact's reading is moved into that zone first: from its own
    /// zone, else the zone the report's clock carried to it; a time of unknown zone is taken as is.
    static func reads(_ k: Int, near minutes: Int, offset: Int?, _ estimates: ClockEstimate) -> Bool {
        guard let iso = estimates.store.times[k].iso, let clock = ClockEstimate.clock(iso) else { return false }
        var reading = clock.minutes
        if let offset, let own = clock.offset ?? estimates.carriedOffset(before: k) { reading += offset - own }
        let distance = ((reading - minutes) % 1440 + 1440) % 1440
        return min(distance, 1440 - distance) <= 30
    }

    func convert(_ value: Double, from: String, to: String) -> Double? {
        if let r = store.rates.first(where: { $0.from == from && $0.to == to }) { return value * r.rate }
        if let r = store.rates.first(where: { $0.from == to && $0.to == from }) { return value / r.rate }
        return nil
    }

    private func group(_ items: [PlanRow], by key: PlanNode.GroupKey) -> [PlanRow] {
        var order: [String] = []
        var buckets: [String: (String, [PlanRow])] = [:]
        for item in items {
            let (k, label) = groupKey(item, key)
            if buckets[k] == nil { order.append(k); buckets[k] = (label, []) }
            buckets[k]!.1.append(item)
        }
        return order.map { .group(key: $0, label: buckets[$0]!.0, items: buckets[$0]!.1) }
    }

    private func groupKey(_ item: PlanRow, _ key: PlanNode.GroupKey) -> (String, String) {
        switch (item, key) {
        case (.quote(let i), .speaker): let s = store.quotes[i].speaker; return (s.id, s.label)
        case (.quote(let i), .topic), (.quote(let i), .section):
            let q = store.quotes[i]; let t = q.sectionHeading ?? "(no section)"; return (t, t)
        case (.figure(let i, _), .unit): return (store.figures[i].unit, store.figures[i].unit)
        case (.figure(let i, _), .speaker):
            let s = store.figures[i].speaker; return (s?.id ?? "-", s?.label ?? "(not in a quote)")
        case (.figure(let i, _), _): let t = store.figures[i].provenance.section ?? "(no section)"; return (t, t)
        case (.sentence(let ref), _):
            let s = store.sentence(ref)
            let t = s.section >= 0 ? store.records[ref.record].sections[s.section].heading : "(no section)"
            return (t, t)
        default: return ("-", "-")
        }
    }

    private func sort(_ items: [PlanRow], by key: PlanNode.SortKey) -> [PlanRow] {
        switch key {
        case .line:
            return items.enumerated().sorted { a, b in
                let la = line(a.element), lb = line(b.element)
                return la != lb ? la < lb : a.offset < b.offset
            }.map(\.element)
        case .time:
            return items.enumerated().sorted { a, b in
                let ka = timeKey(a.element), kb = timeKey(b.element)
                return ka != kb ? ka < kb : a.offset < b.offset
            }.map(\.element)
        case .mentions:
            return items.enumerated().sorted { a, b in
                let ma = mentions(a.element), mb = mentions(b.element)
                return ma != mb ? ma > mb : a.offset < b.offset
            }.map(\.element)
        case .value, .count:
            return items
        }
    }

    /// Where a row comes from in its record: (record, line, byte offset), for reading order.
    func line(_ item: PlanRow) -> (Int, Int, Int) {
        func at(_ p: Provenance) -> (Int, Int, Int) { (recordIndex(p.record), p.line, p.span.lowerBound) }
        switch item {
        case .quote(let i): return at(store.quotes[i].occurrences[0].provenance)
        case .figure(let i, _): return at(store.figures[i].provenance)
        case .time(let i): return at(store.times[i].provenance)
        case .entity(let i): return at(store.entities[i].mentions[0])
        case .ordinal(let i): return at(store.ordinals[i].provenance)
        case .sentence(let ref): let s = store.sentence(ref); return (ref.record, s.line, s.range.lowerBound)
        case .section(let r, let s): let sec = store.records[r].sections[s]; return (r, sec.line, sec.range.lowerBound)
        case .group(_, _, let items): return items.first.map(line) ?? (0, 0, 0)
        }
    }

    func recordIndex(_ name: String) -> Int { store.records.firstIndex { $0.name == name } ?? 0 }

    /// Times sort by the moment when known (minutes UTC), else by date text, else by line.
    private func timeKey(_ item: PlanRow) -> (Int, Int, Int, Int) {
        guard case .time(let i) = item else { return (Int.max, 0, 0, 0) }
        let (r, l, o) = line(item)
        return (store.times[i].instant ?? Int.max, r, l, o)
    }

    private func mentions(_ item: PlanRow) -> Int {
        if case .entity(let i) = item { return store.entities[i].mentions.count }
        return 0
    }
}
