/// Recursive-descent parser over the lexer's tokens: one method per grammar rule of
/// Grammar/query.ebnf, so the grammar file and this code can be read side by side.
struct Parser {
    /// Parentheses and `not` nest at most this deep: a pasted `((((…` gets an error, not a
    /// stack overflow.
    static let maxDepth = 64
    /// `and`/`or` operators allowed in one line (see `countOperator`).
    static let maxOperators = 256

    let source: String
    let tokens: [Token]
    var pos = 0
    var depth = 0
    var operators = 0
    /// Clause keywords the query just parsed would still accept; offered when junk follows it.
    var openClauses: [String] = []
    /// Speakers, units, amounts and ids as typed, with their columns (see `WordPlace`).
    var places: [WordPlace] = []

    init(source: String, tokens: [Token]) {
        self.source = source
        self.tokens = tokens
    }

    var current: Token { tokens[pos] }

    func at(_ keyword: String) -> Bool { current.isKeyword(keyword) }

    /// Returns the current token and moves on (never past `.end`).
    @discardableResult
    mutating func advance() -> Token {
        let token = tokens[pos]
        if pos < tokens.count - 1 { pos += 1 }
        return token
    }

    /// statement = query { modifier } end
    mutating func parseStatement() throws(QueryError) -> Statement {
        if current.kind == .end { throw QueryError.empty }
        let query = try parseQueryBody(insideExplain: false)
        var limit: Int?
        var format: OutputFormat?
        while true {
            if at("limit") {
                let keyword = advance()
                if limit != nil { throw QueryError.givenTwice(keyword) }
                limit = try parseLimit()
            } else if at("as") {
                let keyword = advance()
                if format != nil { throw QueryError.givenTwice(keyword) }
                format = try parseFormat()
            } else {
                break
            }
        }
        guard current.kind == .end else {
            let followers = openClauses + (limit == nil ? ["limit"] : []) + (format == nil ? ["as"] : [])
            throw QueryError.unexpected(current, followers: followers)
        }
        let text = String(source.unicodeScalars[tokens[0].range.lowerBound..<tokens[tokens.count - 2].range.upperBound])
        return Statement(query: query, limit: limit, format: format, text: text, places: places)
    }

    /// query = who-said | who-attended | what-did | quotes | figures | entities | timeline
    ///       | topics | mentions | count | source | explain | japanese-form
    mutating func parseQueryBody(insideExplain: Bool) throws(QueryError) -> Query {
        let head = current
        guard head.kind == .word, let key = head.key, Keywords.queryStarts.contains(key) else {
            if let query = try parseJapaneseForm() { return query }
            let starts = Keywords.queryStarts.filter { !insideExplain || $0 != "explain" }
            let suggestion = head.kind == .word ? Suggest.nearest(to: head.text, among: starts) : nil
            throw QueryError("unknown query '\(head.shown)'", column: head.column, expected: starts,
                             suggestion: suggestion, hint: "try 'who said LNG' or .help")
        }
        advance()
        openClauses = []
        switch key {
        case "who":
            if at("said") {
                advance()
                return .whoSaid(try parseTerm(after: "said", stops: Keywords.termStops, example: "who said LNG"))
            }
            if at("attended") { advance(); return .whoAttended(except: try parseExcepted()) }
            if at("is") {
                advance()
                return .card(Parser.speakerText(try parseSpeakerTokens(after: "is", stops: ["limit", "as"], example: "who is Iwaya")))
            }
            throw QueryError.expectedKeyword(["said", "attended", "is"], after: "who", found: current, example: "who said LNG")
        case "what":
            return try parseWhatDid()
        case "quotes":
            return try parseQuotes()
        case "figures":
            return try parseFigures()
        case "people", "organizations", "orgs", "places":
            let kind: EntityKind = key == "people" ? .people : key == "places" ? .places : .organizations
            return .entities(kind, about: try parseOptionalAbout(example: "\(key) about trade"))
        case "timeline":
            return try parseTimeline()
        case "overview":
            return .overview(try parseTerm(after: "overview", stops: Keywords.termStops, example: "overview Alaska"))
        case "did":
            return try parseCheck()
        case "agreements":
            return .agreements(about: try parseOptionalAbout(example: "agreements about security"))
        case "compare":
            return try parseCompare()
        case "duration":
            return .duration(try parseTerm(after: "duration", stops: Keywords.termStops, example: "duration summit"))
        case "topics":
            return .topics
        case "mentions":
            return .mentions(try parseTerm(after: "mentions", stops: Keywords.termStops, example: "mentions Alaska"))
        case "count":
            return try parseCount()
        case "source":
            guard current.kind == .word, !at("limit"), !at("as") else {
                throw QueryError("expected a fact id after 'source'", column: current.column, expected: ["fact id"],
                                 hint: "try 'source q12' (ids appear in answers: q quotes, f figures, t times, e entities) or 'source L12' (a line)")
            }
            let id = advance()
            places.append(WordPlace(.factID, id.text, column: id.column))
            return .source(id.text)
        case "explain":
            if insideExplain {
                throw QueryError("'explain' cannot be nested", column: head.column, expected: [],
                                 hint: "write 'explain' once, then a query")
            }
            if current.kind == .end {
                throw QueryError("expected a query after 'explain'", column: current.column,
                                 expected: Keywords.queryStarts.filter { $0 != "explain" },
                                 hint: "try 'explain who said LNG'")
            }
            return .explain(try parseQueryBody(insideExplain: true))
        default:
            preconditionFailure("query start '\(key)' has no rule")
        }
    }

