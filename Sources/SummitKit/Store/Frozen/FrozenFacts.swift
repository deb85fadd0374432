/// Each kind of fact written to and read from the frozen store, field by field, the writer and
/// the reader of a kind side by side so that they stay in step. A place that points outside the
/// record is refused: answers index the record's lines and sentences by it.
extension FrozenWriter {
    mutating func place(_ p: Provenance) {
        string(p.record); body.int(p.line); string(p.section); body.int(p.sentence)
        body.int(p.span.lowerBound); body.int(p.span.count)
    }

    mutating func places(_ ps: [Provenance]) { array(ps) { $0.place($1) } }

    mutating func speaker(_ s: Speaker) {
        string(s.id); string(s.ja); string(s.en); string(s.role); value(s.kind)
    }

    mutating func quote(_ q: QuoteFact) {
        string(q.id); value(q.type); speaker(q.speaker); string(q.text); string(q.topic); string(q.sectionHeading)
        array(q.occurrences) { $0.place($1.provenance); $0.string($1.speakerAsWritten) }
        string(q.rule); string(q.speakerRule)
        body.bool(q.question != nil)
        if let question = q.question {
            string(question.text); string(question.about); string(question.rule)
            body.bool(question.asker != nil)
            if let a = question.asker { speaker(a) }
        }
    }

    mutating func figure(_ f: FigureFact) {
        string(f.id); string(f.surface); body.double(f.value); string(f.unit); value(f.unitKind)
        value(f.qualifier); string(f.about); place(f.provenance)
        body.bool(f.speaker != nil)
        if let s = f.speaker { speaker(s) }
        string(f.quoteID); places(f.repeats)
    }

    mutating func ordinal(_ o: OrdinalFact) {
        string(o.id); string(o.surface); body.int(o.value); string(o.unit); place(o.provenance); places(o.repeats)
    }

    mutating func time(_ t: TimeFact) {
        string(t.id); string(t.surface); string(t.iso); string(t.zone); string(t.qualifier); string(t.period); string(t.relative)
        place(t.provenance)
        body.bool(t.instant != nil)
        if let i = t.instant { body.int(i) }
        string(t.pairedWith)
        body.bool(t.event != nil)
        if let e = t.event {
            string(e.ja); string(e.en); string(e.rule)
            body.bool(e.phase != nil)
            if let p = e.phase { value(p) }
        }
        places(t.repeats)
    }

    mutating func entity(_ e: EntityFact) {
        string(e.id); value(e.type); string(e.ja); string(e.en); string(e.role); string(e.key)
        places(e.mentions)
        array(e.forms) { $0.string($1) }
    }

    mutating func rate(_ r: ExchangeRate) {
        string(r.from); string(r.to); body.double(r.rate); body.int(r.line); string(r.surface)
    }
}

extension FrozenWriter {
    /// The record's English rendering, when it has one: its checksum and its quotes, already cut.
    /// Its lines are not written: a frozen store is of the bundled record, whose rendering the
    /// binary holds compiled (`EnglishRendering(bundledWith:quotes:)`).
    mutating func english(_ e: EnglishRendering?) {
        body.bool(e != nil)
        guard let e else { return }
        string(e.checksum)
        array(e.quoteRows) { w, row in
            w.body.int(row.line)
            w.array(row.quotes) { $0.string($1) }
        }
    }
}

extension FrozenReader {
    mutating func english() throws(ByteReader.Refusal) -> EnglishRendering? {
        guard try bool() else { return nil }
        let checksum = try string()
        let n = try count()
        var quotes: [(line: Int, quotes: [String])] = []
        quotes.reserveCapacity(n)
        for _ in 0..<n {
            let line = try int()
            quotes.append((line, try array { (r: inout FrozenReader) throws(ByteReader.Refusal) in try r.string() }))
        }
        guard let rendering = EnglishRendering(bundledWith: checksum, quotes: quotes) else {
            throw r.refuse("made with an English rendering this binary does not hold")
        }
        return rendering
    }
}

