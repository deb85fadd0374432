/// A query that could not be parsed, with enough detail to teach the fix.
///
/// Every error names what was wrong, where (a display column, so the caret lines up under
/// Japanese text) and what to type instead: the nearest valid keyword when the user made a typo,
/// otherwise an example. `description` is the one-line summary the shell prints.
public struct QueryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was wrong, e.g. `expected a unit after 'in'`.
    public var message: String
    /// 1-based terminal column of the problem in the input line.
    public var column: Int
    /// The words or kinds of thing that were valid at `column`.
    public var expected: [String]
    /// The nearest valid keyword to the word typed at `column`, when one is close.
    public var suggestion: String?
    /// What to try when there is no suggestion, e.g. `try 'figures in yen'`.
    public var hint: String
    /// False only for an empty query, where there is nothing to point at.
    var pointsAtColumn: Bool = true
    /// The name typed when no one is called that (`what did trmp say`): what a slip in a name
    /// may be read as (the engine's spelling correction), nil for every other error.
    var unknownName: String?

    public init(_ message: String, column: Int, expected: [String] = [], suggestion: String? = nil, hint: String) {
        self.message = message
        self.column = column
        self.expected = expected
        self.suggestion = suggestion
        self.hint = hint
    }

    /// `error: <what was wrong> at column N; <what to try>`
    public var description: String {
        let advice = suggestion.map { "did you mean '\($0)'? (try .help)" } ?? hint
        let place = pointsAtColumn ? " at column \(column)" : ""
        return "error: \(message)\(place); \(advice)"
    }

    /// The input echoed safely, a caret under the column, and the one-line summary.
    public func rendered(input: String) -> String {
        guard pointsAtColumn else { return description }
        let (line, caret) = echoWindow(input, column: column)
        return line + "\n" + String(repeating: " ", count: max(0, caret - 1)) + "^\n" + description
    }
}

extension QueryError {
    static var empty: QueryError {
        var e = QueryError("empty query", column: 1, expected: Keywords.queryStarts, hint: "try 'who said LNG' or .help")
        e.pointsAtColumn = false
        return e
    }

    static func unsafeCharacter(_ s: Unicode.Scalar, column: Int) -> QueryError {
        let name = s.isControlCharacter && s.value < 0x20 || s.value == 0x7F
            ? "control character '\(visible(String(Character(s))))'"
            : "invisible character U+\(String(s.value, radix: 16, uppercase: true))"
        return QueryError("unexpected \(name)", column: column, hint: "remove it and retype the query")
    }

    static func unterminatedQuote(column: Int) -> QueryError {
        QueryError("unterminated quoted string", column: column, expected: ["\""],
                   hint: "add a closing '\"' (write \\\" for a quote inside)")
    }

    /// A keyword was required and something else was found: suggest the nearest valid one.
    static func expectedKeyword(_ candidates: [String], after: String, found: Token, example: String) -> QueryError {
        let listed = quotedList(candidates)
        let suggestion = found.kind == .word ? Suggest.nearest(to: found.text, among: candidates) : nil
        return QueryError("expected \(listed) after '\(after)'", column: found.column, expected: candidates,
                          suggestion: suggestion, hint: "try '\(example)'")
    }

    static func missingTerm(after: String, found: Token, example: String) -> QueryError {
        let hint: String
        if found.kind == .word {
            hint = "'\(found.shown)' is a keyword here; to search for it, quote it: \"\(found.shown)\""
        } else {
            hint = "try '\(example)'"
        }
        return QueryError("expected a term after '\(after)'", column: found.column,
                          expected: ["word", "\"quoted string\"", "("], hint: hint)
    }

    static func missingSpeaker(after: String, found: Token, example: String) -> QueryError {
        QueryError("expected a speaker after '\(after)'", column: found.column, expected: ["speaker"],
                   hint: "try '\(example)'")
    }

    static func givenTwice(_ token: Token) -> QueryError {
        QueryError("'\(token.key ?? token.text)' is given twice", column: token.column,
                   hint: "keep one '\(token.key ?? token.text)' clause")
    }

    /// Something followed a complete query: name what could have followed.
    static func unexpected(_ token: Token, followers: [String]) -> QueryError {
        if token.kind == .rightParen {
            return QueryError("unexpected ')'", column: token.column, expected: followers,
                              hint: "remove it or add a matching '(' before it")
        }
        if token.isKeyword("not") {
            return QueryError("unexpected 'not'", column: token.column, expected: followers,
                              hint: "write 'and not' to leave a term out")
        }
        let suggestion = token.kind == .word ? Suggest.nearest(to: token.text, among: followers) : nil
        let hint = followers.isEmpty ? "remove it" : "expected \(quotedList(followers)) here, or remove it"
        return QueryError("unexpected '\(token.shown)' after a complete query", column: token.column,
                          expected: followers, suggestion: suggestion, hint: hint)
    }

    /// `'a'`, `'a' or 'b'`, `'a', 'b' or 'c'`
    static func quotedList(_ words: [String]) -> String {
        englishList(words.map { "'\($0)'" }, "or")
    }
}
