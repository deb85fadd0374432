import ArgumentParser
import SummitKit

/// `--record FILE` (repeatable): which records to load instead of the bundled one.
struct RecordOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Load this record instead of the bundled one (repeatable).", valueName: "FILE"),
            completion: .file(extensions: ["txt"]))
    var record: [String] = []

    /// The records named, or the bundled one; a bad file is a one-line error and exit status 2.
    func load() throws -> [Record] {
        if record.isEmpty { return [Record.bundled()] }
        var out: [Record] = []
        for path in record {
            if path.isEmpty {
                FileHandleOutput.error("summit: error: --record was given an empty file name; name a UTF-8 .txt report, or leave out --record to use the bundled record")
                throw ExitCode(2)
            }
            do {
                let r = try Record.load(path: path)
                if let note = r.conversionNote(path: path) { FileHandleOutput.error("summit: note: " + note) }
                out.append(r)
            } catch {
                FileHandleOutput.error("summit: error: \(error.description)")
                throw ExitCode(2)
            }
        }
        return out
    }
}
