/// Runs every rule over records and collects the facts into a store. Candidates are found by
/// byte scans; the rules run only around them, which keeps extraction linear and fast.
public struct Extractor: Sendable {
    public let tables: ExtractionTables
    public let lexicon: Lexicon
    /// The lexicon's forms as tries for scanning: built here, not with the lexicon, so that only
    /// a session that extracts pays for them.
    let patterns: LexiconPatterns
    let names: NameRules
    let quoteRules: QuoteRules
    let questionRules: QuestionRules
    let figureRules: FigureRules
    let timeRules: TimeRules
    let eventRules: EventRules
    let entityRules: EntityRules
    /// Which rule each character can start, so each sentence is decoded once for all of them.
    let roles: CharacterRoles
    let honorifics: [[UInt8]]

    public init(tables: ExtractionTables = .bundled, lexicon: Lexicon = .bundled) {
        self.tables = tables
        self.lexicon = lexicon
        patterns = LexiconPatterns(lexicon)
        names = NameRules(tables: tables, lexicon: lexicon, patterns: patterns)
        quoteRules = QuoteRules(tables: tables, lexicon: lexicon, patterns: patterns, names: names)
        questionRules = QuestionRules(tables: tables)
        figureRules = FigureRules(tables: tables, lexicon: lexicon)
        timeRules = TimeRules(tables: tables)
        eventRules = EventRules(tables: tables)
        entityRules = EntityRules(lexicon: lexicon, patterns: patterns, names: names, tables: tables)
        var roles = CharacterRoles()
        roles.mark(entityRules.starts, as: .name)
        roles.mark(timeRules.startFilter, as: .time)
        roles.mark(JapaneseNumber.starts, as: .number)
        roles.mark(BracketScanner.brackets, as: .bracket)
        self.roles = roles
        honorifics = tables.words.honorifics
    }

    public func extract(_ records: [Record]) -> FactStore {
        extract(records, watch: .none)!
    }

    /// The same, reporting progress on records over `Record.progressFromBytes` and stopping
    /// (nil) when the watch's cancellation says so.
    public func extract(_ records: [Record], watch: LoadWatch) -> FactStore? {
        var builder = FactStoreBuilder(lexicon: lexicon)
        for (r, record) in records.enumerated() {
            let report = record.bytes.count > Record.progressFromBytes ? watch.progress : nil
            let stopped = !extract(record, index: r, into: &builder) { done in
                report?(LoadProgress(name: record.name, stage: .extracting, done: done, total: record.bytes.count))
                return watch.cancel.isCancelled
            }
            if stopped { return nil }
            builder.finishRecord(r, of: records.count)
            report?(LoadProgress(name: record.name, stage: .done, done: record.bytes.count, total: record.bytes.count))
        }
        return builder.build(records: records)
    }

    public func extract(_ record: Record) -> FactStore { extract([record]) }

