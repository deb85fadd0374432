/// A script read for the handout: narration paragraphs and queries with their answers, in order.
public enum HandoutStep: Sendable {
    /// `#` comment lines before a query, one paragraph per run of lines (a blank line or a bare
    /// `#` starts a new one).
    case narration([String])
    case query(text: String, line: Int, answer: Answer, format: OutputFormat?)
    case failed(text: String, line: Int, message: String)
    /// A dot-command: shown, not run (a handout is answers, not shell settings or file writes).
    case notRun(text: String, line: Int)
}

/// Why a query of the script has no answer, in one line.
public struct HandoutQueryFailure: Error, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}

extension HandoutStep {
    /// The script's steps; `answer` runs one query (its text and 1-based line) (the caller's engine, so the handout
    /// answers exactly as `summit run` does) and gives its answer and the format it asked for.
    public static func steps(_ script: ScriptFile,
                             answer: (_ text: String, _ line: Int) throws(HandoutQueryFailure) -> (Answer, OutputFormat?)) -> [HandoutStep] {
        var steps: [HandoutStep] = []
        var paragraph: [String] = []
        func endParagraph() {
            if !paragraph.isEmpty { steps.append(.narration(paragraph)); paragraph = [] }
        }
        for (i, line) in script.lines.enumerated() {
            switch line {
            case .blank:
                endParagraph()
            case .comment(let text):
                if i == 0, script.header != nil { continue }
                let words = text.drop { $0 == "#" }.drop { $0 == " " }
                if words.isEmpty { endParagraph() } else { paragraph.append(String(words)) }
            case .command(let text):
                endParagraph()
                if text.hasPrefix(".") { steps.append(.notRun(text: text, line: i + 1)); continue }
                do throws(HandoutQueryFailure) {
                    let (a, format) = try answer(text, i + 1)
                    steps.append(.query(text: text, line: i + 1, answer: a, format: format))
                } catch {
                    steps.append(.failed(text: text, line: i + 1, message: error.message))
                }
            }
        }
        endParagraph()
        return steps
    }
}