    /// what-did = "what" "did" speaker "say" [ "about" term ]
    mutating func parseWhatDid() throws(QueryError) -> Query {
        guard at("did") else {
            throw QueryError.expectedKeyword(["did"], after: "what", found: current, example: "what did Trump say about tariffs")
        }
        advance()
        let words = try parseSpeakerTokens(after: "did", stops: ["say", "about", "limit", "as"], example: "what did Trump say")
        var speaker = Parser.speakerText(words)
        if !at("say") {
            // `what did Trump sya` reads "Trump sya" as the speaker: point at the misspelt verb.
            if words.count > 1, let last = words.last, last.kind == .word,
               Suggest.nearest(to: last.text, among: ["say"]) != nil {
                speaker = Parser.speakerText(words.dropLast())
                throw QueryError("expected 'say' after the speaker", column: last.column, expected: ["say"],
                                 suggestion: "say", hint: "try 'what did \(speaker) say'")
            }
            throw QueryError("expected 'say' after the speaker", column: current.column, expected: ["say"],
                             hint: "try 'what did \(shown(speaker, limit: 24)) say'")
        }
        advance()
        return .quotes(speaker: speaker, about: try parseOptionalAbout(example: "what did Trump say about tariffs"))
    }

    /// quotes = "quotes" { "by" speaker | "about" term | "at" term }   (each at most once)
    mutating func parseQuotes() throws(QueryError) -> Query {
        var speaker: String?
        var about: Term?
        var scene: Term?
        while true {
            if at("by") {
                let keyword = advance()
                if speaker != nil { throw QueryError.givenTwice(keyword) }
                speaker = Parser.speakerText(try parseSpeakerTokens(
                    after: "by", stops: ["about", "by", "at", "limit", "as"], example: "quotes by Trump"))
            } else if at("about") {
                let keyword = advance()
                if about != nil { throw QueryError.givenTwice(keyword) }
                about = try parseTerm(after: "about", stops: Keywords.termStops.union(["by", "about", "at"]),
                                      example: "quotes about tariffs")
            } else if at("at") {
                let keyword = advance()
                if scene != nil { throw QueryError.givenTwice(keyword) }
                scene = try parseTerm(after: "at", stops: Keywords.termStops.union(["by", "about", "at"]),
                                      example: "quotes at press conference")
            } else {
                break
            }
        }
        openClauses = (speaker == nil ? ["by"] : []) + (about == nil ? ["about"] : []) + (scene == nil ? ["at"] : [])
        return .quotes(speaker: speaker, about: about, at: scene)
    }

