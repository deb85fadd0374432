import ArgumentParser
import SummitKit

/// The interactive shell, or one-shot queries with `-e`.
struct ShellCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shell",
        abstract: "Start the interactive shell (the default), or run -e queries and exit."
    )

    @OptionGroup var records: RecordOptions

    @Option(name: .customShort("e"), help: ArgumentHelp("Run this query or dot-command and exit (repeatable).", valueName: "QUERY"))
    var execute: [String] = []

    @Option(name: .long, help: "Output format: table, json, csv or text.")
    var format: OutputFormat = .table

    func run() throws {
        let loaded = try records.load()
        let session = Session(records: loaded, options: Session.Options(render: Terminal.renderOptions(format: format)),
                              write: FileHandleOutput.write, writeError: FileHandleOutput.error)
        if !execute.isEmpty {
            var failed = false
            for line in execute {
                let result = session.execute(line)
                if result == .quit { break }
                if result == .failed { failed = true; break }
            }
            if failed { throw ExitCode(1) }
            return
        }
        let status = Repl(session: session).run()
        if status != 0 { throw ExitCode(status) }
    }
}
