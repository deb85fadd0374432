import SummitData

/// The query language's grammar file (Grammar/query.ebnf, compiled into the binary) as the
/// single source of `.help` text and of the examples the tests parse: documentation that is
/// checked cannot drift from the parser.
public enum QueryGrammar {
    /// The whole grammar file.
    public static var text: String { String(decoding: EmbeddedData.queryGrammar, as: UTF8.self) }

    /// Every `(* example: … *)` line, in file order.
    public static var examples: [String] { examples(in: text) }

    /// Every `(* question: … *)` line: plain questions the understander must answer.
    public static var questions: [String] {
        text.split(separator: "\n").compactMap { raw in
            let line = raw.trimmingSpaces
            guard line.hasPrefix("(* question:"), line.hasSuffix("*)") else { return nil }
            return String(line.dropFirst("(* question:".count).dropLast(2)).trimmingSpaces
        }
    }

    /// The file's `(* == topic: NAME == *)` sections, in order, each with its rules and examples.
    public static func helpTopics() -> [(topic: String, text: String)] { topics(in: text) }

    static func examples(in grammar: String) -> [String] {
        grammar.split(separator: "\n", omittingEmptySubsequences: true).compactMap { raw in
            let line = raw.trimmingSpaces
            guard line.hasPrefix("(* example:"), line.hasSuffix("*)") else { return nil }
            return String(line.dropFirst("(* example:".count).dropLast(2)).trimmingSpaces
        }
    }

    static func topics(in grammar: String) -> [(topic: String, text: String)] {
        var result: [(topic: String, text: String)] = []
        var name: String?
        var body: [Substring] = []
        func flush() {
            if let name { result.append((name, body.joined(separator: "\n").trimmingNewlines)) }
        }
        for raw in grammar.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingSpaces
            if line.hasPrefix("(* == topic:"), line.hasSuffix("== *)") {
                flush()
                name = String(line.dropFirst("(* == topic:".count).dropLast("== *)".count)).trimmingSpaces
                body = []
            } else if name != nil {
                body.append(raw)
            }
        }
        flush()
        return result
    }
}

private extension StringProtocol {
    var trimmingSpaces: String {
        String(drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" }).reversed()
            .drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" }).reversed())
    }

    var trimmingNewlines: String {
        String(drop(while: { $0 == "\n" || $0 == "\r" }).reversed().drop(while: { $0 == "\n" || $0 == "\r" }).reversed())
    }
}
