/// The one shape of each kind of fact, used by `summit facts` and by every answer that lists
/// facts: the same columns, the same values, so a quote in `facts --format jsonl` and a quote
/// in `who said LNG as json` have the same members (answers add a few of their own after them,
/// such as `matched` or a figure's conversion).
public struct FactRows: Sendable {
    public let store: FactStore
    /// A word gloss for quotes of a record with no English rendering (`gloss_en`).
    public var gloss: (@Sendable (String) -> String?)?
    /// English readings of amounts and times as written, for a reader of English; data keeps the words.
    var english: EnglishReadings?

    public init(store: FactStore, gloss: (@Sendable (String) -> String?)? = nil) {
        self.store = store
        self.gloss = gloss
    }

    init(store: FactStore, gloss: (@Sendable (String) -> String?)?, english: EnglishReadings?) {
        self.init(store: store, gloss: gloss)
        self.english = english
    }

    /// Words as the report wrote them, read in English for a reader of English.
    func written(_ surface: String, _ reading: (EnglishReadings) -> String?) -> AnswerValue {
        guard let english else { return .text(surface) }
        return .shown(.text(surface), as: .bilingual(.reading(surface, english: reading(english))))
    }

    public static let quoteColumns: [AnswerColumn] = [
        .word("kind"), .id(), .word("type"), .init("speaker", .speaker), .bilingual("text", title: "quote", gloss: true),
        .init("topic"), .bilingual("section"), .number("line"), .lines(), .init("record"),
        .init("occurrences", .list), .init("rule", .fields), .init("question", .fields),
    ]

    public func quote(_ i: Int) -> [AnswerValue] {
        let q = store.quotes[i]
        let first = q.occurrences[0].provenance
        let en: Bilingual.English? = store.quoteEnglish[i].map(Bilingual.English.rendering) ?? gloss?(q.text).map(Bilingual.English.gloss)
        return [.text("quote"), .id(q.id), .text(q.type.rawValue), .speaker(q.speaker), .bilingual(.init(ja: q.text, en: en, style: .quote)),
                q.topic.map { topic in written(topic) { _ in store.englishNames(in: topic) } } ?? .null, heading(q.sectionHeading, first), .int(q.line), .lines(q.occurrences.map(\.provenance.line)), .text(first.record),
                .list(q.occurrences.map { o in .fields(AnswerValue.fields(of: o.provenance) + [("speaker_as_written", .text(o.speakerAsWritten))]) }),
                .fields([("quote", .text(q.rule)), ("speaker", .text(q.speakerRule))]), question(q.question)]
    }

    /// The question a quote answers, when the record says: the words as written, what was asked,
    /// who asked, and the rule.
    func question(_ q: QuoteQuestion?) -> AnswerValue {
        guard let q else { return .null }
        return .fields([("text", .text(q.text)), ("about", .text(q.about)), ("asker", q.asker.map(AnswerValue.speaker) ?? .null), ("rule", .text(q.rule))])
    }

    public static let figureColumns: [AnswerColumn] = [
        .word("kind"), .id(), .init("surface", title: "as written"), .number("value"), .word("unit"), .word("unit_kind"), .init("qualifier"),
        .bilingual("about"), .number("line"), .lines(), .init("speaker", .speaker), .init("quote", .id), .init("record"), .init("provenance", .place),
    ]

    /// A figure as stated; an answer that converted it puts the converted value and unit in
    /// `value` and `unit` and the stated ones in its own `stated` column.
    public func figure(_ i: Int, value: Double? = nil, unit: String? = nil) -> [AnswerValue] {
        let f = store.figures[i]
        return [.text("figure"), .id(f.id), written(f.surface) { $0.figure(f) }, .number(value ?? f.value), .text(unit ?? f.unit), .text(f.unitKind.rawValue),
                written(f.qualifier.rawValue) { _ in f.qualifier.english }, about(f), .int(f.line), .lines(f.lines), f.speaker.map(AnswerValue.speaker) ?? .null,
                f.quoteID.map(AnswerValue.id) ?? .null, .text(f.provenance.record), .place(f.provenance)]
    }

