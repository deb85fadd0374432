import ArgumentParser
import SummitKit

/// `summit bench`: how fast summit starts, extracts and answers, against its targets. A
/// benchmark, not a test: it never fails on a missed target, it reports it.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure start-up, extraction and query speed.",
        discussion: """
        Prints one table (or one JSON document with --json); progress goes to stderr. \
        Figures are only meaningful for a release build: swift build -c release. \
        Corpora are copies of the record joined by blank lines, built in memory.
        """
    )

    @Option(name: .long, help: "Timed runs per measurement; medians are reported.")
    var runs: Int = 7

    @Option(name: .long, help: ArgumentHelp("Corpus sizes in copies of the record, each 2 to 100000.", valueName: "N,N"))
    var copies = CopyCounts([100, 1000])

    @Flag(name: .long, help: "A fast smoke run: 3 runs, 100 copies only (overrides --runs and --copies).")
    var quick = false

    @Option(name: .long, help: ArgumentHelp("Measure on this record instead of the bundled one.", valueName: "FILE"),
            completion: .file(extensions: ["txt"]))
    var record: String?

    @Flag(name: .long, help: "Print one JSON document instead of the table.")
    var json = false

    func validate() throws {
        if runs < 1 || runs > 1000 { throw ValidationError("--runs must be between 1 and 1000") }
    }

    func run() throws {
        let loaded: Record
        if let record {
            do {
                loaded = try Record.load(path: record)
                if let note = loaded.conversionNote(path: record) { FileHandleOutput.error("summit: note: " + note) }
            } catch {
                FileHandleOutput.error("summit: error: \(error.description)")
                throw ExitCode(2)
            }
        } else {
            loaded = Record.bundled()
        }
        let runner = BenchRunner(record: loaded, recordPath: record, runs: quick ? 3 : runs,
                                 copies: quick ? [100] : copies.values, progress: FileHandleOutput.error)
        let report = runner.run()
        if json {
            FileHandleOutput.write(report.json().serialized(pretty: true))
        } else {
            FileHandleOutput.write(report.table().render(maxWidth: Terminal.width(), color: false))
        }
    }
}
