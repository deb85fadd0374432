/// The parsed question: what the planner turns into a plan. One case per query form.
public indirect enum Query: Sendable, Equatable {
    /// `who said T`, `誰が T と言った`
    case whoSaid(Term)
    /// `what did S say [about T]`, `quotes [by S] [about T]`, `Tについての発言`, `Sの発言`
    case quotes(speaker: String?, about: Term?)
    /// `figures [in UNIT] [about T] [by S] [over A | under A | between A and B]`
    case figures(unit: String?, about: Term?, speaker: String?, amount: AmountFilter?)
    /// `people|organizations|orgs|places [about T]`
    case entities(EntityKind, about: Term?)
    case whoAttended
    case timeline
    case topics
    /// `mentions T`
    case mentions(Term)
    /// `count quotes|figures|mentions [T] [by speaker|topic|unit]`
    case count(CountTarget, term: Term?, groupBy: CountGrouping?)
    /// `source ID`: the fact id as typed (`q12`, `f3`).
    case source(String)
    /// `explain QUERY`: show the plan instead of running it. Never nests.
    case explain(Query)
}

public enum EntityKind: String, Sendable, CaseIterable { case people, organizations, places }
public enum CountTarget: String, Sendable, CaseIterable { case quotes, figures, mentions }
public enum CountGrouping: String, Sendable, CaseIterable { case speaker, topic, unit }
public enum OutputFormat: String, Sendable, CaseIterable { case table, json, csv, text }

/// A query with its trailing modifiers and the line it came from.
public struct Statement: Sendable, Equatable {
    public var query: Query
    /// `limit N`: a positive number of rows, nil when not given.
    public var limit: Int?
    /// `as table|json|csv|text`, nil when not given (the shell's current mode applies).
    public var format: OutputFormat?
    /// The line as typed, without surrounding whitespace: scripts and `explain` echo it.
    public var text: String

    public init(query: Query, limit: Int? = nil, format: OutputFormat? = nil, text: String) {
        self.query = query
        self.limit = limit
        self.format = format
        self.text = text
    }
}
