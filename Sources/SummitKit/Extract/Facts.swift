/// Where a fact was found: the record, the 1-based line, the section heading, the sentence and
/// the byte span of the matched text — so every answer can cite and show its source.
public struct Provenance: Sendable, Equatable {
    public let record: String
    public let line: Int
    public let section: String?
    /// Index into the record's sentences.
    public let sentence: Int
    /// Byte range of the matched text in the record.
    public let span: Range<Int>
}

/// Someone who speaks in the record: a person or a group, with one canonical id however the
/// record writes the name (石破総理大臣 = 石破首相 = 石破氏).
public struct Speaker: Sendable, Hashable {
    /// An organization or side (防衛省, 北朝鮮側) speaks as itself; a document (報告書) is quoted, not heard.
    public enum Kind: String, Sendable, CaseIterable { case person, group, organization, document }
    public let id: String
    /// The canonical Japanese name (the lexicon's first form, or the name as written when unknown).
    public let ja: String
    public let en: String
    public let role: String?
    public let kind: Kind

    /// `Trump (トランプ大統領)`: English first, the record's own name beside it.
    public var label: String { en == ja ? ja : "\(en) (\(ja))" }
}

extension Speaker {
    /// Who says a quote no rule could give a speaker: one speaker of its own (id `unknown`), so
    /// such quotes are listed together and never pass for anyone's.
    public static let unknown = Speaker(id: "unknown", ja: "不明", en: "unknown", role: nil, kind: .person)

    /// The id of a speaker or body the lexicon does not list (森山国会対策委員長, 防衛省側): its
    /// name as the report writes it, marked so that it never collides with a lexicon id.
    public static func unlistedID(_ written: String) -> String { unlistedMark + written }

    /// Whether the speaker is one the lexicon does not list (see `unlistedID`).
    public var isUnlisted: Bool { id.hasPrefix(Self.unlistedMark) }

    private static let unlistedMark = "ja:"
}

public enum QuoteType: String, Sendable, CaseIterable {
    case statement, headline, question
    /// A document's words (と明記し): kept as a quote, never counted as said.
    case written

    init(_ verb: ExtractionTables.ReportingVerb.Kind) {
        switch verb {
        case .statement: self = .statement
        case .question: self = .question
        case .written: self = .written
        }
    }
}

public struct QuoteOccurrence: Sendable, Equatable {
    public let provenance: Provenance
    /// The name as this occurrence's sentence wrote it, when the speaker was named there.
    public let speakerAsWritten: String?
}

/// Something said in the record, by whom, about what. The same words by the same speaker said
/// several times are one fact with every occurrence listed.
public struct QuoteFact: Sendable {
    /// Where it is: `q67`, `q166a` (see `FactIDs`); set once the record's extraction finishes.
    public internal(set) var id: String
    public let type: QuoteType
    public let speaker: Speaker
    /// The inner text exactly as in the record.
    public let text: String
    /// The について/をめぐり phrase before the quote, or a headline's topic, if any.
    public let topic: String?
    public let sectionHeading: String?
    public internal(set) var occurrences: [QuoteOccurrence]
    /// Which rule found the quote (e.g. `quote:reporting-verb:述べ`).
    public let rule: String
    /// Which rule picked the speaker (`speaker:subject`, `speaker:carry-over`, `speaker:headline`, …).
    public let speakerRule: String
    /// The question the quote answers, when the record says it answers one (記者団から…と問われ).
    public internal(set) var question: QuoteQuestion? = nil

    public var line: Int { occurrences[0].provenance.line }
}

/// What a quote was said in answer to, as the record puts it: "asked by reporters about the
/// tariffs on imported cars, he said …" keeps "always looking at that" readable on its own.
public struct QuoteQuestion: Sendable, Equatable {
    /// The words that say so, as written (記者団から輸入車への関税について問われ), in the quote's
    /// sentence before it or in an earlier sentence of its section that asks with no quote of its own.
    public let text: String
    /// What was asked: `text` without the asker and the asking words (輸入車への関税について), when any is left.
    public let about: String?
    /// Who asked (記者団 → reporters), when the record says.
    public let asker: Speaker?
    /// Which rule found it: `question:same-sentence` or `question:earlier-sentence`.
    public let rule: String
}

public enum FigureQualifier: String, Sendable, CaseIterable {
    case exact, about, atLeast = "at-least", nearly, over, under, atMost = "at-most"
    /// 54兆円から55兆円: the value is the middle of the range, the surface gives both ends.
    case range
}

