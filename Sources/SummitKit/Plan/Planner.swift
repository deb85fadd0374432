/// Chooses, for each query form, the operators and indexes that answer it.
public struct Planner: Sendable {
    public let store: FactStore
    public let tables: ExtractionTables

    public init(store: FactStore, tables: ExtractionTables = .bundled) {
        self.store = store
        self.tables = tables
    }

    public func plan(_ statement: Statement) throws(QueryError) -> QueryPlan {
        var query = statement.query
        var explain = false
        if case .explain(let inner) = query { query = inner; explain = true }
        let resolver = Resolver(store: store, tables: tables)
        var (root, kind, matcher) = try node(for: query, statement: statement, resolver: resolver)
        if let n = statement.limit, !Self.limitsRows(query) {
            // `who said T limit 3` means three quotes, grouped by speaker afterwards.
            if case .group(let key, let child) = root, case .whoSaid = kind { root = .group(key, .limit(n, child)) }
            else { root = .limit(n, root) }
        }
        // A zone asked adds the rows' times in that zone (see `AnswerLayout.inAskedZone`).
        var zoned: [String] = []
        if case .timeline(let zones) = kind { zoned = zones.indices.flatMap { AnswerLayout.inAskedZone($0).keys } }
        root = .project(AnswerLayout(kind).columnNames + zoned, root)
        return QueryPlan(statement: statement, root: root, answerKind: kind, matcher: matcher, explainOnly: explain)
    }

    /// `timeline limit 5` means five rows of events, and one row may stand for several times
    /// (both zones of a moment, a date repeated): the answer applies that limit, not the plan.
    static func limitsRows(_ query: Query) -> Bool {
        if case .timeline(_, let all, _, _) = query { return !all }
        return false
    }

    private func matcher(_ t: Term?) -> TermMatcher? { t.map { TermMatcher($0, lexicon: store.lexicon) } }

    private func node(for query: Query, statement: Statement, resolver: Resolver) throws(QueryError) -> (PlanNode, QueryPlan.AnswerKind, TermMatcher?) {
        switch query {
        case .whoSaid(let t):
            let m = matcher(t)!
            return (.group(.speaker, .sort(.line, .match(m, .scan(.quotes)))), .whoSaid, m)

        case .quotes(let speaker, let about, let scene):
            var n: PlanNode = .scan(.quotes)
            if let speaker { n = .quotesBySpeaker(try resolver.speakers(speaker, in: statement)) }
            if let scene { n = .filter(.saidAt(TermMatcher(scene, lexicon: store.lexicon)), n) }
            let m = matcher(about) ?? matcher(scene)
            if about != nil, let m { n = .match(m, n) }
            return (.sort(.line, n), .quotes, m)

        case .figures(let unitWord, let about, let speaker, let amount):
            var n: PlanNode
            var target: String? = nil
            if let unitWord {
                let code = try resolver.unit(unitWord, in: statement)
                n = unitNode(code)
                target = code == Resolver.anyCurrency || code == Resolver.anyQuantity ? nil : code
            } else if let speaker {
                n = .figuresBySpeaker(try resolver.speakers(speaker, in: statement))
            } else {
                n = .scan(.figures)
            }
            if unitWord != nil, let speaker { n = .filter(.speakerIn(try resolver.speakers(speaker, in: statement)), n) }
            if let amount {
                let (lo, hi, unit) = try bounds(amount, statement: statement, resolver: resolver)
                n = .filter(.amount(lower: lo, upper: hi, unit: unit, text: describe(amount)), n)
            }
            let m = matcher(about)
            if let m { n = .match(m, n) }
            return (.sort(.line, n), .figures(unit: target), m)

        case .entities(let kind, let about):
            let types: [EntityType]
            switch kind {
            case .people: types = [.person, .group]
            case .organizations: types = [.organization]
            case .places: types = [.place, .country]
            }
            var n: PlanNode = .filter(.entityTypes(types), .scan(.entities))
            let m = matcher(about)
            if let m { n = .filter(.entityMentionedNear(m), n) }
            return (.sort(.mentions, n), .entities, m)

        case .whoAttended(let except):
            var n: PlanNode = .filter(.attendance(tables.attendanceWords), .filter(.entityTypes([.person]), .scan(.entities)))
            var left: [String] = [], names: [String] = []
            for name in except {
                let id = try resolver.entity(name, in: statement)
                guard !left.contains(id) else { continue }
                left.append(id)
                if case .entity(let i)? = store.fact(id: id) { names.append(store.entities[i].en) }
            }
            if !left.isEmpty { n = .filter(.entityNotIn(left), n) }
            return (n, .attended(excluding: names), nil)

        case .timeline(let about, _, let clock, let shownIn):
            let m = matcher(about)
            var n: PlanNode = m.map { .match($0, .scan(.times)) } ?? .scan(.times)
            let clockZone = try clock.flatMap { c throws(QueryError) in try resolver.zone(of: c, in: statement) }
            if let clock { n = .filter(.clockNear(clock, offset: clockZone?.offset), n) }
            let asked = try shownIn.map { z throws(QueryError) in try resolver.askedZones(z, in: statement) }
            return (.sort(.time, n), .timeline(shownIn: asked ?? clockZone.map { [$0] } ?? []), m)

        case .overview(let t):
            let m = matcher(t)!
            // A bare name is also a speaker: their own quotes come first.
            var speakers: [Speaker] = []
            if case .word(let w) = t { speakers = (try? resolver.speakers(w, in: statement)) ?? [] }
            var quotes: PlanNode = .match(m, .scan(.quotes))
            if !speakers.isEmpty { quotes = .union([.quotesBySpeaker(speakers), quotes]) }
            return (.union([.sort(.line, quotes), .sort(.line, mentionsNode(m))]), .overview(speakers: speakers), m)

        case .check(let speaker, let t):
            let speakers = try resolver.speakers(speaker, in: statement)
            let m = matcher(t)!
            return (.union([.sort(.line, .match(m, .scan(.quotes))), .sort(.line, mentionsNode(m))]),
                    .check(speakers: speakers, asked: speaker), m)

        case .card(let name):
            let id = try resolver.entity(name, in: statement)
            return (.lookup(id), .card, nil)

        case .agreements(let about):
            var n: PlanNode = .filter(.agreementStated(AgreementWords(words: tables.agreementWords, hopes: tables.agreementHopeWords,
                                                                   plans: tables.agreementPlanWords, outsiders: tables.agreementOutsiders)),
                                         .scan(.sentences))
            let m = matcher(about)
            if let m { n = .match(m, n) }
            return (.sort(.line, n), .agreements, m)

        case .compare(let first, let second, let about):
            let a = try resolver.speakers(first, in: statement), b = try resolver.speakers(second, in: statement)
            let m = matcher(about)
            func side(_ s: [Speaker]) -> PlanNode { .sort(.line, m.map { .match($0, .quotesBySpeaker(s)) } ?? .quotesBySpeaker(s)) }
            return (.union([side(a), side(b)]), .compare(a, b), m)

        case .duration(let t):
            let m = matcher(t)!
            return (.sort(.line, .match(m, .filter(.unitKind(.duration), .scan(.figures)))), .duration, m)

        case .topics:
            return (.scan(.sections), .topics, nil)

        case .mentions(let t):
            let m = matcher(t)!
            return (.sort(.line, mentionsNode(m)), .mentions, m)

        case .count(let target, let term, let grouping, let speaker):
            let m = matcher(term)
            var n: PlanNode
            switch target {
            case .quotes: n = .scan(.quotes); if let m { n = .match(m, n) }
            case .figures: n = .scan(.figures); if let m { n = .match(m, n) }
            case .mentions: n = m.map(mentionsNode) ?? .scan(.sentences)
            }
            if let speaker { n = .filter(.speakerIn(try resolver.speakers(speaker, in: statement)), n) }
            if let g = grouping {
                n = .group(PlanNode.GroupKey(rawValue: g == .topic ? (target == .mentions ? "section" : "topic") : g.rawValue) ?? .section, n)
            }
            return (n, .count(target, grouping), m)

        case .source(let id):
            guard store.fact(id: id) != nil else {
                throw unknownID(id, column: resolver.column(of: id, as: .factID, in: statement))
            }
            return (.lookup(id.lowercased()), .source(Self.shownID(id)), nil)

        case .explain(let inner):
            return try node(for: inner, statement: statement, resolver: resolver)
        }
    }

