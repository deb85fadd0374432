/// Hand labels for one report, in the format of the real-report folder's `.gold.json` files:
/// what a careful reader says the report's quotes, not-quotes and figures are. `summit eval`
/// scores the extractor against them, so anyone who labels their own reports can measure it.
public struct GoldLabels: Sendable {
    public enum QuoteKind: String, Sendable { case statement, headline, reported, written }

    public struct Quote: Sendable {
        public let text: String
        public let speaker: String
        public let line: Int
        public let kind: QuoteKind
        /// Said aloud (or reported as said): the quotes that are scored. Written sources are not.
        public var isSpoken: Bool { kind != .written }
    }

    public struct Figure: Sendable {
        public let surface: String
        public let value: Double
        public let unit: String
        public let line: Int
    }

    public let quotes: [Quote]
    /// 「…」 spans that are names or terms; each listed once per occurrence.
    public let notQuotes: [String]
    public let figures: [Figure]

    /// Reads a gold file; a field of the wrong shape is an error naming the field and its place.
    public init(json text: String) throws(GoldError) {
        let root: JSONValue
        do { root = try JSONValue.parse(text) } catch { throw GoldError("is not valid JSON (\(error))") }
        guard root.objectValue != nil else { throw GoldError("is not a JSON object") }
        var quotes: [Quote] = []
        for (i, q) in (root["quotes"]?.arrayValue ?? []).enumerated() {
            guard let text = q["text"]?.stringValue, let line = q["line"]?.intValue else {
                throw GoldError("quotes[\(i)] needs a string \"text\" and an integer \"line\"")
            }
            let kindName = q["kind"]?.stringValue ?? "statement"
            guard let kind = QuoteKind(rawValue: kindName) else {
                throw GoldError("quotes[\(i)] has kind '\(kindName)'; use statement, headline, reported or written")
            }
            quotes.append(Quote(text: text, speaker: q["speaker"]?.stringValue ?? "unknown", line: line, kind: kind))
        }
        var figures: [Figure] = []
        for (i, f) in (root["figures"]?.arrayValue ?? []).enumerated() {
            guard let value = f["value"]?.doubleValue, let line = f["line"]?.intValue else {
                throw GoldError("figures[\(i)] needs a number \"value\" and an integer \"line\"")
            }
            figures.append(Figure(surface: f["surface"]?.stringValue ?? "", value: value, unit: f["unit"]?.stringValue ?? "", line: line))
        }
        var notQuotes: [String] = []
        for (i, n) in (root["not_quotes"]?.arrayValue ?? []).enumerated() {
            guard let s = n.stringValue ?? n["text"]?.stringValue else { throw GoldError("not_quotes[\(i)] must be a string") }
            notQuotes.append(s)
        }
        self.quotes = quotes
        self.notQuotes = notQuotes
        self.figures = figures
    }
}

/// What is wrong with a gold file (the caller adds which file).
public struct GoldError: Error, Sendable, CustomStringConvertible {
    public let description: String
    init(_ d: String) { description = d }
}
