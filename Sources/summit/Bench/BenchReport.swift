/// Everything one bench run measured, kept as data so the table and the JSON document are two
/// views of the same numbers and cannot disagree.
struct BenchReport: Sendable {
    let machine: Machine
    let runs: Int
    let recordName: String
    let startup: StartupBenchmark.Result
    let extraction: [ExtractionBenchmark.Result]
    let queries: [QueryBenchmark.Result]
    let gloss: GlossBenchmark.Result
    let targets: [BenchTarget]

    /// Time per byte relative to the single record's: 1.00 is linear growth, 2.00 means each
    /// byte costs twice as much in the bigger corpus.
    func linearity(_ r: ExtractionBenchmark.Result) -> Double? {
        guard let base = extraction.first(where: { $0.corpus.copies == 1 }), base.nanosecondsPerByte > 0 else { return nil }
        return r.nanosecondsPerByte / base.nanosecondsPerByte
    }
}