    /// False when `stop` (asked every 64 KB of text with the bytes done so far) said to stop.
    func extract(_ record: Record, index recordIndex: Int, into builder: inout FactStoreBuilder,
                 stop: (Int) -> Bool = { _ in false }) -> Bool {
        var directory = SpeakerDirectory(lexicon: lexicon, personForms: patterns.personForms, honorifics: honorifics)
        var lastSpeaker: [Int: (Speaker, String)] = [:]   // section → last statement's speaker
        // section → a question asked in a sentence with no quote after it, and whom it was asked of:
        // that speaker's later quotes in the section answer it unless they say they answer another.
        var pendingQuestion: [Int: (question: QuoteQuestion, askedOf: String?)] = [:]
        let bytes = record.bytes
        var hits: [EntityRules.Hit] = []
        var candidates = Candidates()
        var checkedAt = 0
        for sentence in record.sentences {
            let range = sentence.range
            if range.upperBound - checkedAt > 1 << 16 {
                if stop(range.upperBound) { return false }
                checkedAt = range.upperBound
            }
            roles.scan(bytes, range, into: &candidates)
            let pairs = BracketScanner.topLevelPairs(bytes, at: candidates.brackets, in: range)
            let ctx = SentenceContext(record: record, sentence: sentence)
            var quoteSpans: [(Range<Int>, Speaker, String)] = []
            var sentenceKey: UInt64? = nil

            if sentence.isHeading {
                if sentence.section >= 0, let h = quoteRules.headline(record.sections[sentence.section], bytes: bytes, directory: &directory) {
                    let id = builder.addQuote(type: .headline, speaker: h.speaker, bytes: bytes, text: h.pair.inner, topic: h.topic,
                                              occurrence: QuoteOccurrence(provenance: ctx.provenance(h.pair.inner), speakerAsWritten: h.written),
                                              rule: "quote:headline", speakerRule: "speaker:headline-start", recordIndex: recordIndex)
                    quoteSpans.append((h.pair.inner, h.speaker, id))
                    lastSpeaker[sentence.section] = (h.speaker, "speaker:carry-over")
                }
            } else {
                var regionStart = range.lowerBound
                for pair in pairs {
                    guard let verb = quoteRules.reportingVerb(after: pair, limit: range.upperBound, bytes: bytes) else { continue }
                    var topic = quoteRules.topic(before: pair.open, from: regionStart, pairs: pairs, bytes: bytes)
                    var speaker: Speaker
                    var written: String? = nil
                    var speakerRule: String
                    if verb.isQuestion {
                        if let asker = quoteRules.asker(before: pair.open, from: range.lowerBound, bytes: bytes) {
                            speaker = directory.speaker(phrase: asker); written = asker; speakerRule = "speaker:asker"
                        } else {
                            speaker = Speaker.unknown; speakerRule = "speaker:unknown-asker"
                        }
                    } else if let s = quoteRules.subject(before: pair.open, from: regionStart, pairs: pairs,
                                                         topic: topic.map { ($0.range, $0.phraseEnd) }, bytes: bytes, directory: &directory)
                                ?? (regionStart > range.lowerBound ? quoteRules.subject(before: regionStart, from: range.lowerBound, pairs: pairs,
                                                                                        topic: nil, bytes: bytes, directory: &directory) : nil) {
                        // Each quote's own clause first (Aは「…」と、Bは「…」と述べた), then the sentence before it.
                        speaker = s.speaker; written = s.written; speakerRule = "speaker:subject"
                        // The subject opened the topic phrase (Xが関税について): the topic is what follows it.
                        if let t = topic, t.range.contains(s.particle.lowerBound) {
                            let text = UTF8Bytes.stringWithoutCornerBrackets(bytes, s.particle.upperBound..<t.phraseEnd)
                            topic = text.isEmpty ? nil : (text, t.range, t.phraseEnd)
                        }
                    } else if let carried = lastSpeaker[sentence.section] {
                        speaker = carried.0; speakerRule = "speaker:carry-over"
                    } else {
                        speaker = Speaker.unknown; speakerRule = "speaker:unknown"
                    }
                    var question: QuoteQuestion? = nil
                    if !verb.isQuestion, speaker.kind != .document {
                        question = questionRules.question(in: regionStart..<pair.open, lower: range.lowerBound, pairs: pairs, bytes: bytes,
                                                          quoteRules: quoteRules, directory: &directory, rule: "question:same-sentence")
                        if question == nil, let p = pendingQuestion[sentence.section], p.askedOf == nil || p.askedOf == speaker.id {
                            question = p.question
                        }
                    }
                    let verbText = String(decoding: verb.form, as: UTF8.self)
                    let id = builder.addQuote(type: speaker.kind == .document ? .written : QuoteType(verb.kind), speaker: speaker, bytes: bytes, text: pair.inner,
                                              topic: topic?.text,
                                              occurrence: QuoteOccurrence(provenance: ctx.provenance(pair.inner), speakerAsWritten: written),
                                              rule: "quote:reporting-verb:" + verbText, speakerRule: speakerRule, recordIndex: recordIndex,
                                              question: question)
                    if !verb.isQuestion, speaker.id != Speaker.unknown.id { lastSpeaker[sentence.section] = (speaker, speakerRule) }
                    quoteSpans.append((pair.inner, speaker, id))
                    regionStart = pair.close + 3
                }
                // Asked with no quote after it (記者団から…と問われました。): the answer follows.
                if let q = questionRules.question(in: regionStart..<range.upperBound, lower: range.lowerBound, pairs: pairs, bytes: bytes,
                                                  quoteRules: quoteRules, directory: &directory, rule: "question:earlier-sentence") {
                    let askedOf = quoteRules.subject(before: range.upperBound, from: range.lowerBound, pairs: pairs, topic: nil,
                                                     bytes: bytes, directory: &directory)?.speaker ?? lastSpeaker[sentence.section]?.0
                    pendingQuestion[sentence.section] = (q, askedOf?.id)
                }
            }

            var drafts = timeRules.scan(bytes, range, candidates: candidates.times)
            var figures = figureRules.scan(bytes, range, candidates: candidates.numbers, skipping: drafts.map(\.range))
            if !drafts.isEmpty || !figures.isEmpty {
                let key = UTF8Bytes.hash(bytes, range)
                if builder.repeatSentence(key, start: range.lowerBound, provenance: ctx.provenance) {
                    drafts = []; figures = []
                } else {
                    builder.sentencesSeen[key] = (range.lowerBound, [])
                }
                sentenceKey = key
            } else {
                sentenceKey = nil
            }
            TimeRules.pairZones(&drafts, reference: record.referenceDate)
            let timeIDs = drafts.map { _ in builder.reserveTimeID() }
            let events = drafts.isEmpty ? [] : eventRules.events(for: drafts.map(\.range), in: range, pairs: pairs, bytes: bytes)
            for (k, d) in drafts.enumerated() {
                let (iso, instant) = TimeRules.iso(d, reference: record.referenceDate)
                let partner = drafts.indices.first { $0 != k && d.derivedZone && drafts[$0].offsetMinutes != nil && drafts[$0].hour != nil && !drafts[$0].derivedZone }
                    ?? drafts.indices.first { $0 != k && drafts[$0].derivedZone && d.offsetMinutes != nil && !d.derivedZone }
                builder.noteSeen(sentenceKey, .time(builder.times.count))
                builder.times.append(TimeFact(id: timeIDs[k], surface: UTF8Bytes.string(bytes, d.range), iso: iso, zone: d.zone,
                                              qualifier: d.qualifier, period: d.period,
                                              relative: d.relative.map { Self.relativeDescription($0.shift, $0.scale) },
                                              provenance: ctx.provenance(d.range), instant: instant,
                                              pairedWith: partner.map { timeIDs[$0] }, event: events[k]))
            }

            var figureIDs: [Int: String] = [:]
            for (k, f) in figures.enumerated() {
                let surface = UTF8Bytes.string(bytes, f.range)
                if f.ordinal {
                    builder.noteSeen(sentenceKey, .ordinal(builder.ordinals.count))
                    builder.ordinals.append(OrdinalFact(id: builder.nextID(.ordinal), surface: surface, value: Int(f.value),
                                                        unit: f.unit.code, provenance: ctx.provenance(f.range)))
                    continue
                }
                let inQuote = quoteSpans.first { $0.0.contains(f.range.lowerBound) }
                let id = builder.nextID(.figure)
                figureIDs[k] = id
                builder.noteSeen(sentenceKey, .figure(builder.figures.count))
                builder.figures.append(FigureFact(id: id, surface: surface, value: f.value, unit: f.unit.code, unitKind: f.unit.kind,
                                                  qualifier: f.qualifier, about: f.about, provenance: ctx.provenance(f.range),
                                                  speaker: inQuote?.1, quoteID: inQuote?.2))
            }
            for (a, b, surface) in figureRules.equivalences(figures, bytes) {
                builder.addRate(ExchangeRate(from: figures[a].unit.code, to: figures[b].unit.code,
                                             rate: figures[b].value / figures[a].value, line: sentence.line, surface: surface))
                // The pair measures one thing: share what it is about.
                if let ia = figureIDs[a], let ib = figureIDs[b] { builder.shareAbout(ia, ib) }
            }

            entityRules.scan(bytes, range, candidates: candidates.names, into: &hits)
            for hit in hits {
                switch hit {
                case .lexicon(let entry, let r):
                    builder.mention(entry: entry, provenance: ctx.provenance(r), bytes: bytes, recordIndex: recordIndex)
                case .inner(let entry, _):
                    builder.indexMention(entry: entry, sentence: SentenceRef(record: recordIndex, sentence: sentence.index))
                case .titled(let t):
                    let s = directory.speaker(titled: t)
                    builder.mention(speaker: s, provenance: ctx.provenance(t.range), written: t.name + t.title)
                case .organization(let name, let r):
                    builder.mention(organization: name, provenance: ctx.provenance(r))
                }
            }
            for (_, s, _) in quoteSpans where s.isUnlisted && s.kind != .person {
                builder.registerGroup(s)
            }
        }
        return true
    }


    static func relativeDescription(_ shift: Int, _ scale: String) -> String {
        switch (scale, shift) {
        case ("day", 0): return "today"
        case ("day", 1): return "tomorrow"
        case ("day", -1): return "yesterday"
        case ("moment", _): return "a moment before the report"
        case (_, 0): return "this \(scale)"
        case (_, 1): return "next \(scale)"
        case (_, -1): return "last \(scale)"
        default: return "\(shift > 0 ? "+" : "")\(shift) \(scale)s"
        }
    }
}
