/// Which fact an id names; `L166` names a line, by its first sentence.
public enum FactRef: Sendable, Equatable {
    case quote(Int), figure(Int), ordinal(Int), time(Int), entity(Int)
    case line(SentenceRef)
}

/// Every fact found in the loaded records, with the indexes the query language looks things up
/// by: speaker, lexicon term, unit, id.
public struct FactStore: Sendable {
    public let records: [Record]
    public let lexicon: Lexicon
    public let quotes: [QuoteFact]
    public let figures: [FigureFact]
    public let ordinals: [OrdinalFact]
    public let times: [TimeFact]
    public let entities: [EntityFact]
    public let rates: [ExchangeRate]
    /// Speakers in order of their first quote.
    public let speakers: [Speaker]

    /// Speaker id → quote indices.
    public let quotesBySpeaker: [String: [Int]]
    /// Unit code → figure indices.
    public let figuresByUnit: [String: [Int]]
    /// Speaker id → figure indices (figures inside their quotes).
    public let figuresBySpeaker: [String: [Int]]
    /// Indexed by lexicon entry: the sentences mentioning it, in text order.
    let mentionIndex: [[SentenceRef]]
    /// Fact id → fact, built at the first lookup by id (`source q12`, completion): a query
    /// that never names an id never needs it, and filing every id was 2% of a one-shot query.
    private let idIndex = BuiltOnce<[String: FactRef]>()
    var byID: [String: FactRef] {
        idIndex.value {
            var byID: [String: FactRef] = [:]
            byID.reserveCapacity(quotes.count + figures.count + ordinals.count + times.count + entities.count)
            for (i, q) in quotes.enumerated() { byID[q.id] = .quote(i) }
            for (i, f) in figures.enumerated() { byID[f.id] = .figure(i) }
            for (i, o) in ordinals.enumerated() { byID[o.id] = .ordinal(i) }
            for (i, t) in times.enumerated() { byID[t.id] = .time(i) }
            for (i, e) in entities.enumerated() { byID[e.id] = .entity(i) }
            return byID
        }
    }
    /// Each record's English rendering, where the project wrote one for exactly that record.
    public let english: [EnglishRendering?]
    /// Each quote's English, cut from its first occurrence's line of the rendering.
    public let quoteEnglish: [String?]

    /// The sentences that mention a lexicon entry (any of its forms, also inside longer names).
    public func sentences(mentioning entry: Int) -> [SentenceRef] {
        mentionIndex.indices.contains(entry) ? mentionIndex[entry] : []
    }

    /// The store of freshly extracted facts: the English comes from the renderings written
    /// for the records.
    init(records: [Record], lexicon: Lexicon, quotes: [QuoteFact], figures: [FigureFact], ordinals: [OrdinalFact],
         times: [TimeFact], entities: [EntityFact], rates: [ExchangeRate], mentionIndex: [[SentenceRef]]) {
        let english = records.map(EnglishRendering.written(for:))
        let quoteEnglish = quotes.map { q in
            let p = q.occurrences[0].provenance
            guard let r = records.firstIndex(where: { $0.name == p.record }), let rendering = english[r] else { return nil as String? }
            let line = records[r].lineRange(p.line)
            let ordinal = EnglishRendering.bracketOrdinal(records[r].bytes[line], before: p.span.lowerBound) - 1
            return ordinal >= 0 ? rendering.quote(line: p.line, ordinal: ordinal) : nil
        }
        self.init(records: records, lexicon: lexicon, quotes: quotes, figures: figures, ordinals: ordinals, times: times,
                  entities: entities, rates: rates, mentionIndex: mentionIndex, english: english, quoteEnglish: quoteEnglish)
    }

