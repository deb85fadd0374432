/// Each kind of answer's layout.
extension AnswerLayout {
    /// Why a quote row matched the term (text, english, topic, heading, combined).
    static let matched = AnswerColumn("matched")

    public init(_ kind: QueryPlan.AnswerKind) {
        switch kind {
        case .whoSaid: self = .whoSaid
        case .quotes: self = .quotes
        case .figures, .duration: self = .figures
        case .entities, .attended: self = .entities
        case .timeline: self = .timeline
        case .topics: self = .topics
        case .mentions, .agreements: self = .sentences
        case .count(_, nil): self = .count
        case .count(_, let grouping?): self = .groupCount(grouping)
        case .overview: self = .overview(title: "what was said or written")
        case .check: self = .overview(title: "evidence")
        case .compare: self = .compare
        case .card: self = .card
        case .source: self = .source
        }
    }

    static let quoteLine: [TextPiece] = [.value("id"), .words(" L"), .value("lines"), .words(" ")]

    static let quotes = AnswerLayout(
        columns: FactRows.quoteColumns + [matched], shown: ["id", "lines", "speaker", "text"],
        textLine: quoteLine + [.value("speaker"), .around("topic", before: " on ", after: ""), .words(": "), .value("text")])

    static let whoSaid = AnswerLayout(
        columns: FactRows.quoteColumns + [matched], shown: ["speaker", "id", "lines", "text"],
        grouping: AnswerGrouping(column: "speaker", noun: "quote"), textLine: quoteLine + [.value("text")])

    static let figures = AnswerLayout(
        columns: FactRows.figureColumns + [.init("basis"), .init("stated", .fields), .init("rate", .fields)],
        shown: ["id", "lines", "surface", "value", "unit", "qualifier", "about", "basis"],
        textLine: [.value("id"), .words(" L"), .value("line"), .words(" "), .value("surface"), .words(" = "), .value("value"), .words(" "),
                   .value("unit"), .words(" ("), .value("qualifier"), .words(")"), .around("about", before: " — ", after: ""),
                   .words(" ["), .value("basis"), .words("]")])

    static let entities = AnswerLayout(
        columns: FactRows.entityColumns + [.init("lines", .lines(shown: 8))], shown: ["id", "type", "en", "role", "mentions", "lines"],
        textLine: [.value("id"), .words(" "), .value("en"), .around("role", before: ", ", after: ""), .words(" — "), .counted("mentions", noun: "mention")])

    /// One row per moment (both zones of it, a day said twice): the first time's fact, with every
    /// time the row stands for, whether it is a clock time or a day, and the moment as read.
    static let timeline = AnswerLayout(
        columns: FactRows.timeColumns + [.init("times", .list), .word("group"), .init("when"),
                                         .init("other_zone", .fields, title: "same moment elsewhere")],
        shown: ["id", "lines", "when", "other_zone", "event", "surface"],
        textLine: [.value("id"), .words(" L"), .value("lines"), .words(" "), .value("when"), .around("other_zone", before: " = ", after: ""),
                   .around("event", before: " — ", after: ""), .words(" ["), .value("surface"), .words("]")])

    /// `timeline at noon EST`, `timeline in EST`: each row's time in the zone asked about (the
    /// builder titles it "in EST"); only answers to a question that names a zone have it, one
    /// column per zone named (the second is `in_asked_zone_2`).
    public static func inAskedZone(_ index: Int) -> AnswerColumn {
        AnswerColumn(index == 0 ? "in_asked_zone" : "in_asked_zone_\(index + 1)", .fields, title: "in the zone asked")
    }

    static let topics = AnswerLayout(
        columns: [.number("line"), .bilingual("heading", title: "section"), .number("quotes"), .init("speakers", .list), .init("covers", .list),
                  .init("record")],
        shown: ["line", "heading", "quotes", "speakers", "covers"],
        textLine: [.words("L"), .value("line"), .words(" "), .value("heading"), .around("covers", before: " — ", after: "")])

    /// Sentences of the record: mentions of a term, what was agreed.
    static let sentences = AnswerLayout(
        columns: [.init("record"), .number("line"), .bilingual("section"), .bilingual("text", title: "sentence"), .init("match")],
        shown: ["line", "section", "text"],
        textLine: [.words("L"), .value("line"), .words(" "), .value("text")])

    static let count = AnswerLayout(
        columns: [.number("count"), .init("counts", title: "what is counted")], shown: ["count", "counts"],
        textLine: [.value("count"), .words(" "), .value("counts")])

    static func groupCount(_ grouping: CountGrouping) -> AnswerLayout {
        AnswerLayout(columns: [.init("key"), .init("label", title: grouping.rawValue), .number("count")], shown: ["label", "count"],
                     textLine: [.value("label"), .words(": "), .value("count")])
    }

    /// Quotes then narration sentences about a term: an overview, or the evidence of a yes/no.
    static func overview(title: String) -> AnswerLayout {
        AnswerLayout(
            columns: [.word("kind"), .init("who", .speaker), .id(), .number("line"), .lines(), .bilingual("text", title: title, gloss: true), matched],
            shown: ["who", "id", "lines", "text"],
            textLine: [.around("id", before: "", after: " "), .words("L"), .value("lines"), .words(" "), .value("who"), .words(": "), .value("text")])
    }

    /// Two speakers' quotes side by side; the builder titles the columns with their names.
    static let compare = AnswerLayout(
        columns: [.init("first", .fields), .init("second", .fields)], shown: ["first", "second"],
        textLine: [.value("first"), .around("second", before: " | ", after: "")])

    /// A person's card: the entity, and the ids of their quotes. Shown as a page.
    static let card = AnswerLayout(columns: FactRows.entityColumns + [.lines(title: "lines", shown: 10), .init("quotes", .list)], shown: [])

    /// A fact's sentence in its paragraph, and why the rules found it. Shown as a page.
    static let source = AnswerLayout(
        columns: [.id(), .word("kind"), .init("record"), .number("line"), .bilingual("section"), .init("sentence"), .bilingual("paragraph"),
                  .init("match"), .init("why", .fields)],
        shown: [])

    /// `explain`: the plan itself.
    static let plan = AnswerLayout(columns: [.init("plan")], shown: ["plan"], textLine: [.value("plan")])
}
