#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import SummitGloss
import SummitKit

/// What the word gloss costs: the first gloss of a session opens MeCab and reads all of EDICT
/// into its index (nothing of it happens at start-up), later glosses only segment and look up.
/// Each run makes a fresh `WordGlosser`, so each pays the first-use cost again.
struct GlossBenchmark {
    /// The record's quotes (their inner text), glossed in order; the first one pays the load.
    let quotes: [String]
    let runs: Int
    /// Loading EDICT takes a fraction of a second each time: a handful of runs is enough.
    static let maximumRuns = 5

    struct Result: Sendable {
        /// From making the glosser to the first quote's gloss, MeCab and EDICT loads included.
        let first: Samples
        /// Each later quote's gloss, over every run.
        let later: Samples
        /// Median RSS growth with the glosser (and its dictionary) alive.
        let residentGrowth: Int?
        /// Median peak RSS growth during the load (the EUC-JP file and its decoding are freed after).
        let peakGrowth: Int?
        let quotes: Int
        /// The one-line "unavailable" message, when MeCab or EDICT is missing.
        let unavailable: String?
        /// The first quote's gloss from the last run, to show what was measured.
        let sample: String
    }

    func run() -> Result {
        let texts = quotes.isEmpty ? ["（引用なし）"] : quotes
        var first = Samples(), later = Samples()
        var growth: [Int] = [], peaks: [Int] = []
        var sample = ""
        for _ in 0..<max(1, min(runs, Self.maximumRuns)) {
            ResidentMemory.releaseFreeHeap()
            let before = ResidentMemory.current()
            let peakBefore = ResidentMemory.resetPeak() ? ResidentMemory.peak() : nil
            let (glosser, gloss, ns): (WordGlosser, Gloss, UInt64) = {
                let start = MonotonicClock.nanoseconds()
                let glosser = WordGlosser(environment: { ProcessEnvironment.current[$0] })
                let gloss = glosser.gloss(texts[0])
                return (glosser, gloss, MonotonicClock.nanoseconds() - start)
            }()
            sample = gloss.text
            if case .unavailable(let line) = gloss {
                return Result(first: first, later: later, residentGrowth: nil, peakGrowth: nil, quotes: texts.count,
                              unavailable: line, sample: line)
            }
            first.append(ns)
            if let peakBefore, let peak = ResidentMemory.peak() { peaks.append(peak - peakBefore) }
            ResidentMemory.releaseFreeHeap()
            if let before, let after = ResidentMemory.current() { growth.append(after - before) }
            for text in texts.dropFirst() {
                let (_, ns) = MonotonicClock.measure { glosser.gloss(text) }
                later.append(ns)
            }
        }
        return Result(first: first, later: later, residentGrowth: ExtractionBenchmark.median(growth),
                      peakGrowth: ExtractionBenchmark.median(peaks), quotes: texts.count, unavailable: nil, sample: sample)
    }
}
