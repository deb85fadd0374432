/// One value of an answer row, typed so that every renderer can show it its own way: a table
/// abbreviates a long line list, CSV joins it, JSON keeps the numbers; bilingual text is shown
/// in the language asked for, and carried in both by JSON and CSV.
public enum AnswerValue: Sendable {
    /// Nothing to show (JSON null, an empty cell).
    case null
    case text(String)
    /// Record text with its English: shown per `.lang`, carried in both by data formats.
    case bilingual(Bilingual)
    case int(Int)
    /// An amount or a rate; readers see it grouped (1,000,000), data formats exactly.
    case number(Double)
    /// A fact id (q12, f3): the handout can link it to its source.
    case id(String)
    /// Lines of the record a fact occurs on, first occurrence first.
    case lines([Int])
    /// Who said it: readers see "Trump (トランプ大統領)" ("Trump" in English), JSON the whole speaker.
    case speaker(Speaker)
    /// Several plain values (a name's written forms, a section's speakers).
    case list([AnswerValue])
    /// A small record of named values (the stated amount a conversion started from, the rate,
    /// where a fact sits). Readers see nothing unless `shown` says what; CSV writes `key=value; …`.
    case fields([(String, AnswerValue)])
    /// Where a fact sits: JSON gives record, line, section, sentence and byte span.
    case place(Provenance)
    /// Places in the records (an entity's mentions): JSON lists `{record, line}`.
    case places([Provenance])
    /// Values a reader sees one under another in a cell (a quote's id line, then its words).
    case stack([AnswerValue])
    /// A value with what a reader sees for it: data formats keep the first, tables and text show
    /// the second ("converted ×150 (L166)" for basis `converted`, a speaker with "[topic]").
    /// (The one recursive case: only it is boxed, so other values cost no allocation of their own.)
    indirect case shown(AnswerValue, as: AnswerValue)

    /// A value a reader sees as `text`.
    public static func shown(_ value: AnswerValue, _ text: String) -> AnswerValue { .shown(value, as: .text(text)) }

    /// A string, or null when there is none.
    public static func text(_ s: String?) -> AnswerValue { s.map(AnswerValue.text) ?? .null }

    /// Where a fact sits, as named values (CSV's `key=value` cell, the JSON of a place).
    public static func fields(of p: Provenance) -> [(String, AnswerValue)] {
        [("record", .text(p.record)), ("line", .int(p.line)), ("section", .text(p.section)), ("sentence", .int(p.sentence)),
         ("span", .list([.int(p.span.lowerBound), .int(p.span.upperBound)]))]
    }

    /// The value without the words a reader sees for it.
    public var data: AnswerValue {
        if case .shown(let v, _) = self { return v.data }
        return self
    }

    /// What rows of one group share: a speaker's id, a text.
    var groupKey: String {
        switch data {
        case .speaker(let s): return s.id
        case .text(let t), .id(let t): return t
        default: return String(describing: data)
        }
    }

    public var isNull: Bool { if case .null = data { return true }; return false }
}

/// Japanese text from the record with its English, where there is one.
public struct Bilingual: Sendable {
    /// How the text reads on its own: a quote gets its quotation marks, a heading shows one
    /// language only (English when there is one), an inline phrase shows "English (日本語)".
    /// A reading is English made by rules for a reader of English only (8000億ドル → "$800
    /// billion", a speaker's label without its Japanese): `ja` and `both` keep showing `ja` as
    /// they always did, since there the words as written are the point.
    public enum Style: Sendable { case quote, sentence, heading, inline, reading }
    /// English from the record's rendering, or a word-by-word gloss (labelled as such).
    public enum English: Sendable {
        case rendering(String)
        case gloss(String)
    }

    public let ja: String
    public let en: English?
    public let style: Style

    public init(ja: String, en: English?, style: Style) {
        self.ja = ja
        self.en = en
        self.style = style
    }

    public init(ja: String, rendering: String?, style: Style) {
        self.init(ja: ja, en: rendering.map(English.rendering), style: style)
    }

    /// The rendering's English, nil for none or a gloss.
    public var rendering: String? { if case .rendering(let s)? = en { return s }; return nil }
    public var gloss: String? { if case .gloss(let s)? = en { return s }; return nil }

    /// What `ja` and `both` show as it is, with an English reading for English readers; none
    /// when the reading would say the same.
    public static func reading(_ shown: String, english: String?) -> Bilingual {
        Bilingual(ja: shown, rendering: english == shown ? nil : english, style: .reading)
    }
}
