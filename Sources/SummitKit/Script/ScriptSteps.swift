/// A script cut into the steps a teacher walks through with `summit run --step`: each query
/// with the narration (`#` comments) written above it.
public struct ScriptStep: Sendable, Equatable {
    /// One-based position and the script's step count, for the status line.
    public let number: Int
    public let total: Int
    /// The comment lines before the query, without their `#`; "" keeps a blank line between
    /// paragraphs (leading and trailing blanks are dropped).
    public let narration: [String]
    public let query: String
    /// The query's line in the script, for error locations.
    public let line: Int
}

/// What the person driving a step demo chose for the step on screen.
public enum StepAction: Sendable, Equatable {
    case run, skip, back, quit
}

extension ScriptFile {
    /// The steps, and the narration after the last query (closing words, shown at the end).
    public func steps() -> (steps: [ScriptStep], closing: [String]) {
        var pending: [String] = []
        var found: [(narration: [String], query: String, line: Int)] = []
        for (i, line) in lines.enumerated() {
            switch line {
            case .blank: pending.append("")
            case .comment(let text):
                if i == 0 && header != nil { continue }
                pending.append(Self.narration(text))
            case .command(let text):
                found.append((Self.trimmedBlankLines(pending), text, i + 1))
                pending = []
            }
        }
        let steps = found.enumerated().map { n, s in
            ScriptStep(number: n + 1, total: found.count, narration: s.narration, query: s.query, line: s.line)
        }
        return (steps, Self.trimmedBlankLines(pending))
    }

    /// A comment's text as prose: the `#` marks and the one space after them removed.
    static func narration(_ comment: String) -> String {
        var s = Substring(comment)
        while s.first == "#" { s = s.dropFirst() }
        if s.first == " " { s = s.dropFirst() }
        return String(s)
    }

    static func trimmedBlankLines(_ lines: [String]) -> [String] {
        var lines = lines
        while lines.first == "" { lines.removeFirst() }
        while lines.last == "" { lines.removeLast() }
        // Runs of blank lines read as one paragraph break.
        return lines.enumerated().filter { $0.element != "" || $0.offset == 0 || lines[$0.offset - 1] != "" }.map(\.element)
    }
}

/// Whoever drives a step demo: shows a step (its narration and query) and returns what the
/// person chose; typed detours are run by the presenter itself.
public protocol StepPresenter: AnyObject {
    func present(_ step: ScriptStep) -> StepAction
    /// The narration after the last query, once every step is done.
    func close(_ narration: [String])
}
