/// Which fact an id names.
public enum FactRef: Sendable, Equatable {
    case quote(Int), figure(Int), ordinal(Int), time(Int), entity(Int)
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
    let byID: [String: FactRef]
    /// Each record's English rendering, where the project wrote one for exactly that record.
    public let english: [EnglishRendering?]
    /// Each quote's English, cut from its first occurrence's line of the rendering.
    public let quoteEnglish: [String?]

    /// The sentences that mention a lexicon entry (any of its forms, also inside longer names).
    public func sentences(mentioning entry: Int) -> [SentenceRef] {
        mentionIndex.indices.contains(entry) ? mentionIndex[entry] : []
    }

    init(records: [Record], lexicon: Lexicon, quotes: [QuoteFact], figures: [FigureFact], ordinals: [OrdinalFact],
         times: [TimeFact], entities: [EntityFact], rates: [ExchangeRate], mentionIndex: [[SentenceRef]]) {
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
        var byID: [String: FactRef] = [:]
        for (i, q) in quotes.enumerated() {
            if seen.insert(q.speaker.id).inserted { speakers.append(q.speaker) }
            bySpeaker[q.speaker.id, default: []].append(i)
            byID[q.id] = .quote(i)
        }
        var byUnit: [String: [Int]] = [:], figBySpeaker: [String: [Int]] = [:]
        for (i, f) in figures.enumerated() {
            byUnit[f.unit, default: []].append(i)
            if let s = f.speaker { figBySpeaker[s.id, default: []].append(i) }
            byID[f.id] = .figure(i)
        }
        for (i, o) in ordinals.enumerated() { byID[o.id] = .ordinal(i) }
        for (i, t) in times.enumerated() { byID[t.id] = .time(i) }
        for (i, e) in entities.enumerated() { byID[e.id] = .entity(i) }
        let english = records.map(EnglishRendering.written(for:))
        self.english = english
        quoteEnglish = quotes.map { q in
            let p = q.occurrences[0].provenance
            guard let r = records.firstIndex(where: { $0.name == p.record }), let rendering = english[r] else { return nil }
            let line = records[r].lineRange(p.line)
            let ordinal = EnglishRendering.bracketOrdinal(records[r].bytes[line], before: p.span.lowerBound) - 1
            return ordinal >= 0 ? rendering.quote(line: p.line, ordinal: ordinal) : nil
        }
        self.speakers = speakers
        self.quotesBySpeaker = bySpeaker
        self.figuresByUnit = byUnit
        self.figuresBySpeaker = figBySpeaker
        self.byID = byID
    }

    public func fact(id: String) -> FactRef? { byID[id.lowercased()] }

    /// The English of a line of a record, when the record has a rendering.
    public func englishLine(record name: String, line: Int) -> String? {
        guard let r = records.firstIndex(where: { $0.name == name }) else { return nil }
        return english[r]?.line(line)
    }

    public func englishLine(record index: Int, line: Int) -> String? {
        english.indices.contains(index) ? english[index]?.line(line) : nil
    }

    public func sentence(_ ref: SentenceRef) -> Sentence { records[ref.record].sentences[ref.sentence] }

    public func record(named name: String) -> Record? { records.first { $0.name == name } }

    /// The sentence text for a provenance.
    public func sentenceText(_ p: Provenance) -> String {
        guard let r = record(named: p.record), p.sentence >= 0, p.sentence < r.sentences.count else { return "" }
        return r.text(r.sentences[p.sentence].range)
    }
}
