/// What the engine answers when no reading of a question finds anything, before it gives up
/// with suggestions: for "how many X", the figures the record does give about X, said to be no
/// count; for a question of several words that no row has all of, the rows that have most of them.
/// Either way the answer says what it shows instead, so it is never read as the exact answer.
extension QueryEngine {
    /// A reading found in place of an empty one, with what the answer must say about it.
    struct NearestReading {
        let statement: Statement
        let plan: QueryPlan
        let items: [PlanRow]
        var lead: String?
        var notes: [String] = []
    }

    /// The nearest reading to an empty `statement`, or nil when there is none worth showing.
    func nearestReading(to statement: Statement, among candidates: [Statement], cancel: Cancellation) throws(Failure) -> NearestReading? {
        if isCount(statement) {
            // A count of most of the words first (how many jobs at the new plant: the jobs), then
            // the figures of other kinds, said to be no count.
            if let most = try partialMatch(statement, cancel: cancel) { return most }
            return try otherFigures(for: statement, among: candidates, cancel: cancel)
        }
        if let amount = amountReading(of: statement, among: candidates) {
            // Money for most of the words (never for the scene alone), then an amount of
            // something else for most of them, else plainly none.
            if let most = try partialMatch(statement, cancel: cancel) { return most }
            if let most = try partialMatch(amount, cancel: cancel) { return most }
            return try noAmount(for: statement, cancel: cancel)
        }
        return try partialMatch(statement, cancel: cancel)
    }

    /// Runs a statement; nil when it does not plan or does not answer.
    func attempt(_ s: Statement, cancel: Cancellation) throws(Failure) -> (QueryPlan, [PlanRow])? {
        guard let plan = try? planner.plan(s), !plan.explainOnly else { return nil }
        let items: [PlanRow]
        do { items = try executor.run(plan.root, cancel: cancel) } catch { throw .cancelled }
        return answers(plan, items) ? (plan, items) : nil
    }

    // MARK: how many

    /// "how many jobs" asks for a count (`figures in count about jobs`). When the record counts
    /// nothing of the kind, the answer says so and shows the figures it does give about it
    /// (money, a length of time), or says it gives none; it never passes money off as a count.
    func otherFigures(for statement: Statement, among candidates: [Statement], cancel: Cancellation) throws(Failure) -> NearestReading? {
        guard case .figures(let unit?, let about?, _, _) = statement.query else { return nil }
        for c in candidates {
            guard case .figures(let u?, let a, let s, let amount) = c.query, u == unit else { continue }
            let other = Statement(query: .figures(unit: nil, about: a, speaker: s, amount: amount), limit: c.limit, format: c.format, text: c.text)
            var found = try attempt(other, cancel: cancel).map { (other, $0.0, $0.1) }
            if found == nil, let most = try partialMatch(other, cancel: cancel) { found = (most.statement, most.plan, most.items) }
            guard let (shown, plan, items) = found else { continue }
            let asked = (shown.query.askedTerm ?? about).canonicalText
            let kinds = figureKinds(items)
            return NearestReading(statement: shown, plan: plan, items: items,
                                  lead: "The record gives no count of \(asked); the figure\(items.count == 1 ? "" : "s") it gives about \(asked) "
                                    + (items.count == 1 ? "measures" : "measure") + " something else (" + kinds.joined(separator: ", ") + "):")
        }
        guard let plan = try? planner.plan(statement) else { return nil }
        return NearestReading(statement: statement, plan: plan, items: [],
                              lead: "The record gives no count of \(about.canonicalText), and no other figure about it.")
    }

    /// Whether a statement asks for a count: figures in the unit word the unit table gives every
    /// unit of quantity (`figures in count about jobs`).
    func isCount(_ statement: Statement) -> Bool {
        guard case .figures(let unit?, _?, _, _) = statement.query else { return false }
        return planner.tables.unitWords[unit.lowercased()] == Resolver.anyQuantity
    }

    /// What the figures among `items` measure, each kind once in order: money, time, or the unit.
    func figureKinds(_ items: [PlanRow]) -> [String] {
        var kinds: [String] = []
        for case .figure(let i, _) in items {
            let f = store.figures[i]
            let kind = f.unitKind == .currency ? "money" : f.unitKind == .duration ? "time" : f.unit
            if !kinds.contains(kind) { kinds.append(kind) }
        }
        return kinds
    }

