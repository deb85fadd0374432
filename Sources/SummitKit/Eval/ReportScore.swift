/// How the extractor did on one labelled report: the figures `summit eval` prints, and each
/// miss in words so that a rule can be written for it.
public struct ReportScore: Sendable {
    public let name: String
    /// Spoken quotes labelled (statement, headline, reported; written sources are not scored).
    public var spokenQuotes = 0
    public var quotesFound = 0
    public var speakersRight = 0
    /// Labelled not-quotes (names, terms) that were taken for quotes.
    public var notQuotesTaken = 0
    /// Quotes found that the labels list neither as quotes nor as not-quotes.
    public var unlabelledQuotes = 0
    public var figures = 0
    public var figuresFound = 0
    public var misses: [String] = []

    public init(name: String) { self.name = name }

    /// The sum of several reports' scores.
    public static func total(_ scores: [ReportScore]) -> ReportScore {
        var t = ReportScore(name: "total")
        for s in scores {
            t.spokenQuotes += s.spokenQuotes; t.quotesFound += s.quotesFound; t.speakersRight += s.speakersRight
            t.notQuotesTaken += s.notQuotesTaken; t.unlabelledQuotes += s.unlabelledQuotes
            t.figures += s.figures; t.figuresFound += s.figuresFound
        }
        return t
    }
}

extension Extractor {
    /// Extracts `record` on its own and scores the facts against `gold`.
    public func score(_ record: Record, against gold: GoldLabels) -> ReportScore {
        let store = extract(record)
        let match = SpeakerMatch(names: names, lexicon: lexicon)
        var s = ReportScore(name: record.name)
        var occurrences: [(quote: QuoteFact, at: QuoteOccurrence)] = []
        for q in store.quotes { for o in q.occurrences { occurrences.append((q, o)) } }

        for g in gold.quotes where g.isSpoken {
            s.spokenQuotes += 1
            guard let found = occurrences.first(where: { $0.quote.text == g.text && $0.at.provenance.line == g.line }) else {
                s.misses.append("L\(g.line) quote not found (\(g.kind.rawValue), \(g.speaker)): 「\(Self.excerpt(g.text))」")
                continue
            }
            s.quotesFound += 1
            if match.matches(label: g.speaker, speaker: found.quote.speaker, written: found.at.speakerAsWritten) {
                s.speakersRight += 1
            } else {
                let got = found.at.speakerAsWritten ?? found.quote.speaker.ja
                s.misses.append("L\(g.line) speaker: got \(got) (\(found.quote.speakerRule)), want \(g.speaker): 「\(Self.excerpt(g.text))」")
            }
        }

        var notQuoteCounts: [String: Int] = [:]
        for n in gold.notQuotes { notQuoteCounts[n, default: 0] += 1 }
        let labelled = Set(gold.quotes.map(\.text))
        for (q, o) in occurrences where !labelled.contains(q.text) {
            if let left = notQuoteCounts[q.text], left > 0 {
                notQuoteCounts[q.text] = left - 1
                s.notQuotesTaken += 1
                s.misses.append("L\(o.provenance.line) not-quote taken for a quote (\(q.rule)): 「\(Self.excerpt(q.text))」")
            } else if notQuoteCounts[q.text] == nil {
                s.unlabelledQuotes += 1
                s.misses.append("L\(o.provenance.line) unlabelled quote (\(q.rule)): 「\(Self.excerpt(q.text))」")
            }
        }

        for f in gold.figures {
            s.figures += 1
            let close = { (v: Double) in abs(v - f.value) <= 1e-9 * max(1, abs(f.value)) }
            if store.figures.contains(where: { $0.lines.contains(f.line) && close($0.value) })
                || store.ordinals.contains(where: { ([$0.line] + $0.repeats.map(\.line)).contains(f.line) && close(Double($0.value)) }) {
                s.figuresFound += 1
            } else {
                s.misses.append("L\(f.line) figure not found: \(f.surface) = \(formatNumber(f.value)) \(f.unit)")
            }
        }
        return s
    }

    static func excerpt(_ s: String) -> String { s.count > 24 ? String(s.prefix(24)) + "…" : s }
}
