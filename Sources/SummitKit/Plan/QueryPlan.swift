/// A statement made ready to run: its operator tree, what kind of answer it gives, and what the
/// renderer needs to highlight and explain it.
public struct QueryPlan: Sendable {
    public enum AnswerKind: Sendable {
        case whoSaid, quotes, figures(unit: String?), entities, topics, mentions
        /// Who attended; `excluding`: the English names of those the question left out.
        case attended(excluding: [String])
        /// Times in order; `shownIn`: the zones the question asked them in (`in EST`, `at noon EST`).
        case timeline(shownIn: [AskedZone] = [])
        case count(CountTarget, CountGrouping?)
        case source(String)
        /// Quotes about a term (and by it, when it names a speaker), then narration mentioning it.
        case overview(speakers: [Speaker])
        /// A yes/no question about these speakers; other quotes and narration are evidence.
        case check(speakers: [Speaker], asked: String)
        case card
        case agreements
        case compare([Speaker], [Speaker])
        case duration
    }
    public let statement: Statement
    public let root: PlanNode
    public let answerKind: AnswerKind
    /// The term, for highlighting and "no match" suggestions.
    public let matcher: TermMatcher?
    /// Whether the statement was `explain …`: print the plan instead of running it.
    public let explainOnly: Bool
}
