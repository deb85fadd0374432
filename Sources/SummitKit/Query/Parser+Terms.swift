/// Terms, speakers and units: the open-ended words of a query.
///
/// A phrase is every word up to the next keyword that may follow in its position (`stops`), so
/// `quotes about trade by Trump` needs no quotes; quoting is the escape hatch for keywords.
extension Parser {
    /// term = or-term;  or-term = and-term { "or" and-term };  and-term = not-term { "and" not-term }
    /// `after` names the word before the term, for the "expected a term after …" error.
    mutating func parseTerm(after: String, stops: Set<String>, example: String) throws(QueryError) -> Term {
        var left = try parseAndTerm(after: after, stops: stops, example: example)
        while at("or") {
            try countOperator(advance())
            let right = try parseAndTerm(after: "or", stops: stops, example: "LNG or tariffs")
            left = .or(left, right)
        }
        return left
    }

    mutating func parseAndTerm(after: String, stops: Set<String>, example: String) throws(QueryError) -> Term {
        var left = try parseNotTerm(after: after, stops: stops, example: example)
        while at("and") {
            try countOperator(advance())
            let right = try parseNotTerm(after: "and", stops: stops, example: "LNG and Alaska")
            left = .and(left, right)
        }
        return left
    }

    /// not-term = "not" not-term | primary
    mutating func parseNotTerm(after: String, stops: Set<String>, example: String) throws(QueryError) -> Term {
        guard at("not") else { return try parsePrimary(after: after, stops: stops, example: example) }
        let keyword = advance()
        try enterNesting(at: keyword)
        defer { depth -= 1 }
        return .not(try parseNotTerm(after: "not", stops: stops, example: "not tariffs"))
    }

    /// primary = "(" term ")" | quoted-string | phrase
    mutating func parsePrimary(after: String, stops: Set<String>, example: String) throws(QueryError) -> Term {
        let token = current
        switch token.kind {
        case .leftParen:
            advance()
            try enterNesting(at: token)
            defer { depth -= 1 }
            let inner = try parseTerm(after: "(", stops: Keywords.termStops, example: "(LNG or gas)")
            guard current.kind == .rightParen else {
                throw QueryError("'(' is never closed", column: token.column, expected: [")"],
                                 hint: "add a matching ')' after the term")
            }
            advance()
            return inner
        case .quoted:
            advance()
            guard !token.text.isEmpty else {
                throw QueryError("empty quoted string", column: token.column, expected: ["word"],
                                 hint: "put a word or phrase between the quotes")
            }
            return .quoted(token.text)
        case .word where !isStop(token, stops) && !token.isKeyword("or") && !token.isKeyword("and"):
            var words = [advance()]
            while current.kind == .word, !isStop(current, stops) { words.append(advance()) }
            return .word(words.map(\.text).joined(separator: " "))
        default:
            throw QueryError.missingTerm(after: after, found: token, example: example)
        }
    }

    func isStop(_ token: Token, _ stops: Set<String>) -> Bool {
        token.key.map(stops.contains) ?? false
    }

    /// Counts one level of `(` or `not`; past `maxDepth` the query is refused.
    mutating func enterNesting(at token: Token) throws(QueryError) {
        depth += 1
        if depth > Parser.maxDepth {
            throw QueryError("terms nested more than \(Parser.maxDepth) deep", column: token.column,
                             hint: "remove some parentheses or 'not's")
        }
    }

    /// Counts one `and`/`or`. Chains build left-deep trees, and a tree thousands deep would
    /// overflow the stack when it is compared or freed, so a line may hold at most `maxOperators`.
    mutating func countOperator(_ token: Token) throws(QueryError) {
        operators += 1
        if operators > Parser.maxOperators {
            throw QueryError("more than \(Parser.maxOperators) 'and'/'or' operators", column: token.column,
                             hint: "split the question into several queries")
        }
    }

    /// speaker = quoted-string | word { word }   (up to a keyword in `stops`)
    /// Returns the tokens so callers can inspect them; `speakerText` gives the alias as typed.
    mutating func parseSpeakerTokens(after: String, stops: Set<String>, example: String) throws(QueryError) -> [Token] {
        let token = current
        if token.kind == .quoted {
            advance()
            guard !token.text.isEmpty else {
                throw QueryError("empty quoted string", column: token.column, expected: ["speaker"],
                                 hint: "put a name between the quotes, e.g. \"US official\"")
            }
            places.append(WordPlace(.speaker, token.text, column: token.column))
            return [token]
        }
        guard token.kind == .word, !isStop(token, stops) else {
            throw QueryError.missingSpeaker(after: after, found: token, example: example)
        }
        var words = [advance()]
        while current.kind == .word, !isStop(current, stops) { words.append(advance()) }
        places.append(WordPlace(.speaker, Parser.speakerText(words), column: token.column))
        return words
    }

    /// The speaker alias as typed, words joined by one space; resolving it is the planner's job.
    static func speakerText<C: Collection>(_ tokens: C) -> String where C.Element == Token {
        tokens.map(\.text).joined(separator: " ")
    }

    /// unit = word | quoted-string   (ASCII lower-cased: `Yen` and `yen` are one unit)
    mutating func parseUnit() throws(QueryError) -> String {
        let token = current
        let taken = Set(Keywords.figureClauses).union(Keywords.termStops)
        guard token.kind == .quoted || (token.kind == .word && !isStop(token, taken)) else {
            throw QueryError("expected a unit after 'in'", column: token.column, expected: ["unit"],
                             hint: "try a unit such as yen, dollars, people or 円")
        }
        advance()
        let unit = token.text.unicodeScalars.allSatisfy(\.isASCII) ? token.text.lowercased() : token.text
        places.append(WordPlace(.unit, unit, column: token.column))
        return unit
    }

    /// limit = "limit" positive-integer
    mutating func parseLimit() throws(QueryError) -> Int {
        let token = current
        let digitsOnly = token.kind == .word && !token.text.isEmpty
            && token.text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
        guard digitsOnly else {
            throw QueryError("expected a positive whole number after 'limit'", column: token.column,
                             expected: ["number"], hint: "try 'limit 10'")
        }
        guard let n = Int(token.text) else {
            throw QueryError("limit '\(token.shown)' is too large", column: token.column, expected: ["number"],
                             hint: "try a smaller number, e.g. 'limit 100'")
        }
        guard n > 0 else {
            throw QueryError("expected a positive whole number after 'limit'", column: token.column,
                             expected: ["number"], hint: "try 'limit 10'")
        }
        advance()
        return n
    }

    /// format = "table" | "json" | "csv" | "text"
    mutating func parseFormat() throws(QueryError) -> OutputFormat {
        let token = current
        if token.kind == .word, let key = token.key, let format = OutputFormat(rawValue: key) {
            advance()
            return format
        }
        let hint = "try one of table, json, csv, text"
        if token.kind == .end {
            throw QueryError("expected a format after 'as'", column: token.column, expected: Keywords.formats, hint: hint)
        }
        let suggestion = token.kind == .word ? Suggest.nearest(to: token.text, among: Keywords.formats) : nil
        throw QueryError("unknown format '\(token.shown)'", column: token.column, expected: Keywords.formats,
                         suggestion: suggestion, hint: hint)
    }
}
