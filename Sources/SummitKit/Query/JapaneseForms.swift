/// A few Japanese question forms, recognised by their fixed endings, for users who type the
/// way the record is written. Deliberately small; anything else gets the usual "unknown query"
/// error. The parts between the markers are ordinary terms and speakers, so `or`, quotes and
/// parentheses work inside them.
///
///     誰が T と言った / 誰がTと言った / 誰が T と述べた   → who said T
///     Tについての発言 / T についての発言                 → quotes about T
///     Sの発言                                           → quotes by S
///     Sは Tについて何と言った (also …何と述べた)          → quotes by S about T
///
/// A trailing `?`, `？` or `。` is ignored; `limit`/`as` may follow as with any query.
extension Parser {
    static let sayEndings = ["と言った", "と述べた", "と言いました", "と述べました"]
    static let askEndings = ["について何と言った", "について何と述べた", "について何と言いましたか", "について何と言いました"]

    mutating func parseJapaneseForm() throws(QueryError) -> Query? {
        var end = pos
        while tokens[end].kind != .end, !tokens[end].isKeyword("limit"), !tokens[end].isKeyword("as") { end += 1 }
        guard end > pos else { return nil }
        let lower = tokens[pos].range.lowerBound
        var s = Array(source.unicodeScalars[lower..<tokens[end - 1].range.upperBound])
        while let last = s.last, last == "?" || last == "？" || last == "。" { s.removeLast() }

        let query: Query
        if Parser.has(s, prefix: "誰が"), let verb = Parser.sayEndings.first(where: { Parser.has(s, suffix: $0) }),
           s.count >= 2 + verb.unicodeScalars.count {
            let term = try japaneseTerm(s, 2..<(s.count - verb.unicodeScalars.count), after: "誰が", before: verb)
            query = .whoSaid(term)
        } else if let ask = Parser.askEndings.first(where: { Parser.has(s, suffix: $0) }) {
            let body = 0..<(s.count - ask.unicodeScalars.count)
            let spaced = body.first { s[$0] == "は" && $0 + 1 < body.upperBound && s[$0 + 1].properties.isWhitespace }
            guard let topic = spaced ?? body.first(where: { s[$0] == "は" }) else { return nil }
            let speaker = try japaneseSpeaker(s, 0..<topic, before: "は")
            let term = try japaneseTerm(s, (topic + 1)..<body.upperBound, after: "は", before: "について")
            query = .quotes(speaker: speaker, about: term)
        } else if Parser.has(s, suffix: "についての発言") {
            let term = try japaneseTerm(s, 0..<(s.count - 7), after: nil, before: "についての発言")
            query = .quotes(speaker: nil, about: term)
        } else if Parser.has(s, suffix: "の発言") {
            query = .quotes(speaker: try japaneseSpeaker(s, 0..<(s.count - 3), before: "の発言"), about: nil)
        } else {
            return nil
        }
        pos = end
        return query
    }

    static func has(_ s: [Unicode.Scalar], prefix: String) -> Bool {
        s.starts(with: prefix.unicodeScalars)
    }

    static func has(_ s: [Unicode.Scalar], suffix: String) -> Bool {
        s.reversed().starts(with: suffix.unicodeScalars.reversed())
    }

    /// Lexes the scalars `range` of the form (offsets from the current token) as their own
    /// token list, with columns that still match the whole line.
    private func subTokens(_ s: [Unicode.Scalar], _ range: Range<Int>) throws(QueryError) -> [Token] {
        let scalars = source.unicodeScalars
        let origin = tokens[pos].range.lowerBound
        let start = scalars.index(origin, offsetBy: range.lowerBound)
        let stop = scalars.index(start, offsetBy: range.count)
        let column = tokens[pos].column + printedWidth(String(String.UnicodeScalarView(s[0..<range.lowerBound])))
        return try Lexer.tokenize(source, range: start..<stop, startColumn: column)
    }

    private func japaneseTerm(_ s: [Unicode.Scalar], _ range: Range<Int>, after: String?, before: String) throws(QueryError) -> Term {
        let sub = try subTokens(s, range)
        if sub.count == 1 {
            throw QueryError("expected a term before '\(before)'", column: sub[0].column,
                             expected: ["word", "\"quoted string\""], hint: "try '誰が 関税 と言った' or '関税についての発言'")
        }
        var parser = Parser(source: source, tokens: sub)
        let term = try parser.parseTerm(after: after ?? before, stops: Keywords.termStops, example: "関税についての発言")
        guard parser.current.kind == .end else {
            throw QueryError.unexpected(parser.current, followers: ["or", "and"])
        }
        return term
    }

    private mutating func japaneseSpeaker(_ s: [Unicode.Scalar], _ range: Range<Int>, before: String) throws(QueryError) -> String {
        let sub = try subTokens(s, range)
        guard let first = sub.first, first.kind != .end else {
            throw QueryError("expected a speaker before '\(before)'", column: sub[0].column, expected: ["speaker"],
                             hint: "try 'トランプ大統領の発言'")
        }
        let speaker = sub.count == 2 && first.kind == .quoted ? first.text : Parser.speakerText(sub.dropLast())
        places.append(WordPlace(.speaker, speaker, column: first.column))
        return speaker
    }
}
