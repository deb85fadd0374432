import SummitKit

/// The human view: one table, sections one after another, each section's name shown on its
/// first row only so the eye can jump between them.
extension BenchReport {
    func table() -> TextTable {
        var rows: [[String]] = []
        func section(_ name: String, _ body: [[String]]) {
            for (k, row) in body.enumerated() { rows.append([k == 0 ? name : ""] + row) }
        }
        section("machine", [
            ["cpu", "", machine.cpuModel, "\(machine.cores) cores online"],
            ["build", "", machine.configuration, Machine.configurationNote],
        ])
        section("start-up", startupRows())
        section("extraction", extraction.map(extractionRow))
        section("memory", extraction.map(memoryRow))
        section("queries", queryRows())
        section("gloss", glossRows())
        section("targets", targets.map { t in
            [t.name, t.corpus, t.measured.map { BenchFormat.number($0) + (t.unit == "×" ? "×" : " " + t.unit) } ?? "—", t.status + " (" + t.limitText + ")"]
        })
        var table = TextTable(columns: [.init(title: "section", wrap: false), .init(title: "measure"), .init(title: "corpus", wrap: false),
                                        .number("value"), .init(title: "detail")],
                              rows: rows)
        let passed = targets.filter { $0.passed == true }.count
        table.footer = "(\(passed) of \(targets.count) targets met; medians of \(runs) runs; record \(recordName))"
        return table
    }

    private func startupRows() -> [[String]] {
        let what = "summit -e '\(StartupBenchmark.query)'"
        if let failure = startup.failure { return [[what, "record", "—", "failed: " + failure]] }
        var rows = [[what, "record", BenchFormat.ms(startup.samples.medianMs),
                     "median of \(startup.samples.count) spawns; min \(BenchFormat.ms(startup.samples.minMs))"]]
        if let baseline = startup.baseline, let command = startup.baselineCommand, let ratio = startup.ratio {
            rows.append(["sqlite3 :memory: 'select 1'", "—", BenchFormat.ms(baseline.medianMs),
                         "\(command[0]); median of \(baseline.count) spawns, interleaved with summit's (first every other round); min \(BenchFormat.ms(baseline.minMs))"])
            rows.append(["ratio summit / sqlite3", "record", BenchFormat.ratio(ratio), "of the two medians"])
        } else {
            rows.append(["sqlite3 :memory: 'select 1'", "—", "—", "sqlite3 is not installed (or failed): no ratio"])
        }
        if let bytes = startup.binaryBytes {
            rows.append(["binary size", "—", BenchFormat.bytes(bytes), startup.command[0]])
        }
        return rows
    }

    private func extractionRow(_ r: ExtractionBenchmark.Result) -> [String] {
        var detail = "\(BenchFormat.ms(r.total.medianMs)) for \(BenchFormat.bytes(r.corpus.bytes.count))"
        detail += " (segment \(BenchFormat.ms(r.segment.medianMs)); rules set-up \(BenchFormat.ms(r.setup.medianMs)) once per process, not counted)"
        if let l = linearity(r) { detail += "; time/size \(BenchFormat.ratio(l)) record's" }
        detail += "; \(r.facts) facts; \(r.total.count) runs"
        return ["throughput", r.corpus.label, BenchFormat.number(r.megabytesPerSecond) + " MB/s", detail]
    }

    private func memoryRow(_ r: ExtractionBenchmark.Result) -> [String] {
        guard let perMB = r.residentPerMegabyte, let growth = r.residentGrowth else {
            return ["RSS per MB of text", r.corpus.label, "—", "/proc/self/statm unreadable"]
        }
        var detail = "+\(BenchFormat.bytes(growth)) RSS kept for \(BenchFormat.bytes(r.corpus.bytes.count)) of text"
        if let peak = r.peakPerMegabyte { detail += "; peak \(BenchFormat.ratio(peak))" }
        return ["RSS per MB of text", r.corpus.label, BenchFormat.ratio(perMB), detail]
    }

    private func glossRows() -> [[String]] {
        if let missing = gloss.unavailable { return [["first gloss", "record", "—", missing]] }
        var first = "median of \(gloss.first.count) fresh glossers: opening MeCab, reading EDICT into its index, one quote"
        if let growth = gloss.residentGrowth { first += "; +\(BenchFormat.bytes(growth)) RSS kept" }
        if let peak = gloss.peakGrowth { first += ", peak +\(BenchFormat.bytes(peak))" }
        return [
            ["first gloss", "record", BenchFormat.ms(gloss.first.medianMs), first],
            ["each later quote", "record", BenchFormat.ms(gloss.later.medianMs),
             "p99 \(BenchFormat.ms(gloss.later.p99Ms)); \(gloss.quotes) quotes; \(gloss.later.count) glosses"],
            ["sample", "record", "", gloss.sample],
        ]
    }

    private func queryRows() -> [[String]] {
        var rows: [[String]] = []
        var previous = ""
        for r in queries.sorted(by: { queryOrder($0) < queryOrder($1) }) {
            let name = r.query == previous ? "" : r.query
            previous = r.query
            if let error = r.error {
                rows.append([name, r.corpus, "—", "error: " + error])
                continue
            }
            rows.append([name, r.corpus, BenchFormat.ms(r.samples.medianMs),
                         "p99 \(BenchFormat.ms(r.samples.p99Ms)); first \(BenchFormat.ms(r.firstMs)); \(r.rows) row\(r.rows == 1 ? "" : "s"); \(r.samples.count) iterations; "
                            + stages(r)])
        }
        return rows
    }

    /// "plan 0.01 · execute 3.1 · answer 0.2 · render 1.4 ms": where the time goes.
    private func stages(_ r: QueryBenchmark.Result) -> String {
        zip(QueryBenchmark.Stage.allCases, r.stageMedianMs).map { "\($0.name) \(BenchFormat.number($1))" }.joined(separator: " · ") + " ms"
    }

    /// Form by form, and within a form from the smallest corpus up, so growth reads downwards.
    private func queryOrder(_ r: QueryBenchmark.Result) -> (Int, Int) {
        let form = QueryBenchmark.formIndex(r.query) ?? Int.max
        let size = extraction.firstIndex { $0.corpus.label == r.corpus } ?? Int.max
        return (form, size)
    }
}
