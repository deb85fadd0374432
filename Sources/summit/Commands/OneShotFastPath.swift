import SummitKit

/// `summit -e QUERY [-e QUERY]... [--format F]` on the bundled record, recognized without the
/// argument parser: building its command tree (and checking for completion-script requests)
/// costs a third of the start-up budget for the one-shot use that pipes and tests rely on.
/// Anything else — other flags, help, errors — goes through ArgumentParser as usual.
enum OneShotFastPath {
    static func queries(_ arguments: ArraySlice<String>) -> (lines: [String], format: OutputFormat)? {
        var lines: [String] = []
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
            default:
                if a.hasPrefix("--format="), let f = OutputFormat(rawValue: String(a.dropFirst(9))) {
                    format = f
                    i = next
                } else {
                    return nil
                }
            }
        }
        return lines.allSatisfy({ $0.hasPrefix(".lang ") }) ? nil : (lines, format)
    }

    static func run(_ lines: [String], format: OutputFormat) -> Int32 {
        let session = Session(records: [Record.bundled()], options: Session.Options(render: Terminal.renderOptions(format: format)),
                              write: FileHandleOutput.write, writeError: FileHandleOutput.error)
        session.attachToProcess(catchingInterrupts: false)
        return ShellCommand.runQueries(lines, in: session)
    }
}
