import SummitKit

/// Runs the measurements in order and collects the report. Only one large store is alive at a
/// time, so memory figures for one corpus are not inflated by the previous one.
struct BenchRunner {
    let record: Record
    let recordPath: String?
    let runs: Int
    let copies: [Int]
    let progress: (String) -> Void

    func run() -> BenchReport {
        // A spawn is cheap and its time swings with whatever else the machine is doing, so the
        // median is taken over more of them than the other measures use.
        let spawns = max(runs, StartupBenchmark.minimumSpawns)
        progress("measuring start-up (\(spawns) spawns of summit -e '\(StartupBenchmark.query)')…")
        let startup = StartupBenchmark(runs: spawns, recordPath: recordPath).run()

        // Build the extractor's tables once, so the first timed run does not pay for them.
        let recordStore = Extractor().extract([Record(name: record.name, bytes: record.bytes)])

        // Before the big corpora, so their freed memory does not hide the dictionary's.
        progress("measuring the first word gloss (MeCab and EDICT loaded on first use)…")
        let gloss = GlossBenchmark(quotes: recordStore.quotes.map(\.text), runs: runs).run()

        var extraction: [ExtractionBenchmark.Result] = []
        var queries: [QueryBenchmark.Result] = []
        let corpora = [Corpus.single(record)] + copies.map { Corpus.copies($0, of: record) }
        for corpus in corpora {
            progress("measuring extraction on \(corpus.label) (\(BenchFormat.bytes(corpus.bytes.count)))…")
            let (result, store) = ExtractionBenchmark(corpus: corpus, runs: runs).run()
            extraction.append(result)
            progress("measuring queries on \(corpus.label)…")
            queries += QueryBenchmark(store: store, corpusLabel: corpus.label).run()
        }
        let targets = BenchTarget.evaluate(startup: startup, extraction: extraction, queries: queries, gloss: gloss)
        return BenchReport(machine: .current(), runs: runs, recordName: record.name, startup: startup,
                           extraction: extraction, queries: queries, gloss: gloss, targets: targets)
    }
}
