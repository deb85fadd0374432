import SummitKit

/// Extraction speed and memory on one corpus: segmenting the bytes into a `Record` and running
/// every rule into a `FactStore`, on this thread, as a session does at start-up.
///
/// Throughput counts segmenting and extracting, the work that grows with the text. Building the
/// rules from the tables is a fixed cost per process, whatever the text's size: it is measured
/// and reported on its own (and is part of the start-up figure), not spread over the bytes.
struct ExtractionBenchmark {
    let corpus: Corpus
    let runs: Int
    /// Large corpora stop after this many seconds (but never before 3 runs), keeping a default
    /// bench bounded on slow machines; the report shows how many runs were made.
    var budgetSeconds: Double = 30

    struct Result: Sendable {
        let corpus: Corpus
        /// Record(name:bytes:) plus extractor.extract, per run.
        let total: Samples
        /// The Record(name:bytes:) part alone: lines, sections, sentences.
        let segment: Samples
        /// Extractor() alone: building the rules from the tables, a fixed cost per session.
        let setup: Samples
        /// Median RSS growth with the store still alive.
        let residentGrowth: Int?
        /// Median peak RSS growth during the build (VmHWM), when the kernel lets us reset it.
        let peakGrowth: Int?
        let facts: Int

        var megabytesPerSecond: Double {
            let seconds = total.medianMs / 1000
            return seconds > 0 ? corpus.megabytes / seconds : 0
        }
        /// MB of RSS per MB of text.
        var residentPerMegabyte: Double? { residentGrowth.map { Double($0) / Double(corpus.bytes.count) } }
        var peakPerMegabyte: Double? { peakGrowth.map { Double($0) / Double(corpus.bytes.count) } }
        /// Median time per byte; divided by the record's, 1.0 means growth is linear.
        var nanosecondsPerByte: Double { total.medianMs * 1e6 / Double(corpus.bytes.count) }
    }

    /// Measures, and hands back the last run's store so queries can run on it without
    /// extracting again.
    func run() -> (Result, FactStore) {
        var total = Samples(), segment = Samples(), setup = Samples()
        var growth: [Int] = [], peaks: [Int] = []
        var kept: FactStore?
        for k in 0..<runs {
            kept = nil
            ResidentMemory.releaseFreeHeap()
            let setupStart = MonotonicClock.nanoseconds()
            let extractor = Extractor()
            let setupEnd = MonotonicClock.nanoseconds()
            // Memory is per MB of text: the rules' fixed tables are already resident here.
            let before = ResidentMemory.current()
            let peakReset = ResidentMemory.resetPeak()
            let peakBefore = peakReset ? ResidentMemory.peak() : nil
            let start = MonotonicClock.nanoseconds()
            let record = Record(name: corpus.name, bytes: corpus.bytes)
            let segmented = MonotonicClock.nanoseconds()
            let store = extractor.extract([record])
            let done = MonotonicClock.nanoseconds()
            // Read while `store` is alive: this is what a session holds on to.
            if let before, let after = ResidentMemory.current() { growth.append(after - before) }
            if let peakBefore, let peak = ResidentMemory.peak() { peaks.append(peak - peakBefore) }
            total.append(done - start)
            segment.append(segmented - start)
            setup.append(setupEnd - setupStart)
            kept = store
            if k + 1 >= 3, Double(total.total) / 1e9 > budgetSeconds { break }
        }
        let store = kept!
        let facts = store.quotes.count + store.figures.count + store.ordinals.count + store.times.count + store.entities.count
        let result = Result(corpus: corpus, total: total, segment: segment, setup: setup, residentGrowth: Self.median(growth),
                            peakGrowth: Self.median(peaks), facts: facts)
        return (result, store)
    }

    static func median(_ values: [Int]) -> Int? {
        guard !values.isEmpty else { return nil }
        return values.sorted()[values.count / 2]
    }
}