    /// figures = "figures" { "in" unit | "about" term | "by" speaker | amount-filter }
    mutating func parseFigures() throws(QueryError) -> Query {
        var unit: String?
        var about: Term?
        var speaker: String?
        var amount: AmountFilter?
        var used: Set<String> = []
        let clauses = Set(Keywords.figureClauses)
        while let key = current.key, current.kind == .word, clauses.contains(key) {
            let keyword = advance()
            let group = ["over", "under", "between"].contains(key) ? "amount" : key
            if used.contains(group) {
                if group == "amount" {
                    throw QueryError("only one of 'over', 'under' or 'between' may be given", column: keyword.column,
                                     hint: "keep one amount bound, e.g. 'between 1 and 5 billion'")
                }
                throw QueryError.givenTwice(keyword)
            }
            used.insert(group)
            switch key {
            case "in":
                unit = try parseUnit()
            case "about":
                about = try parseTerm(after: "about", stops: Keywords.termStops.union(clauses), example: "figures about investment")
            case "by":
                speaker = Parser.speakerText(try parseSpeakerTokens(
                    after: "by", stops: clauses.union(["limit", "as"]), example: "figures by Ishiba"))
            case "over":
                amount = .over(try parseAmount(after: "over"))
            case "under":
                amount = .under(try parseAmount(after: "under"))
            default:
                let low = try parseAmount(after: "between")
                guard at("and") else {
                    throw QueryError("expected 'and' after the first amount of 'between'", column: current.column,
                                     expected: ["and"], suggestion: current.kind == .word ? Suggest.nearest(to: current.text, among: ["and"]) : nil,
                                     hint: "try 'between \(shown(low.surface, limit: 24)) and 5 billion'")
                }
                advance()
                amount = .between(low, try parseAmount(after: "and"))
            }
        }
        openClauses = Keywords.figureClauses.filter { key in
            !used.contains(["over", "under", "between"].contains(key) ? "amount" : key)
        }
        return .figures(unit: unit, about: about, speaker: speaker, amount: amount)
    }

    /// count = "count" ( "quotes" | "figures" | "mentions" ) [ [ "about" ] term ]
    ///         [ "by" ( "speaker" | "topic" | "unit" ) ]     (mentions requires the term)
    mutating func parseCount() throws(QueryError) -> Query {
        guard let key = current.key, current.kind == .word, let target = CountTarget(rawValue: key) else {
            throw QueryError.expectedKeyword(Keywords.countTargets, after: "count", found: current, example: "count quotes by speaker")
        }
        advance()
        let stops = Keywords.termStops.union(["by"])
        var term: Term?
        if at("about") {
            advance()
            term = try parseTerm(after: "about", stops: stops, example: "count \(key) about tariffs by speaker")
        } else if startsTerm(stops: stops) {
            term = try parseTerm(after: key, stops: stops, example: "count mentions tariffs")
        } else if target == .mentions {
            throw QueryError.missingTerm(after: "mentions", found: current, example: "count mentions tariffs")
        }
        var groupBy: CountGrouping?
        var speaker: String?
        if at("by") {
            advance()
            if let g = current.key, current.kind == .word, let grouping = CountGrouping(rawValue: g) {
                advance()
                groupBy = grouping
            } else if target != .mentions, current.kind == .word || current.kind == .quoted {
                // `count quotes by Trump`: any other word after `by` names a speaker to count.
                speaker = Parser.speakerText(try parseSpeakerTokens(after: "by", stops: ["limit", "as"], example: "count quotes by Trump"))
            } else {
                let suggestion = current.kind == .word ? Suggest.nearest(to: current.text, among: Keywords.groupings) : nil
                throw QueryError("expected 'speaker', 'topic' or 'unit' after 'by'", column: current.column,
                                 expected: Keywords.groupings, suggestion: suggestion,
                                 hint: "count groups by speaker, topic or unit; for one speaker's quotes try 'count quotes by Trump'")
            }
        } else {
            openClauses = ["by"]
        }
        return .count(target, term: term, groupBy: groupBy, speaker: speaker)
    }

    /// [ "about" term ] at the end of a query; while it is missing, completion offers it.
    mutating func parseOptionalAbout(example: String) throws(QueryError) -> Term? {
        guard at("about") else {
            openClauses = ["about"]
            return nil
        }
        advance()
        return try parseTerm(after: "about", stops: Keywords.termStops, example: example)
    }

    /// timeline = "timeline" [ "all" ] { "about" term | "at" clock } (each clause once)
    mutating func parseTimeline() throws(QueryError) -> Query {
        let all = at("all")
        if all { advance() }
        var about: Term?
        var clock: ClockReading?
        var zone: String?
        var used: Set<String> = []
        while let key = current.key, current.kind == .word, key == "about" || key == "at" || key == "in" {
            let keyword = advance()
            guard used.insert(key).inserted else { throw QueryError.givenTwice(keyword) }
            if key == "about" {
                about = try parseTerm(after: "about", stops: Keywords.termStops.union(["at", "in"]), example: "timeline about lunch")
            } else if key == "at" {
                clock = try parseClock()
            } else {
                zone = try parseZone()
            }
        }
        openClauses = ["about", "at", "in"].filter { !used.contains($0) }
        return .timeline(about: about, all: all, at: clock, in: zone)
    }

