/// The parsed question: what the planner turns into a plan. One case per query form.
public indirect enum Query: Sendable, Equatable {
    /// `who said T`, `誰が T と言った`
    case whoSaid(Term)
    /// `what did S say [about T]`, `quotes [by S] [about T] [at T]`, `Tについての発言`, `Sの発言`;
    /// `at` names where they were said (the scene their sentence names: a press conference).
    case quotes(speaker: String?, about: Term?, at: Term? = nil)
    /// `figures [in UNIT] [about T] [by S] [over A | under A | between A and B]`
    case figures(unit: String?, about: Term?, speaker: String?, amount: AmountFilter?)
    /// `people|organizations|orgs|places [about T]`
    case entities(EntityKind, about: Term?)
    /// `who attended [except S {and S}]`: the people the record names as attending, without
    /// those named after `except` ("who else was there besides Trump").
    case whoAttended(except: [String] = [])
    /// `timeline [all] [about T] [at CLOCK] [in ZONE]`: events in time order, then dated and relative words
    /// that time an event (`all`: every time expression); with a term, only those whose sentence is
    /// about it; with a clock reading, only clock times within half an hour of it; with a zone
    /// (`in EST`, `in Washington time`, `in 日本時間`: the words as typed), each time also in that zone.
    case timeline(about: Term?, all: Bool, at: ClockReading? = nil, in: String? = nil)
    case topics
    /// `mentions T`
    case mentions(Term)
    /// `count quotes|figures|mentions [T] [by speaker|topic|unit | by S]`
    case count(CountTarget, term: Term?, groupBy: CountGrouping?, speaker: String? = nil)
    /// `overview T`: who said what about T, then where the narration mentions it.
    case overview(Term)
    /// `did S say T`: a yes/no answer first, then the evidence.
    case check(speaker: String, about: Term)
    /// `who is S`: a person's (or group's, organization's) card.
    case card(String)
    /// `agreements [about T]`: sentences that report what the sides agreed or confirmed.
    case agreements(about: Term?)
    /// `compare S1 and S2 [about T]`: two speakers' quotes side by side.
    case compare(String, String, about: Term?)
    /// `duration T`: how long something lasted, or what the record gives instead.
    case duration(Term)
    /// `source ID`: the fact id as typed (`q12`, `f3`).
    case source(String)
    /// `explain QUERY`: show the plan instead of running it. Never nests.
    case explain(Query)
}

public enum EntityKind: String, Sendable, CaseIterable { case people, organizations, places }
public enum CountTarget: String, Sendable, CaseIterable { case quotes, figures, mentions }
public enum CountGrouping: String, Sendable, CaseIterable { case speaker, topic, unit }
public enum OutputFormat: String, Sendable, CaseIterable { case table, json, csv, text, expanded }
/// Which language answers show the record's text in: the English rendering (or a word gloss),
/// the Japanese original, or both (English first).
public enum AnswerLanguage: String, Sendable, CaseIterable { case en, ja, both }

/// A query with its trailing modifiers and the line it came from.
public struct Statement: Sendable, Equatable {
    public var query: Query
    /// `limit N`: a positive number of rows, nil when not given.
    public var limit: Int?
    /// `as table|json|csv|text`, nil when not given (the shell's current mode applies).
    public var format: OutputFormat?
    /// The line as typed, without surrounding whitespace: scripts and `explain` echo it.
    public var text: String
    /// Where the words that later stages resolve were typed, so their errors point at them;
    /// empty for a statement rewritten from a plain question.
    public var places: [WordPlace]

    public init(query: Query, limit: Int? = nil, format: OutputFormat? = nil, text: String, places: [WordPlace] = []) {
        self.query = query
        self.limit = limit
        self.format = format
        self.text = text
        self.places = places
    }
}
