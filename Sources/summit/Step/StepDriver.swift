import Foundation
import SummitKit

/// `summit run --step` at the front of a class: each step's narration (wrapped to the terminal)
/// and query are shown once, then a status line; the answer to the prompt decides.
///
/// Keys are read as lines, on a terminal through the line editor (so a typed detour has
/// editing and Tab) and from a pipe as plain lines: an empty line runs the step, `s` skips,
/// `b` goes back, `q` or end of input (Ctrl-D) ends the demo, and anything else runs as a
/// query, after which the same step is offered again. Ctrl-C drops the typed line.
final class StepDriver: StepPresenter {
    private let session: Session
    private let reader: LineReader
    private let interactive: Bool
    private let width: Int?

    init(session: Session) {
        self.session = session
        let completer = Completer(session: session)
        reader = makeLineReader(programName: "summit", completer: { completer.complete($0) })
        interactive = reader is LineEditor
        width = Terminal.width()
        if !interactive {
            // Keys piped in are not typing: a detour there may not write files either.
            session.options.typedInput = false
        }
    }

    static let keys = "Enter run · s skip · b back · q quit"

    func present(_ step: ScriptStep) -> StepAction {
        show(step.narration)
        FileHandleOutput.write("▶ " + visible(step.query))
        while true {
            FileHandleOutput.error("step \(step.number)/\(step.total) · " + Self.keys)
            Interrupt.clear()
            switch reader.read(prompt: interactive ? "› " : "") {
            case .endOfInput: return .quit
            case .interrupted: continue
            case .line(let raw):
                let line = raw.trimmingCharacters(in: .whitespaces)
                switch line.lowercased() {
                case "": return .run
                case "s": return .skip
                case "b":
                    if step.number == 1 { FileHandleOutput.error("(this is the first step)") }
                    return .back
                case "q": return .quit
                default:
                    if interactive { reader.remember(line) }
                    if session.execute(line) == .quit { return .quit }
                    Interrupt.clear()
                    // The answer pushed the step off the screen: name it again before the status.
                    FileHandleOutput.write("▶ " + visible(step.query))
                }
            }
        }
    }

    func close(_ narration: [String]) {
        show(narration)
    }

    /// Narration paragraphs as written, each line wrapped to the width; a blank line before
    /// them sets the step apart from the previous answer.
    private func show(_ narration: [String]) {
        guard !narration.isEmpty else { return }
        var out = [""]
        for line in narration {
            out += line.isEmpty ? [""] : wrap(visible(line), toWidth: width ?? 0)
        }
        FileHandleOutput.write(out.joined(separator: "\n"))
    }
}
