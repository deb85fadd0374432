import SummitKit

/// The read–eval–print loop: lines from the line editor (or plain stdin when it is not a
/// terminal) go through the session one by one.
struct Repl {
    let session: Session

    /// Runs until Ctrl-D, EOF or `.quit`; returns the exit status (1 when piped input had a failing line).
    func run() -> Int32 {
        let completer = Completer(session: session)
        let reader = makeLineReader(programName: "summit", completer: { completer.complete($0) })
        let interactive = reader is LineEditor
        if interactive {
            FileHandleOutput.write(banner())
            session.editorHistory = { reader.history }
            session.attachToProcess(catchingInterrupts: true)
        } else {
            // Piped lines are a script the user did not type: they may not write files.
            session.options.typedInput = false
        }
        for w in reader.warnings { FileHandleOutput.error("warning: " + w) }
        var status: Int32 = 0
        // Piped lines are numbered as read (blank ones too), so an error names <stdin>:N:col.
        var lineNumber = 0
        while true {
            switch reader.read(prompt: "summit> ") {
            case .endOfInput:
                return status
            case .interrupted:
                Interrupt.clear()
                continue
            case .line(let line):
                lineNumber += 1
                if line.trimmedOfSpaces().isEmpty { continue }
                if interactive { reader.remember(line) }
                Interrupt.clear()
                switch session.execute(line, at: interactive ? .interactive : .input(line: lineNumber)) {
                case .quit: return status
                case .failed: if !interactive { status = 1 }
                case .ok: break
                }
                Interrupt.clear()
            }
        }
    }

    /// The greeting, each of its lines broken at spaces to the terminal's width: a narrow pane
    /// (60 or 80 columns) would otherwise cut words in two where the terminal wraps them.
    func banner() -> String {
        let names = session.records.map { shown($0.name) }.joined(separator: ", ")
        let s = session.store
        return Self.banner([
            "summit 0.1.0 — \(names): \(s.quotes.count) quotes, \(s.figures.count) figures, \(s.times.count) times, \(s.entities.count) names.",
            "Try: who said LNG · what did Trump say about Alaska · figures in yen.",
            "Type .help for help, .quit or Ctrl-D to leave.",
        ], width: session.options.render.width)
    }

    /// Lines wrapped to `width` (nil: as they are).
    static func banner(_ lines: [String], width: Int?) -> String {
        lines.flatMap { wrap($0, toWidth: width ?? 0) }.joined(separator: "\n")
    }
}