/// An amount stated in the record, normalized to a number and a unit.
public struct FigureFact: Sendable {
    public internal(set) var id: String
    public let surface: String
    public let value: Double
    /// A currency code (USD, JPY, …) or a quantity unit (people, years, countries, …).
    public let unit: String
    public let unitKind: ExtractionTables.UnitKind
    public let qualifier: FigureQualifier
    /// What the figure measures (対米投資額を1兆ドル → 対米投資額), when the sentence says.
    public internal(set) var about: String?
    public let provenance: Provenance
    /// The speaker when the figure sits inside a quote.
    public let speaker: Speaker?
    public internal(set) var quoteID: String?
    /// The same sentence again elsewhere (a repeated paragraph, another copy): one fact, every place.
    public internal(set) var repeats: [Provenance] = []
    public var line: Int { provenance.line }
    public var lines: [Int] { [provenance.line] + repeats.map(\.line) }
}

/// An ordinal (1期目, 2人目, 第5条): a position, not an amount, so kept apart from figures.
public struct OrdinalFact: Sendable {
    public internal(set) var id: String
    public let surface: String
    public let value: Int
    public let unit: String
    public let provenance: Provenance
    public internal(set) var repeats: [Provenance] = []
    public var line: Int { provenance.line }
}

/// An exchange rate the record itself states (20億ドル、日本円で3000億円).
public struct ExchangeRate: Sendable, Equatable {
    public let from: String
    public let to: String
    /// Units of `to` per unit of `from`.
    public let rate: Double
    public let line: Int
    public let surface: String
}

/// What a time times, as its sentence says: 首脳会談 → summit talks, and whether the time is the
/// event's start, end or plan (日本時間の午前2時前から…首脳会談に臨み: the talks' start).
public struct TimedEvent: Sendable, Equatable {
    public enum Phase: String, Sendable, CaseIterable { case start, end, plan }
    /// The event word as the record writes it.
    public let ja: String
    /// Its English, from the event table.
    public let en: String
    /// Which rule found it: `event:after-time`, `event:before-time` or `event:carried`.
    public let rule: String
    public let phase: Phase?

    /// `summit talks (start)`: the English with the phase.
    public var label: String { en + (phase.map { " (\($0.rawValue))" } ?? "") }
}

/// A date or time, normalized as far as the text allows.
public struct TimeFact: Sendable {
    public internal(set) var id: String
    public let surface: String
    /// ISO 8601 as far as known: `2025-02-08T01:50+09:00`, `2025-02-07`, `---07` (day only), `T02:30`.
    public let iso: String?
    /// JST, EST, local, … when the text says or it can be derived.
    public let zone: String?
    public let qualifier: String?
    /// 未明, 午前 … when no clock time is given.
    public let period: String?
    /// For relative words (来週, きょう): what they are relative to.
    public let relative: String?
    public let provenance: Provenance
    /// Sort key: minutes since an epoch in UTC when date, time and zone are known.
    public let instant: Int?
    /// The same moment in another zone stated in the same sentence (3日午後9時ごろ、日本時間の4日午前11時ごろ).
    public internal(set) var pairedWith: String?
    /// The event this time times, when its sentence names one (see `EventRules`).
    public let event: TimedEvent?
    public internal(set) var repeats: [Provenance] = []
    public var line: Int { provenance.line }
    public var lines: [Int] { [provenance.line] + repeats.map(\.line) }
}

public enum EntityType: String, Sendable, CaseIterable {
    case person, group, organization, country, place

    init(_ speaker: Speaker.Kind) {
        switch speaker {
        case .person: self = .person
        case .group: self = .group
        case .organization, .document: self = .organization
        }
    }
}

/// A person, group, organization, country or place with every mention of it.
public struct EntityFact: Sendable {
    public internal(set) var id: String
    public let type: EntityType
    public let ja: String
    public let en: String
    public let role: String?
    /// The lexicon id, when the lexicon knows it.
    public let key: String
    public internal(set) var mentions: [Provenance]
    /// How the record wrote it at each mention, in first-seen order, without repeats.
    public internal(set) var forms: [String]
    public var label: String { en == ja ? ja : "\(en) (\(ja))" }
}

/// A sentence in one of the records the facts were extracted from: its record's index among
/// them, and the sentence's index in that record.
public struct SentenceRef: Sendable, Hashable, Comparable {
    public let record: Int
    public let sentence: Int
    public static func < (a: SentenceRef, b: SentenceRef) -> Bool { (a.record, a.sentence) < (b.record, b.sentence) }
}
