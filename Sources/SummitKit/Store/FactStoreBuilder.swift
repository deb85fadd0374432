/// Collects facts while the extractor runs: gives ids, folds repeated quotes into one fact with
/// several occurrences, and merges entity mentions.
struct FactStoreBuilder {
    let lexicon: Lexicon
    var quotes: [QuoteFact] = []
    /// Quote identity (type, speaker, text) by hash → candidates, checked by comparing text.
    var quoteKeys: [UInt64: [Int]] = [:]
    var figures: [FigureFact] = []
    var ordinals: [OrdinalFact] = []
    var times: [TimeFact] = []
    var rates: [ExchangeRate] = []
    var entities: [EntityFact] = []
    /// Entity key (a lexicon id, or ja:NAME) by its FNV hash → entity indices; looked up for
    /// every mention, and hashing `String` keys normalizes them, which is slow.
    var entityKeys: [UInt64: [Int]] = [:]

    func entityIndex(key: String) -> Int? {
        entityKeys[Lexicon.hash(key)]?.first { entities[$0].key == key }
    }
    /// Every (entry, sentence) mention in text order, grouped by entry only in `build`: one
    /// growing array instead of hundreds.
    var mentions: [(entry: Int, sentence: SentenceRef)] = []
    var counters = [Int](repeating: 0, count: IDKind.allCases.count)
    /// Sentences already read, by their text: a repeat adds places to the facts found the first time.
    /// Keyed by a hash of the sentence's bytes (hashing `String`s normalizes them, which is slow).
    var sentencesSeen: [UInt64: (start: Int, facts: [SeenFact])] = [:]

    enum SeenFact { case time(Int), figure(Int), ordinal(Int) }

    /// Records a repeat of a sentence seen before; false when the sentence is new.
    mutating func repeatSentence(_ text: UInt64, start: Int, provenance: (Range<Int>) -> Provenance) -> Bool {
        guard let seen = sentencesSeen[text] else { return false }
        let shift = start - seen.start
        func moved(_ p: Provenance) -> Provenance { provenance((p.span.lowerBound + shift)..<(p.span.upperBound + shift)) }
        for f in seen.facts {
            switch f {
            case .time(let i): times[i].repeats.append(moved(times[i].provenance))
            case .figure(let i): figures[i].repeats.append(moved(figures[i].provenance))
            case .ordinal(let i): ordinals[i].repeats.append(moved(ordinals[i].provenance))
            }
        }
        return true
    }

    mutating func noteSeen(_ key: UInt64?, _ fact: SeenFact) {
        if let key { sentencesSeen[key]?.facts.append(fact) }
    }