    // MARK: how much

    /// For a statement that asks "how much" (money about a term, read as an amount of something
    /// else when there is no money: `how much {rest}` in Grammar/questions.tsv), that reading
    /// (`figures in count about …` with the same words); nil for any other statement. A length of
    /// time or an ordinal never answers it.
    func amountReading(of statement: Statement, among candidates: [Statement]) -> Statement? {
        guard case .figures(let unit?, let about?, _, _) = statement.query,
              planner.tables.unitWords[unit.lowercased()] == Resolver.anyCurrency else { return nil }
        let amounts = candidates.filter { c in
            if case .figures(let u?, _?, _, _) = c.query { return planner.tables.unitWords[u.lowercased()] == Resolver.anyQuantity }
            return false
        }
        return amounts.first { $0.query.askedTerm == about } ?? amounts.first
    }

    /// "how much do Japan and Canada trade" when the record gives no amount about trade: it says
    /// so, and names the other figures it gives about it (a length of time) without passing one
    /// off as the answer.
    func noAmount(for statement: Statement, cancel: Cancellation) throws(Failure) -> NearestReading? {
        guard case .figures(_, let about?, let speaker, let amount) = statement.query, let plan = try? planner.plan(statement) else { return nil }
        let topic = Self.conjoined(about.conjuncts.filter { !understander.vocabulary.setsScene($0) }) ?? about
        let asked = topic.canonicalText
        var lead = "The record gives no amount of money or quantity about \(asked)"
        let other = Statement(query: .figures(unit: nil, about: topic, speaker: speaker, amount: amount), limit: nil, format: statement.format, text: statement.text)
        if let (_, items) = try attempt(other, cancel: cancel) {
            lead += items.count == 1 ? "; the figure it gives about it measures " : "; the figures it gives about it measure "
            lead += figureKinds(items).joined(separator: ", ") + " ('\(other.canonicalText)' lists " + (items.count == 1 ? "it" : "them") + ")"
        }
        return NearestReading(statement: statement, plan: plan, items: [], lead: lead + ".")
    }

    /// Terms joined by `and`; nil for none.
    static func conjoined(_ parts: [Term]) -> Term? {
        parts.first.map { first in parts.dropFirst().reduce(first) { .and($0, $1) } }
    }

    // MARK: most of the words

    /// A question whose words no row has all of ("who said the alliance was a golden age") shows
    /// the rows that have the most of them: of the sets of words one short (then two, …), the one
    /// that finds the fewest rows, the most telling; the note says which words were kept and
    /// offers the other sets. Terms of more than five words are left alone (too many sets); a set
    /// must keep a word the lexicon knows, or a quoted phrase (a filler like "like" alone would
    /// find every like-minded partner); a yes/no question is not answered on part of what it asks.
    func partialMatch(_ statement: Statement, cancel: Cancellation) throws(Failure) -> NearestReading? {
        if case .check = statement.query { return nil }
        guard let term = statement.query.askedTerm else { return nil }
        let parts = term.conjuncts
        guard (2...5).contains(parts.count) else { return nil }
        func telling(_ t: Term) -> Bool {
            switch t {
            case .quoted: return true
            case .word(let w): return !store.lexicon.lookupIndices(w).isEmpty || EnglishStems.candidates(w).contains { !store.lexicon.lookupIndices($0).isEmpty }
                || w.unicodeScalars.contains { !$0.isASCII }
            default: return true
            }
        }
        for size in stride(from: parts.count - 1, through: 1, by: -1) {
            var found: [(statement: Statement, plan: QueryPlan, items: [PlanRow], kept: [Term], rows: Int)] = []
            for subset in Self.subsets(of: parts.count, size: size) {
                let kept = subset.map { parts[$0] }
                guard kept.contains(where: telling) else { continue }
                // A figure measures its topic: the countries or people it concerns alone find
                // figures about something else (how much do Japan and the US trade ≠ any money of theirs).
                if case .figures = statement.query, kept.allSatisfy(understander.vocabulary.setsScene) { continue }
                let joined = kept.dropFirst().reduce(kept[0]) { .and($0, $1) }
                var s = statement
                s.query = statement.query.replacingAskedTerm(with: joined)
                guard let (plan, items) = try attempt(s, cancel: cancel) else { continue }
                found.append((s, plan, items, kept, Self.rowCount(items)))
            }
            // The fewest rows first; ties keep the order of the question's words.
            guard let best = found.enumerated().min(by: { ($0.element.rows, $0.offset) < ($1.element.rows, $1.offset) })?.element else { continue }
            let rows = Self.rowNoun(best.plan.answerKind)
            let all = parts.map { "'\($0.canonicalText)'" }
            let has = parts.count == 2 ? "both " + all.joined(separator: " and ") : "all of " + all.dropLast().joined(separator: ", ") + " and " + all.last!
            var notes = ["no \(rows) has \(has); showing \(Self.rowsPlural(best.plan.answerKind)) with " + best.kept.map { "'\($0.canonicalText)'" }.joined(separator: " and ")]
            let others = found.filter { $0.statement.query != best.statement.query }.prefix(3).map { "'\($0.statement.canonicalText)'" }
            if !others.isEmpty { notes.append("try: " + others.joined(separator: ", ")) }
            return NearestReading(statement: best.statement, plan: best.plan, items: best.items, notes: notes)
        }
        return nil
    }

