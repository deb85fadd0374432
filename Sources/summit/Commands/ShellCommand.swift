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

    @Option(name: .long, help: "Output format: table, json, csv, text or expanded.")
    var format: OutputFormat = .table

    @Option(name: .long, help: "Show record text in English (en), Japanese (ja) or both, English first (both).")
    var lang: AnswerLanguage = .both

    @Flag(name: .long, help: "Let lines piped to the shell write files (.save); typed lines always may.")
    var allowWrite = false

    func run() throws {
        let loaded = try records.load()
        var options = Session.Options(render: Terminal.renderOptions(format: format))
        options.render.language = lang
        options.allowWrite = allowWrite
        let session = records.session(loaded, options: options)
        session.attachToProcess(catchingInterrupts: false)
        if !execute.isEmpty {
            let status = Self.runQueries(execute, in: session)
            if status != 0 { throw ExitCode(status) }
            return
        }
        let status = Repl(session: session).run()
        if status != 0 { throw ExitCode(status) }
    }

    /// `-e` lines in order, stopping at the first failure: 0 when all ran, 1 otherwise.
    static func runQueries(_ lines: [String], in session: Session) -> Int32 {
        for line in lines {
            switch session.execute(line) {
            case .quit: return 0
            case .failed: return 1
            case .ok: continue
            }
        }
        return 0
    }
}
