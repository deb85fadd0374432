#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
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
                let line = raw.trimmedOfSpaces()
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

    /// Narration as paragraphs: a script's comment lines were broken to the author's editor,
    /// so consecutive lines are joined and the paragraph wrapped to the terminal; blank comment
    /// lines stay paragraph breaks and a line starting a list item (`-`, `*`, `•`) starts a new
    /// line. A blank line before them sets the step apart from the previous answer.
    private func show(_ narration: [String]) {
        guard !narration.isEmpty else { return }
        var out = [""]
        for paragraph in Self.paragraphs(narration) {
            out += paragraph.isEmpty ? [""] : wrap(visible(paragraph), toWidth: width ?? 0)
        }
        FileHandleOutput.write(out.joined(separator: "\n"))
    }

    static func paragraphs(_ lines: [String]) -> [String] {
        var result: [String] = []
        var current: String?
        for line in lines {
            let text = line.trimmedOfSpaces()
            if text.isEmpty {
                if let c = current { result.append(c) }
                result.append("")
                current = nil
            } else if let c = current, !["-", "*", "•"].contains(where: text.hasPrefix) {
                // Japanese runs on without a space; Latin words need one.
                let joiner = (c.unicodeScalars.last.map { $0.value < 0x3000 } ?? true) || (text.unicodeScalars.first.map { $0.value < 0x3000 } ?? true) ? " " : ""
                current = c + joiner + text
            } else {
                if let c = current { result.append(c) }
                current = text
            }
        }
        if let c = current { result.append(c) }
        return result
    }
}