extension FrozenReader {
    mutating func place() throws(ByteReader.Refusal) -> Provenance {
        let name = try string()
        let line = try int(), section = try optionalString(), sentence = try int()
        let start = try int(), length = try int()
        guard name == record.name, (1...record.lines).contains(line), (0..<record.sentences).contains(sentence),
              start >= 0, length >= 0, start <= record.bytes - length else {
            throw r.refuse("a place outside the record")
        }
        return Provenance(record: name, line: line, section: section, sentence: sentence, span: start..<(start + length))
    }

    /// At least one place: a fact is where it was found.
    mutating func places(atLeastOne: Bool = false) throws(ByteReader.Refusal) -> [Provenance] {
        let ps = try array { (r: inout FrozenReader) throws(ByteReader.Refusal) in try r.place() }
        if atLeastOne, ps.isEmpty { throw r.refuse("a fact with no place") }
        return ps
    }

    mutating func speaker() throws(ByteReader.Refusal) -> Speaker {
        Speaker(id: try string(), ja: try string(), en: try string(), role: try optionalString(), kind: try value())
    }

    mutating func quote() throws(ByteReader.Refusal) -> QuoteFact {
        let id = try string(), type: QuoteType = try value(), speaker = try speaker(), text = try string()
        let topic = try optionalString(), heading = try optionalString()
        let occurrences = try array { (r: inout FrozenReader) throws(ByteReader.Refusal) in
            QuoteOccurrence(provenance: try r.place(), speakerAsWritten: try r.optionalString())
        }
        guard !occurrences.isEmpty else { throw r.refuse("a quote with no place") }
        let rule = try string(), speakerRule = try string()
        var question: QuoteQuestion? = nil
        if try bool() {
            let text = try string(), about = try optionalString(), questionRule = try string()
            question = QuoteQuestion(text: text, about: about, asker: try bool() ? try self.speaker() : nil, rule: questionRule)
        }
        return QuoteFact(id: id, type: type, speaker: speaker, text: text, topic: topic, sectionHeading: heading,
                         occurrences: occurrences, rule: rule, speakerRule: speakerRule, question: question)
    }

    mutating func figure() throws(ByteReader.Refusal) -> FigureFact {
        let id = try string(), surface = try string(), value = try double(), unit = try string()
        return FigureFact(id: id, surface: surface, value: value, unit: unit, unitKind: try self.value(), qualifier: try self.value(),
                          about: try optionalString(), provenance: try place(), speaker: try bool() ? try speaker() : nil,
                          quoteID: try optionalString(), repeats: try places())
    }

    mutating func ordinal() throws(ByteReader.Refusal) -> OrdinalFact {
        OrdinalFact(id: try string(), surface: try string(), value: try int(), unit: try string(), provenance: try place(),
                    repeats: try places())
    }

    mutating func time() throws(ByteReader.Refusal) -> TimeFact {
        let id = try string(), surface = try string(), iso = try optionalString(), zone = try optionalString()
        let qualifier = try optionalString(), period = try optionalString(), relative = try optionalString()
        let provenance = try place()
        let instant = try bool() ? try int() : nil
        let pairedWith = try optionalString()
        var event: TimedEvent? = nil
        if try bool() {
            let ja = try string(), en = try string(), rule = try string()
            let phase: TimedEvent.Phase? = try bool() ? try value() : nil
            event = TimedEvent(ja: ja, en: en, rule: rule, phase: phase)
        }
        return TimeFact(id: id, surface: surface, iso: iso, zone: zone, qualifier: qualifier, period: period, relative: relative,
                        provenance: provenance, instant: instant, pairedWith: pairedWith, event: event, repeats: try places())
    }

    mutating func entity() throws(ByteReader.Refusal) -> EntityFact {
        EntityFact(id: try string(), type: try value(), ja: try string(), en: try string(), role: try optionalString(), key: try string(),
                   mentions: try places(atLeastOne: true),
                   forms: try array { (r: inout FrozenReader) throws(ByteReader.Refusal) in try r.string() })
    }

    mutating func rate() throws(ByteReader.Refusal) -> ExchangeRate {
        ExchangeRate(from: try string(), to: try string(), rate: try double(), line: try int(), surface: try string())
    }
}
