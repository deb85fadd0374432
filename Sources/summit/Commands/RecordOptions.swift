import ArgumentParser
import SummitKit

/// `--record FILE` (repeatable): which records to load instead of the bundled one, and how
/// large a record may be.
struct RecordOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Load this record instead of the bundled one (repeatable).", valueName: "FILE"),
            completion: .file(extensions: ["txt"]))
    var record: [String] = []

    @Option(name: .long, help: ArgumentHelp("Refuse records larger than this many megabytes (default 200).", valueName: "MB"))
    var maxRecordMb: Int = Record.defaultMaxBytes >> 20

    func validate() throws {
        if maxRecordMb < 1 || maxRecordMb > 1 << 20 { throw ValidationError("--max-record-mb must be between 1 and 1048576") }
    }

    var maxRecordBytes: Int { maxRecordMb << 20 }

    /// The records named, or the bundled one; a bad file is a one-line error and exit status 2.
    func load() throws -> [Record] {
        if record.isEmpty { return [FrozenBundle.record()] }
        var out: [Record] = []
        let progress = ProgressLine.reporter()
        let watch = LoadWatch(progress: progress)
        for path in record {
            if path.isEmpty {
                FileHandleOutput.error("summit: error: --record was given an empty file name; name a UTF-8 .txt report, or leave out --record to use the bundled record")
                throw ExitCode(2)
            }
            do {
                let r = try Record.load(path: path, maxBytes: maxRecordBytes, watch: watch)
                if let note = r.conversionNote(path: path) { FileHandleOutput.error("summit: note: " + note) }
                out.append(r)
            } catch {
                progress?(LoadProgress(name: path, stage: .done, done: 0, total: 0))   // wipe a progress line first
                FileHandleOutput.error("summit: error: \(error.description)")
                throw ExitCode(2)
            }
        }
        return out
    }

    /// A session on the loaded records, extraction progress shown on a terminal.
    func session(_ records: [Record], options: Session.Options) -> Session {
        var options = FrozenBundle.options(options)
        options.maxRecordBytes = maxRecordBytes
        return Session(records: records, options: options, write: FileHandleOutput.write,
                       writeError: FileHandleOutput.error, watch: LoadWatch(progress: ProgressLine.reporter()))
    }
}
