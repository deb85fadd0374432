import SummitKit

/// Latency of each query form on one store: everything between the typed line and the text on
/// screen (parse, plan, execute, shape the answer, render a 100-column table), which is what
/// decides whether the shell feels instant.
struct QueryBenchmark {
    /// One query per form the language has, chosen to hit the record's real facts.
    static let forms = [
        "who said LNG",
        "what did Trump say about Alaska",
        "quotes by Ishiba",
        "figures in yen",
        "figures over 500 billion dollars",
        "people",
        "timeline limit 20",
        "mentions tariffs limit 20",
        "count quotes by speaker",
        sourceForm,
        // Plain questions: understood, rewritten and, where the first reading is empty, retried.
        "What did Trump say about the alliance?",
        "How much will Japan invest in the US?",
        "when did the meeting start?",
        "did Ishiba mention Ukraine?",
        "trump alaska",
        "quantum",
        "who is Iwaya?",
        "what did they agree on?",
        "石破首相は関税について何と言いましたか",
        "What did Trump say about Taiwan?",
    ]

    /// `source` of the record's first quote: ids name lines (q48), so the id is the store's own.
    static let sourceForm = "source <first quote>"

    /// The forms with the store's first quote id in place of `sourceForm`.
    func queries() -> [String] {
        Self.forms.map { $0 == Self.sourceForm ? "source " + (store.quotes.first?.id ?? "q1") : $0 }
    }

    /// Where a measured query stands among the forms (its `source` by the form it came from).
    static func formIndex(_ query: String) -> Int? {
        forms.firstIndex(of: query) ?? (query.hasPrefix("source ") ? forms.firstIndex(of: sourceForm) : nil)
    }

    /// Sampling stops at whichever comes first: enough iterations for a p99, enough time for a
    /// stable median, or a hard cap so one slow form cannot stall the bench.
    struct Sampling: Sendable {
        var maxIterations = 200
        var enoughMs = 50.0
        var minIterations = 5
        var capMs = 2000.0
    }

    let store: FactStore
    let corpusLabel: String
    var sampling = Sampling()

    struct Result: Sendable {
        let query: String
        let corpus: String
        let samples: Samples
        /// The first, untimed-for-the-median run: lazy set-up shows up here.
        let firstMs: Double
        let rows: Int
        let error: String?
        /// Median of each stage, in `Stage` order, to show where a slow form spends its time.
        let stageMedianMs: [Double]
    }

    /// The pipeline's stages, timed separately inside each iteration.
    enum Stage: Int, CaseIterable {
        case answer, render
        var name: String { ["understand+plan+execute+answer", "render"][rawValue] }
    }

    private struct Output {
        let rows: Int
        let bytes: Int
        let stages: [UInt64]
    }

    func run() -> [Result] {
        let engine = QueryEngine(store: store, tables: .bundled)
        let options = RenderOptions(format: .table, color: false, width: 100)
        return queries().map { query in
            measure(query) {
                let t0 = MonotonicClock.nanoseconds()
                let answer = try engine.answer(query).answer
                let t1 = MonotonicClock.nanoseconds()
                let text = AnswerRenderer.render(answer, options)
                let t2 = MonotonicClock.nanoseconds()
                return Output(rows: answer.rows.count, bytes: text.utf8.count, stages: [t1 - t0, t2 - t1])
            }
        }
    }

    private func measure(_ query: String, _ body: () throws -> Output) -> Result {
        var samples = Samples()
        var stages = Array(repeating: Samples(), count: Stage.allCases.count)
        let first: Output
        let firstNs: UInt64
        do {
            (first, firstNs) = try MonotonicClock.measure(body)
        } catch {
            return Result(query: query, corpus: corpusLabel, samples: samples, firstMs: 0, rows: 0, error: String(describing: error),
                          stageMedianMs: [])
        }
        // Using the output keeps the optimizer from discarding the rendering.
        var sink = first.bytes
        while samples.count < sampling.maxIterations {
            let elapsed = Samples.ms(samples.total)
            if samples.count >= sampling.minIterations && elapsed >= sampling.enoughMs { break }
            if samples.count >= 3 && elapsed >= sampling.capMs { break }
            guard let (out, ns) = try? MonotonicClock.measure(body) else { break }
            sink &+= out.bytes
            samples.append(ns)
            for (k, t) in out.stages.enumerated() { stages[k].append(t) }
        }
        precondition(sink > 0, "rendered answers are never empty")
        return Result(query: query, corpus: corpusLabel, samples: samples, firstMs: Samples.ms(firstNs), rows: first.rows, error: nil,
                      stageMedianMs: stages.map(\.medianMs))
    }
}
