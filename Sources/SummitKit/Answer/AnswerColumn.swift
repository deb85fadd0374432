/// A column of an answer, declared once per query form: its name is the JSON key and the CSV
/// header, its title and hints say how a table shows it.
public struct AnswerColumn: Sendable {
    /// What the column holds; it decides the keys data formats give it.
    public enum Kind: Sendable, Equatable {
        case text, number, id, speaker, list, fields, place
        /// Line numbers; readers see the first `shown` and how many more.
        case lines(shown: Int)
        /// Record text and its English: keys `name` and `name_en`, and `gloss_en` for a quote
        /// (the word gloss of a report without a rendering).
        case bilingual(gloss: Bool)
    }

    public let name: String
    public let kind: Kind
    /// The table header; the name when nil.
    public var title: String?
    /// The header a reader of English sees, when it differs (a speaker's name without its Japanese).
    public var englishTitle: String?
    public var alignment: ColumnAlignment
    /// Whether a table may wrap the column's cells (not ids and numbers: a split value misreads).
    public var wrap: Bool

    public init(_ name: String, _ kind: Kind = .text, title: String? = nil, alignment: ColumnAlignment = .left, wrap: Bool = true) {
        self.name = name
        self.kind = kind
        self.title = title
        self.alignment = alignment
        self.wrap = wrap
    }

    /// A fact id: never wrapped.
    public static func id(_ name: String = "id") -> AnswerColumn { .init(name, .id, wrap: false) }
    /// A count or amount: right-aligned, never wrapped.
    public static func number(_ name: String, title: String? = nil) -> AnswerColumn {
        .init(name, .number, title: title, alignment: .right, wrap: false)
    }
    /// A word from a short closed list (a type, a unit): never wrapped.
    public static func word(_ name: String, title: String? = nil) -> AnswerColumn { .init(name, title: title, wrap: false) }
    /// Line numbers, shown as a right-aligned list.
    public static func lines(_ name: String = "lines", title: String? = "line", shown: Int = 4) -> AnswerColumn {
        .init(name, .lines(shown: shown), title: title, alignment: .right, wrap: false)
    }
    public static func bilingual(_ name: String, title: String? = nil, gloss: Bool = false) -> AnswerColumn {
        .init(name, .bilingual(gloss: gloss), title: title)
    }

    /// Whether the column is bilingual text with a gloss key (quotes).
    public var hasGloss: Bool { kind == .bilingual(gloss: true) }

    /// Whether the column gives `name_en` (and maybe `gloss_en`) besides `name`.
    public var isBilingual: Bool { if case .bilingual = kind { return true }; return false }

    /// The keys this column gives a JSON object or a CSV header.
    public var keys: [String] {
        if case .bilingual(let gloss) = kind { return [name, name + "_en"] + (gloss ? ["gloss_en"] : []) }
        return [name]
    }

}

/// How a column's values line up: numbers to the right, words to the left.
public enum ColumnAlignment: Sendable, Equatable {
    case left
    case right
}