    public static let timeColumns: [AnswerColumn] = [
        .word("kind"), .id(), .init("surface", title: "as written"), .word("iso"), .word("zone"), .init("qualifier"), .init("period"),
        .init("relative"), .init("paired_with", .id), .bilingual("event"), .init("event_phase"), .init("event_rule"),
        .number("line"), .lines(), .init("record"), .init("provenance", .place),
    ]

    public func time(_ i: Int) -> [AnswerValue] {
        let t = store.times[i]
        return [.text("time"), .id(t.id), written(t.surface) { $0.time(t) }, .text(t.iso), .text(t.zone), .text(t.qualifier), .text(t.period),
                .text(t.relative), t.pairedWith.map(AnswerValue.id) ?? .null,
                t.event.map { .bilingual(Bilingual(ja: $0.ja, rendering: $0.en, style: .inline)) } ?? .null, .text(t.event?.phase?.rawValue), .text(t.event?.rule), .int(t.line), .lines(t.lines), .text(t.provenance.record),
                .place(t.provenance)]
    }

    public static let entityColumns: [AnswerColumn] = [
        .word("kind"), .id(), .word("type"), .init("ja"), .init("en", title: "name"), .init("role"), .init("key"), .init("forms", .list),
        .init("mentions", .list, alignment: .right, wrap: false),
    ]

    public func entity(_ i: Int) -> [AnswerValue] {
        let e = store.entities[i]
        return [.text("entity"), .id(e.id), .text(e.type.rawValue), .text(e.ja), .shown(.text(e.en), as: .bilingual(.reading(e.label, english: e.en))), .text(e.role), .text(e.key),
                .list(e.forms.map(AnswerValue.text)), .shown(.places(e.mentions), String(e.mentions.count))]
    }

    public static let ordinalColumns: [AnswerColumn] = [
        .word("kind"), .id(), .init("surface"), .number("value"), .word("unit"), .number("line"), .init("provenance", .place),
    ]

    public func ordinal(_ i: Int) -> [AnswerValue] {
        let o = store.ordinals[i]
        return [.text("ordinal"), .id(o.id), .text(o.surface), .int(o.value), .text(o.unit), .int(o.line), .place(o.provenance)]
    }

    public static let rateColumns: [AnswerColumn] = [
        .word("kind"), .word("from"), .word("to"), .number("rate"), .number("line"), .init("surface"),
    ]

    public func rate(_ r: ExchangeRate) -> [AnswerValue] {
        [.text("rate"), .text(r.from), .text(r.to), .number(r.rate), .int(r.line), .text(r.surface)]
    }

    /// Where a fact sits: record, line, section, sentence index and byte span.

    /// A section heading with its English line.
    func heading(_ ja: String?, _ p: Provenance) -> AnswerValue {
        guard let ja else { return .null }
        return .bilingual(.init(ja: ja, rendering: store.headingEnglish(p), style: .heading))
    }

    /// What a figure measures, with the lexicon's English names for it.
    func about(_ f: FigureFact) -> AnswerValue {
        guard let about = f.about else { return .null }
        return .bilingual(.init(ja: about, rendering: store.aboutEnglish(f), style: .inline))
    }
}

extension FactStore {
    /// Kinds `summit facts --kind` accepts.
    public static let factKinds = ["quote", "figure", "ordinal", "time", "entity", "rate"]

    /// Every fact of the given kinds (all when nil), in a stable order: by kind, then by id,
    /// each with its kind's columns.
    public func factRows(kind: String? = nil) -> [(columns: [AnswerColumn], values: [AnswerValue])] {
        let rows = FactRows(store: self)
        var out: [([AnswerColumn], [AnswerValue])] = []
        if kind == nil || kind == "quote" { out += quotes.indices.map { (FactRows.quoteColumns, rows.quote($0)) } }
        if kind == nil || kind == "figure" { out += figures.indices.map { (FactRows.figureColumns, rows.figure($0)) } }
        if kind == nil || kind == "ordinal" { out += ordinals.indices.map { (FactRows.ordinalColumns, rows.ordinal($0)) } }
        if kind == nil || kind == "time" { out += times.indices.map { (FactRows.timeColumns, rows.time($0)) } }
        if kind == nil || kind == "entity" { out += entities.indices.map { (FactRows.entityColumns, rows.entity($0)) } }
        if kind == nil || kind == "rate" { out += rates.map { (FactRows.rateColumns, rows.rate($0)) } }
        return out
    }
}
