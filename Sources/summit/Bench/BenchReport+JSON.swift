import SummitKit

/// The machine view: one JSON document with raw samples, so trends can be tracked across
/// commits without parsing the table.
extension BenchReport {
    func json() -> JSONValue {
        .object([
            ("bench", "summit"),
            ("build", .string(machine.configuration)),
            ("note", .string(Machine.configurationNote)),
            ("machine", .object([("cores", .int(machine.cores)), ("cpu", .string(machine.cpuModel))])),
            ("runs", .int(runs)),
            ("record", .string(recordName)),
            ("startup", startupJSON()),
            ("extraction", .array(extraction.map(extractionJSON))),
            ("queries", .array(queries.map(queryJSON))),
            ("gloss", glossJSON()),
            ("targets", .array(targets.map(targetJSON))),
        ])
    }

    private func startupJSON() -> JSONValue {
        .object([
            ("command", .array(startup.command.map { .string($0) })),
            ("runs", .int(startup.samples.count)),
            ("median_ms", .number(startup.samples.medianMs)),
            ("min_ms", .number(startup.samples.minMs)),
            ("samples_ms", .array(startup.samples.samplesMs.map { .number($0) })),
            ("error", startup.failure.map { .string($0) } ?? .null),
            ("binary_bytes", startup.binaryBytes.map { .int($0) } ?? .null),
            ("baseline", startup.baseline.map { b in
                .object([
                    ("command", .array((startup.baselineCommand ?? []).map { .string($0) })),
                    ("runs", .int(b.count)),
                    ("median_ms", .number(b.medianMs)),
                    ("min_ms", .number(b.minMs)),
                    ("samples_ms", .array(b.samplesMs.map { .number($0) })),
                ])
            } ?? .null),
            ("ratio", startup.ratio.map { .number($0) } ?? .null),
        ])
    }

    private func extractionJSON(_ r: ExtractionBenchmark.Result) -> JSONValue {
        .object([
            ("corpus", .string(r.corpus.label)),
            ("name", .string(r.corpus.name)),
            ("copies", .int(r.corpus.copies)),
            ("bytes", .int(r.corpus.bytes.count)),
            ("runs", .int(r.total.count)),
            ("median_ms", .number(r.total.medianMs)),
            ("segment_median_ms", .number(r.segment.medianMs)),
            ("rules_setup_median_ms", .number(r.setup.medianMs)),
            ("mb_per_s", .number(r.megabytesPerSecond)),
            ("time_per_byte_vs_record", linearity(r).map { .number($0) } ?? .null),
            ("facts", .int(r.facts)),
            ("rss_growth_bytes", r.residentGrowth.map { .int($0) } ?? .null),
            ("rss_per_mb_text", r.residentPerMegabyte.map { .number($0) } ?? .null),
            ("peak_rss_growth_bytes", r.peakGrowth.map { .int($0) } ?? .null),
            ("peak_rss_per_mb_text", r.peakPerMegabyte.map { .number($0) } ?? .null),
            ("samples_ms", .array(r.total.samplesMs.map { .number($0) })),
        ])
    }

    private func queryJSON(_ r: QueryBenchmark.Result) -> JSONValue {
        .object([
            ("query", .string(r.query)),
            ("corpus", .string(r.corpus)),
            ("iterations", .int(r.samples.count)),
            ("median_ms", .number(r.samples.medianMs)),
            ("p99_ms", .number(r.samples.p99Ms)),
            ("first_ms", .number(r.firstMs)),
            ("rows", .int(r.rows)),
            ("stage_median_ms", .object(zip(QueryBenchmark.Stage.allCases, r.stageMedianMs).map { ($0.name, .number($1)) })),
            ("error", r.error.map { .string($0) } ?? .null),
        ])
    }

    private func glossJSON() -> JSONValue {
        .object([
            ("first_median_ms", gloss.first.count > 0 ? .number(gloss.first.medianMs) : .null),
            ("first_samples_ms", .array(gloss.first.samplesMs.map { .number($0) })),
            ("later_median_ms", gloss.later.count > 0 ? .number(gloss.later.medianMs) : .null),
            ("later_p99_ms", gloss.later.count > 0 ? .number(gloss.later.p99Ms) : .null),
            ("quotes", .int(gloss.quotes)),
            ("rss_growth_bytes", gloss.residentGrowth.map { .int($0) } ?? .null),
            ("peak_rss_growth_bytes", gloss.peakGrowth.map { .int($0) } ?? .null),
            ("unavailable", gloss.unavailable.map { .string($0) } ?? .null),
            ("sample", .string(gloss.sample)),
        ])
    }

    private func targetJSON(_ t: BenchTarget) -> JSONValue {
        .object([
            ("target", .string(t.name)),
            ("corpus", .string(t.corpus)),
            ("limit", .number(t.limit)),
            ("unit", .string(t.unit)),
            ("direction", .string(t.direction == .atMost ? "at_most" : "at_least")),
            ("measured", t.measured.map { .number($0) } ?? .null),
            ("status", .string(t.status)),
        ])
    }
}
