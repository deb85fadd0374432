/// The query language's reserved words, grouped by the position where they mean something.
///
/// Kept in one place so the parser, its suggestions and completion agree on what is valid where.
enum Keywords {
    /// Words that can begin a query, in the order completion offers them.
    static let queryStarts = [
        "who", "what", "quotes", "figures", "people", "organizations", "places",
        "timeline", "topics", "mentions", "count", "source", "explain", "orgs",
        "overview", "did", "agreements", "compare", "duration",
    ]
    /// Words that always end a phrase: the term operators and the trailing modifiers.
    static let termStops: Set<String> = ["or", "and", "not", "limit", "as"]
    /// Clauses of `figures`, which may come in any order.
    static let figureClauses = ["in", "about", "by", "over", "under", "between"]
    static let countTargets = CountTarget.allCases.map(\.rawValue)
    static let groupings = CountGrouping.allCases.map(\.rawValue)
    static let formats = OutputFormat.allCases.map(\.rawValue)

    /// Scale words that may follow a number (`500 billion`) or end it (`$500B`).
    static let scales: [String: Double] = [
        "k": 1e3, "thousand": 1e3, "thousands": 1e3,
        "m": 1e6, "mn": 1e6, "million": 1e6, "millions": 1e6,
        "b": 1e9, "bn": 1e9, "billion": 1e9, "billions": 1e9,
        "t": 1e12, "tn": 1e12, "trillion": 1e12, "trillions": 1e12,
    ]
    /// Currency words after an amount, mapped to ISO codes; Japanese ones are matched as typed.
    static let currencies: [String: String] = [
        "dollar": "USD", "dollars": "USD", "usd": "USD", "ドル": "USD",
        "yen": "JPY", "jpy": "JPY", "円": "JPY",
        "euro": "EUR", "euros": "EUR", "eur": "EUR", "ユーロ": "EUR",
    ]
}