    /// The index sets of `size` out of `0..<n`, in order.
    static func subsets(of n: Int, size: Int) -> [[Int]] {
        var out: [[Int]] = []
        func extend(_ from: Int, _ chosen: [Int]) {
            if chosen.count == size { out.append(chosen); return }
            guard from < n else { return }
            for i in from..<n { extend(i + 1, chosen + [i]) }
        }
        extend(0, [])
        return out
    }

    /// The facts among items, a group counting its members.
    static func rowCount(_ items: [PlanRow]) -> Int {
        items.reduce(0) { n, item in
            if case .group(_, _, let members) = item { return n + members.count }
            return n + 1
        }
    }

    static func rowsPlural(_ kind: QueryPlan.AnswerKind) -> String {
        switch kind {
        case .overview, .check: return "quotes and sentences"
        case .compare: return "quotes"
        default: return rowsName(kind)
        }
    }

    /// One row of an answer, for "no quote has both …".
    static func rowNoun(_ kind: QueryPlan.AnswerKind) -> String {
        switch kind {
        case .overview, .check: return "quote or sentence"
        case .compare: return "quote"
        default:
            let name = rowsName(kind)
            return name.hasSuffix("s") ? String(name.dropLast()) : name
        }
    }
}

extension Query {
    /// The term a question asks about (not a quote's scene): what a partial match may shorten.
    var askedTerm: Term? {
        switch self {
        case .whoSaid(let t), .mentions(let t), .overview(let t), .check(_, let t), .duration(let t): return t
        case .quotes(_, let t, _), .figures(_, let t, _, _), .entities(_, let t), .timeline(let t, _, _, _), .agreements(let t),
             .compare(_, _, let t), .count(_, let t, _, _):
            return t
        case .whoAttended, .topics, .source, .card, .explain: return nil
        }
    }

    /// The same query asking about `term` instead of its `askedTerm`.
    func replacingAskedTerm(with term: Term) -> Query {
        switch self {
        case .whoSaid: return .whoSaid(term)
        case .mentions: return .mentions(term)
        case .overview: return .overview(term)
        case .check(let s, _): return .check(speaker: s, about: term)
        case .duration: return .duration(term)
        case .quotes(let s, _, let scene): return .quotes(speaker: s, about: term, at: scene)
        case .figures(let u, _, let s, let a): return .figures(unit: u, about: term, speaker: s, amount: a)
        case .entities(let k, _): return .entities(k, about: term)
        case .timeline(_, let all, let clock, let zone): return .timeline(about: term, all: all, at: clock, in: zone)
        case .agreements: return .agreements(about: term)
        case .compare(let a, let b, _): return .compare(a, b, about: term)
        case .count(let c, _, let g, let s): return .count(c, term: term, groupBy: g, speaker: s)
        case .whoAttended, .topics, .source, .card, .explain: return self
        }
    }
}