    /// Figures in a unit: the stated ones, plus those in another currency converted at a rate
    /// the record itself states.
    private func unitNode(_ code: String) -> PlanNode {
        if code == Resolver.anyCurrency || code == Resolver.anyQuantity {
            let kind: ExtractionTables.UnitKind = code == Resolver.anyCurrency ? .currency : .quantity
            let codes = store.figures.filter { $0.unitKind == kind }.map(\.unit)
            return .figuresByUnit(Array(Set(codes)).sorted())
        }
        var parts: [PlanNode] = [.figuresByUnit([code])]
        var seen = Set<String>()
        for r in store.rates {
            if r.to == code, seen.insert(r.from).inserted {
                parts.append(.convert(to: code, rate: r, .figuresByUnit([r.from])))
            } else if r.from == code, seen.insert(r.to).inserted {
                parts.append(.convert(to: code, rate: r, .figuresByUnit([r.to])))
            }
        }
        return parts.count == 1 ? parts[0] : .union(parts)
    }

    /// Sentences mentioning a term: through the term index when every word is a lexicon word,
    /// else by scanning sentences.
    private func mentionsNode(_ m: TermMatcher) -> PlanNode {
        m.isPositive && m.leaves.allSatisfy({ !$0.entries.isEmpty }) ? .mentionsByTerm(m) : .match(m, .scan(.sentences))
    }

    private func bounds(_ f: AmountFilter, statement: Statement, resolver: Resolver) throws(QueryError) -> (Double?, Double?, String?) {
        switch f {
        case .over(let a): let (v, u) = try resolver.amount(a, in: statement); return (v, nil, u)
        case .under(let a): let (v, u) = try resolver.amount(a, in: statement); return (nil, v, u)
        case .between(let a, let b):
            let (v1, u1) = try resolver.amount(a, in: statement)
            let (v2, u2) = try resolver.amount(b, in: statement)
            return (min(v1, v2), max(v1, v2), u1 ?? u2)
        }
    }

    private func describe(_ f: AmountFilter) -> String {
        switch f {
        case .over(let a): return "over " + a.surface
        case .under(let a): return "under " + a.surface
        case .between(let a, let b): return "between \(a.surface) and \(b.surface)"
        }
    }
}