    /// zone = the words that name a clock to show times in (`EST`, `Washington time`, `日本時間`),
    /// up to `about`, `at`, `in`, `limit` or `as`; the planner reads them with the time-zone table.
    mutating func parseZone() throws(QueryError) -> String {
        var words: [Token] = []
        while current.kind == .word, !at("about"), !at("at"), !at("in"), !at("limit"), !at("as") { words.append(advance()) }
        guard let first = words.first else {
            throw QueryError("expected a time zone after 'in'", column: current.column, expected: ["a time zone"],
                             hint: "try 'timeline in EST', 'timeline in Japan time' or 'timeline in 日本時間'")
        }
        let zone = words.map(\.text).joined(separator: " ")
        places.append(WordPlace(.zone, zone, column: first.column))
        return zone
    }

    /// clock = the words of a clock reading (`2am`, `2:30 pm`, `14:30 JST`, `午前2時半`).
    mutating func parseClock() throws(QueryError) -> ClockReading {
        let start = pos
        var words: [String] = []
        while pos + words.count < tokens.count, tokens[pos + words.count].kind == .word, words.count < 4 {
            words.append(tokens[pos + words.count].text)
        }
        guard let (reading, taken) = ClockReading.read(words) else {
            throw QueryError("expected a clock time after 'at'", column: current.column, expected: ["clock time"],
                             hint: "try 'timeline at 2am', 'timeline at 14:30 JST' or 'timeline at 午前2時'")
        }
        if let zone = reading.zone { places.append(WordPlace(.zone, zone, column: tokens[start + taken - 1].column)) }
        for _ in 0..<taken { advance() }
        return reading
    }

    /// check = "did" speaker ( "say" | "mention" ) term
    mutating func parseCheck() throws(QueryError) -> Query {
        let words = try parseSpeakerTokens(after: "did", stops: ["say", "mention", "limit", "as"], example: "did Trump say Alaska")
        guard at("say") || at("mention") else {
            throw QueryError("expected 'say' or 'mention' after the speaker", column: current.column, expected: ["say", "mention"],
                             hint: "try 'did \(shown(Parser.speakerText(words), limit: 24)) say Alaska'")
        }
        let verb = advance()
        return .check(speaker: Parser.speakerText(words),
                      about: try parseTerm(after: verb.text, stops: Keywords.termStops, example: "did Trump say Alaska"))
    }

    /// compare = "compare" speaker "and" speaker [ "about" term ]
    mutating func parseCompare() throws(QueryError) -> Query {
        let first = try parseSpeakerTokens(after: "compare", stops: ["and", "limit", "as"], example: "compare Trump and Ishiba")
        guard at("and") else {
            throw QueryError("expected 'and' between the two speakers", column: current.column, expected: ["and"],
                             hint: "try 'compare Trump and Ishiba about tariffs'")
        }
        advance()
        let second = try parseSpeakerTokens(after: "and", stops: ["about", "limit", "as"], example: "compare Trump and Ishiba")
        let about = try parseOptionalAbout(example: "compare Trump and Ishiba about tariffs")
        return .compare(Parser.speakerText(first), Parser.speakerText(second), about: about)
    }

    /// `[ "except" , speaker , { "and" , speaker } ]` after `who attended`: the people left out.
    mutating func parseExcepted() throws(QueryError) -> [String] {
        guard at("except") else { return [] }
        var after = advance().text
        var names: [String] = []
        while true {
            let words = try parseSpeakerTokens(after: after, stops: ["and", "limit", "as"], example: "who attended except Trump and Ishiba")
            names.append(Parser.speakerText(words))
            guard at("and") else { return names }
            after = advance().text
        }
    }

    /// True when the current token can begin a term (so an optional term is present).
    func startsTerm(stops: Set<String>) -> Bool {
        switch current.kind {
        case .quoted, .leftParen: return true
        case .word: return at("not") || !(current.key.map(stops.contains) ?? false)
        default: return false
        }
    }
}