    /// The store with its English already known (read back from a frozen store).
    init(records: [Record], lexicon: Lexicon, quotes: [QuoteFact], figures: [FigureFact], ordinals: [OrdinalFact],
         times: [TimeFact], entities: [EntityFact], rates: [ExchangeRate], mentionIndex: [[SentenceRef]],
         english: [EnglishRendering?], quoteEnglish: [String?]) {
        self.records = records
        self.lexicon = lexicon
        self.quotes = quotes
        self.figures = figures
        self.ordinals = ordinals
        self.times = times
        self.entities = entities
        self.rates = rates
        self.mentionIndex = mentionIndex
        var speakers: [Speaker] = [], seen = Set<String>()
        var bySpeaker: [String: [Int]] = [:]
        for (i, q) in quotes.enumerated() {
            if seen.insert(q.speaker.id).inserted { speakers.append(q.speaker) }
            bySpeaker[q.speaker.id, default: []].append(i)
        }
        var byUnit: [String: [Int]] = [:], figBySpeaker: [String: [Int]] = [:]
        for (i, f) in figures.enumerated() {
            byUnit[f.unit, default: []].append(i)
            if let s = f.speaker { figBySpeaker[s.id, default: []].append(i) }
        }
        self.english = english
        self.quoteEnglish = quoteEnglish
        self.speakers = speakers
        self.quotesBySpeaker = bySpeaker
        self.figuresByUnit = byUnit
        self.figuresBySpeaker = figBySpeaker
    }

    public func fact(id: String) -> FactRef? { byID[id.lowercased()] ?? line(id: id).flatMap { $0.sentence.map(FactRef.line) } }

    /// What `L166` (`2:L166` with several records) names: the record, the line when it exists,
    /// and the line's first sentence when it holds text.
    public func line(id: String) -> (record: Int, line: Int, sentence: SentenceRef?)? {
        guard let p = FactIDs.parse(id), p.kind == "l", p.letter.isEmpty,
              let r = p.record ?? (records.count == 1 ? 0 : nil), records.indices.contains(r),
              (1...records[r].lineCount).contains(p.line) else { return nil }
        let sentences = records[r].sentences
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].line < p.line { lo = mid + 1 } else { hi = mid }
        }
        let first = lo < sentences.count && sentences[lo].line == p.line ? SentenceRef(record: r, sentence: lo) : nil
        return (r, p.line, first)
    }

    /// A whole line as a fact's place, from its first sentence (indentation left out) to its end.
    public func lineProvenance(_ ref: SentenceRef) -> Provenance {
        let record = records[ref.record]
        let s = record.sentences[ref.sentence]
        let section = s.section >= 0 ? record.sections[s.section].heading : nil
        return Provenance(record: record.name, line: s.line, section: section, sentence: ref.sentence,
                          span: s.range.lowerBound..<max(s.range.lowerBound, record.lineRangeWithoutAsides(s.line).upperBound))
    }

    /// What Tab offers after `source`: every fact id in order of place, and with `linesToo`
    /// every line that holds text (`L166`), which `source` shows.
    public func completionIDs(linesToo: Bool) -> [String] {
        let facts = byID.keys.compactMap { id in FactIDs.parse(id).map { (key: ($0.record ?? 0, $0.line, id), id: id) } }
            .sorted { $0.key < $1.key }.map(\.id)
        guard linesToo else { return facts }
        var lines: [String] = []
        for (r, record) in records.enumerated() {
            var last = 0
            for s in record.sentences where s.line != last {
                last = s.line
                lines.append(FactIDs.recordPrefix(r, of: records.count) + "L" + String(s.line))
            }
        }
        return facts + lines
    }

    /// Every fact id whose place is `line` of record `record`, in id order (for suggestions).
    public func ids(onLine line: Int, record: Int) -> [String] {
        let prefix = FactIDs.recordPrefix(record, of: records.count)
        return byID.keys.filter { key in
            guard key.hasPrefix(prefix), let p = FactIDs.parse(key) else { return false }
            return p.line == line && (p.record ?? 0) == record
        }.sorted()
    }

    /// The English of a line of a record, when the record has a rendering.
    /// A line whose end was set aside as run-on headlines has the English of its own words only.
    public func englishLine(record name: String, line: Int) -> String? {
        guard let r = records.firstIndex(where: { $0.name == name }) else { return nil }
        return englishLine(record: r, line: line)
    }

    public func englishLine(record index: Int, line: Int) -> String? {
        guard english.indices.contains(index), let rendering = english[index] else { return nil }
        return rendering.line(line, withoutRunOnHeadlines: !records[index].asides(onLine: line).isEmpty)
    }

    public func sentence(_ ref: SentenceRef) -> Sentence { records[ref.record].sentences[ref.sentence] }

    public func record(named name: String) -> Record? { records.first { $0.name == name } }

    /// The sentence text for a provenance.
    public func sentenceText(_ p: Provenance) -> String {
        guard let r = record(named: p.record), p.sentence >= 0, p.sentence < r.sentences.count else { return "" }
        return r.text(r.sentences[p.sentence].range)
    }
}
