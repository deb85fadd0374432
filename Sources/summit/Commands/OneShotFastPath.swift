import ArgumentParser
import SummitKit

/// `summit -e QUERY [-e QUERY]... [QUERY]... [--format F] [--keep-going]` on the bundled record, recognized without the
/// argument parser: building its command tree (and checking for completion-script requests)
/// costs a third of the start-up budget for the one-shot use that pipes and tests rely on.
/// Anything else — other flags, help, errors — goes through ArgumentParser as usual.
enum OneShotFastPath {
    static func queries(_ arguments: ArraySlice<String>) -> (lines: [String], format: OutputFormat, keepGoing: Bool)? {
        var lines: [String] = []
        var positional: [String] = []
        var keepGoing = false
        var format = OutputFormat.table
        var i = arguments.startIndex
        while i < arguments.endIndex {
            let a = arguments[i]
            let next = arguments.index(after: i)
            switch a {
            case "-e":
                guard next < arguments.endIndex else { return nil }
                lines.append(arguments[next])
                i = arguments.index(after: next)
            case "--format":
                guard next < arguments.endIndex, let f = OutputFormat(rawValue: arguments[next]) else { return nil }
                format = f
                i = arguments.index(after: next)
            case "--lang":
                // The same as a first line `.lang X`: the setting applies to every -e.
                guard next < arguments.endIndex, AnswerLanguage(rawValue: arguments[next]) != nil else { return nil }
                lines.insert(".lang " + arguments[next], at: 0)
                i = arguments.index(after: next)
            case "--keep-going":
                keepGoing = true
                i = next
            default:
                if a.hasPrefix("--format="), let f = OutputFormat(rawValue: String(a.dropFirst(9))) {
                    format = f
                    i = next
                } else if !a.hasPrefix("-"), i != arguments.startIndex || !Self.commandNames.contains(a) {
                    // A query given as an argument (`summit 'who said LNG'`); a subcommand's
                    // name in first place is the subcommand, as the argument parser reads it.
                    positional.append(a)
                    i = next
                } else {
                    return nil
                }
            }
        }
        lines += positional
        return lines.allSatisfy({ $0.hasPrefix(".lang ") }) ? nil : (lines, format, keepGoing)
    }

    /// Words that name a subcommand (or ask for help) when they come first.
    static let commandNames: Set<String> = Set(Summit.configuration.subcommands.map { $0._commandName } + ["help"])

    static func run(_ lines: [String], format: OutputFormat, keepGoing: Bool) -> Int32 {
        let session = Session(records: [FrozenBundle.record()], options: FrozenBundle.options(Session.Options(render: Terminal.renderOptions(format: format))),
                              write: FileHandleOutput.write, writeError: FileHandleOutput.error)
        session.attachToProcess(catchingInterrupts: false)
        let status = ShellCommand.runQueries(lines, in: session, keepGoing: keepGoing)
        // The process ends here, the session still alive: freeing its store object by object
        // first would only cost time (about 1% of a one-shot query).
        withExtendedLifetime(session) { exitProcess(status) }
    }
}