    /// The same rate stated again adds nothing.
    mutating func addRate(_ r: ExchangeRate) {
        if !rates.contains(where: { $0.from == r.from && $0.to == r.to && $0.rate == r.rate }) { rates.append(r) }
    }

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        entityOfEntry = Array(repeating: -1, count: lexicon.entries.count)
    }

    /// The kinds of fact ids, by prefix (q, f, o, t). During extraction a fact carries a
    /// provisional id (`#q12`, never a final one), replaced by `finishRecord`.
    enum IDKind: String, CaseIterable {
        case quote = "q", figure = "f", ordinal = "o", time = "t"
        var slot: Int {
            switch self {
            case .quote: 0
            case .figure: 1
            case .ordinal: 2
            case .time: 3
            }
        }
    }

    mutating func nextID(_ kind: IDKind) -> String {
        counters[kind.slot] += 1
        return "#" + kind.rawValue + String(counters[kind.slot])
    }

    /// How many facts of each kind earlier records made: the facts from there on are the current record's.
    var recordStart = (quotes: 0, figures: 0, ordinals: 0, times: 0, entities: 0)

    /// Gives the current record's facts their ids (see `FactIDs`), now that every fact of each
    /// line is known, and points figures at their quotes and times at their partners by them.
    mutating func finishRecord(_ index: Int, of count: Int) {
        let prefix = FactIDs.recordPrefix(index, of: count)
        func place(_ p: Provenance) -> FactIDs.Place { FactIDs.Place(line: p.line, offset: p.span.lowerBound) }
        var renamed: [String: String] = [:]
        let q = recordStart.quotes..<quotes.count
        for (k, id) in zip(q, FactIDs.ids(kind: "q", prefix: prefix, places: q.map { place(quotes[$0].occurrences[0].provenance) })) {
            renamed[quotes[k].id] = id
            quotes[k].id = id
        }
        let f = recordStart.figures..<figures.count
        for (k, id) in zip(f, FactIDs.ids(kind: "f", prefix: prefix, places: f.map { place(figures[$0].provenance) })) {
            figures[k].id = id
            // A figure's quote is this record's (renamed now) or an earlier one's (named already).
            if let old = figures[k].quoteID, let new = renamed[old] { figures[k].quoteID = new }
        }
        let o = recordStart.ordinals..<ordinals.count
        for (k, id) in zip(o, FactIDs.ids(kind: "o", prefix: prefix, places: o.map { place(ordinals[$0].provenance) })) {
            ordinals[k].id = id
        }
        let t = recordStart.times..<times.count
        renamed = [:]
        for (k, id) in zip(t, FactIDs.ids(kind: "t", prefix: prefix, places: t.map { place(times[$0].provenance) })) {
            renamed[times[k].id] = id
            times[k].id = id
        }
        for k in t { if let old = times[k].pairedWith { times[k].pairedWith = renamed[old] } }
        let e = recordStart.entities..<entities.count
        for (k, id) in zip(e, FactIDs.ids(kind: "e", prefix: prefix, places: e.map { place(entities[$0].mentions[0]) })) {
            entities[k].id = id
        }
        recordStart = (quotes.count, figures.count, ordinals.count, times.count, entities.count)
    }

    mutating func reserveTimeID() -> String { nextID(.time) }

    /// Adds a quote, or one more occurrence of the same words by the same speaker; returns its id.
    /// The text is made into a String only for a new quote.
    mutating func addQuote(type: QuoteType, speaker: Speaker, bytes: [UInt8], text range: Range<Int>, topic: @autoclosure () -> String?,
                           occurrence: QuoteOccurrence, rule: String, speakerRule: String, recordIndex: Int,
                           question: QuoteQuestion? = nil) -> String {
        let key = UTF8Bytes.hash(bytes, range) ^ (Lexicon.hash(speaker.id) &* 31) ^ UInt64(type.hashValue & 0xFF)
        if let candidates = quoteKeys[key] {
            for k in candidates where quotes[k].type == type && quotes[k].speaker.id == speaker.id
                && UTF8Bytes.equal(quotes[k].text, bytes, range) {
                quotes[k].occurrences.append(occurrence)
                if quotes[k].question == nil { quotes[k].question = question }
                return quotes[k].id
            }
        }
        let id = nextID(.quote)
        quoteKeys[key, default: []].append(quotes.count)
        quotes.append(QuoteFact(id: id, type: type, speaker: speaker, text: UTF8Bytes.string(bytes, range), topic: topic(),
                                sectionHeading: occurrence.provenance.section, occurrences: [occurrence],
                                rule: rule, speakerRule: speakerRule, question: question))
        return id
    }

    mutating func shareAbout(_ a: String, _ b: String) {
        guard let ia = figures.lastIndex(where: { $0.id == a }), let ib = figures.lastIndex(where: { $0.id == b }) else { return }
        if figures[ia].about == nil { figures[ia].about = figures[ib].about }
        if figures[ib].about == nil { figures[ib].about = figures[ia].about }
    }

    /// Hashes of the forms each entity has been written in, so a repeated form costs no String.
    var formHashes: [[UInt64]] = []

    /// The entity for a lexicon entry once it has one: most mentions are of known names, and this
    /// spares them the keyed lookup.
    var entityOfEntry: [Int32]

    /// The index of the entity with `key`, made by `make` the first time.
    private mutating func entity(key: String, make: () -> EntityFact) -> Int {
        if let k = entityIndex(key: key) { return k }
        entityKeys[Lexicon.hash(key), default: []].append(entities.count)
        entities.append(make())
        formHashes.append([])
        return entities.count - 1
    }

    private mutating func addMention(_ k: Int, provenance: Provenance, formHash: UInt64, written: () -> String) {
        entities[k].mentions.append(provenance)
        if !formHashes[k].contains(formHash) {
            formHashes[k].append(formHash)
            entities[k].forms.append(written())
        }
    }

    /// Notes that a sentence mentions a lexicon entry (for `mentions` and `count mentions`).
    mutating func indexMention(entry: Int, sentence ref: SentenceRef) {
        if let last = mentions.last, last.entry == entry, last.sentence == ref { return }
        mentions.append((entry, ref))
    }

    mutating func mention(entry: Int, provenance: Provenance, bytes: [UInt8], recordIndex: Int) {
        indexMention(entry: entry, sentence: SentenceRef(record: recordIndex, sentence: provenance.sentence))
        var k = Int(entityOfEntry[entry])
        if k < 0 {
            let e = lexicon.entries[entry]
            let type: EntityType
            switch e.kind {
            case .topic: return
            case .person: type = .person
            case .group: type = .group
            case .org: type = .organization
            case .country: type = .country
            case .place: type = .place
            }
            let id = entities.count
            k = entity(key: e.id) {
                EntityFact(id: "#e\(id + 1)", type: type, ja: e.canonicalJapanese, en: e.displayName, role: e.role, key: e.id, mentions: [], forms: [])
            }
            entityOfEntry[entry] = Int32(k)
        }
        addMention(k, provenance: provenance, formHash: UTF8Bytes.hash(bytes, provenance.span), written: { UTF8Bytes.string(bytes, provenance.span) })
    }

    mutating func mention(speaker s: Speaker, provenance: Provenance, written: String) {
        let id = entities.count
        let k = entity(key: s.id) {
            EntityFact(id: "#e\(id + 1)", type: EntityType(s.kind), ja: s.ja, en: s.en, role: s.role, key: s.id, mentions: [], forms: [])
        }
        addMention(k, provenance: provenance, formHash: Lexicon.hash(written), written: { written })
    }

    mutating func mention(organization name: String, provenance: Provenance) {
        let id = entities.count
        let k = entity(key: Speaker.unlistedID(name)) {
            EntityFact(id: "#e\(id + 1)", type: .organization, ja: name, en: name, role: nil, key: Speaker.unlistedID(name), mentions: [], forms: [])
        }
        addMention(k, provenance: provenance, formHash: Lexicon.hash(name), written: { name })
    }

    /// A group, organization or side known only as a speaker (an asker such as アメリカのメディア) is an entity too.
    mutating func registerGroup(_ s: Speaker) {
        guard entityIndex(key: s.id) == nil, let q = quotes.first(where: { $0.speaker.id == s.id }) else { return }
        mention(speaker: s, provenance: q.occurrences[0].provenance, written: s.ja)
    }

    func build(records: [Record]) -> FactStore {
        FactStore(records: records, lexicon: lexicon, quotes: quotes, figures: figures, ordinals: ordinals,
                  times: times, entities: entities, rates: rates, mentionIndex: mentionIndex())
    }

    /// The mentions by entry, each entry's sentences in text order without repeats.
    func mentionIndex() -> [[SentenceRef]] {
        var counts = [Int](repeating: 0, count: lexicon.entries.count)
        for m in mentions { counts[m.entry] += 1 }
        var index = counts.map { n -> [SentenceRef] in
            var refs: [SentenceRef] = []
            refs.reserveCapacity(n)
            return refs
        }
        for m in mentions where index[m.entry].last != m.sentence { index[m.entry].append(m.sentence) }
        return index
    }
}
