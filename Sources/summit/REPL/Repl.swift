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
        while true {
            switch reader.read(prompt: "summit> ") {
            case .endOfInput:
                return status
            case .interrupted:
                Interrupt.clear()
                continue
            case .line(let line):
                if line.trimmedOfSpaces().isEmpty { continue }
                if interactive { reader.remember(line) }
                Interrupt.clear()
                switch session.execute(line) {
                case .quit: return status
                case .failed: if !interactive { status = 1 }
                case .ok: break
                }
                Interrupt.clear()
            }
        }
    }

    func banner() -> String {
        let names = session.records.map { shown($0.name) }.joined(separator: ", ")
        let s = session.store
        return "summit 0.1.0 — \(names): \(s.quotes.count) quotes, \(s.figures.count) figures, \(s.times.count) times, \(s.entities.count) names.\n"
            + "Try: who said LNG · what did Trump say about Alaska · figures in yen. Type .help for help, .quit or Ctrl-D to leave."
    }
}
