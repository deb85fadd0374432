import ArgumentParser
import SummitKit

/// The interactive shell, or one-shot queries with `-e`.
struct ShellCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shell",
        abstract: "Start the interactive shell (the default), or run queries (-e or arguments) and exit."
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

    @Flag(name: .long, help: "Go on after a failing query (still exits 1).")
    var keepGoing = false

    @Argument(help: ArgumentHelp("Queries to run like -e, after any -e (summit 'who said LNG').", valueName: "QUERY"))
    var queries: [String] = []

    func run() throws {
        let loaded = try records.load()
        var options = Session.Options(render: Terminal.renderOptions(format: format))
        options.render.language = lang
        options.allowWrite = allowWrite
        let session = records.session(loaded, options: options)
        session.attachToProcess(catchingInterrupts: false)
        if !execute.isEmpty || !queries.isEmpty {
            let status = Self.runQueries(execute + queries, in: session, keepGoing: keepGoing)
            if status != 0 { throw ExitCode(status) }
            return
        }
        let status = Repl(session: session).run()
        if status != 0 { throw ExitCode(status) }
    }

    /// `-e` lines in order, stopping at the first failure unless `keepGoing`: 0 when all ran
    /// without error, 1 otherwise. A stop that leaves lines unrun says so, since their answers
    /// are simply missing from the output.
    static func runQueries(_ lines: [String], in session: Session, keepGoing: Bool = false) -> Int32 {
        var status: Int32 = 0
        for (i, line) in lines.enumerated() {
            switch session.execute(line) {
            case .quit: return status
            case .ok: continue
            case .failed:
                status = 1
                let left = lines.count - i - 1
                if !keepGoing && left > 0 {
                    FileHandleOutput.error("summit: stopped at query \(i + 1) of \(lines.count); the \(left == 1 ? "last one" : "\(left) after it") did not run (--keep-going runs them)")
                    return status
                }
            }
        }
        return status
    }
}
