/// A query written back in the canonical language: what "understood as" shows, and what a
/// suggestion offers. Every text it makes parses back to the same query.
extension Query {
    public var canonicalText: String {
        switch self {
        case .whoSaid(let t): return "who said " + t.canonicalText
        case .quotes(let s?, let t, nil): return "what did " + speakerText(s) + " say" + (t.map { " about " + $0.canonicalText } ?? "")
        case .quotes(let s, let t, let scene?):
            return "quotes" + (s.map { " by " + speakerText($0) } ?? "") + (t.map { " about " + $0.canonicalText } ?? "") + " at " + scene.canonicalText
        case .quotes(nil, let t, nil): return "quotes" + (t.map { " about " + $0.canonicalText } ?? "")
        case .figures(let unit, let about, let speaker, let amount):
            var out = "figures"
            if let about { out += " about " + about.canonicalText }
            if let unit { out += " in " + unit }
            if let speaker { out += " by " + speakerText(speaker) }
            if let amount { out += " " + amount.text }
            return out
        case .entities(let kind, let about): return kind.rawValue + (about.map { " about " + $0.canonicalText } ?? "")
        case .whoAttended(let except): return "who attended" + (except.isEmpty ? "" : " except " + except.map(speakerText).joined(separator: " and "))
        case .timeline(let t, let all, let clock, let zone):
            return "timeline" + (all ? " all" : "") + (t.map { " about " + $0.canonicalText } ?? "") + (clock.map { " at " + $0.text } ?? "")
                + (zone.map { " in " + $0 } ?? "")
        case .topics: return "topics"
        case .mentions(let t): return "mentions " + t.canonicalText
        case .count(let target, let t, let g, let s):
            var out = "count " + target.rawValue
            if let t { out += (target == .mentions ? " " : " about ") + t.canonicalText }
            if let g { out += " by " + g.rawValue }
            if let s { out += " by " + speakerText(s) }
            return out
        case .source(let id): return "source " + id
        case .explain(let q): return "explain " + q.canonicalText
        case .overview(let t): return "overview " + t.canonicalText
        case .check(let s, let t): return "did " + speakerText(s) + " say " + t.canonicalText
        case .card(let s): return "who is " + speakerText(s)
        case .agreements(let t): return "agreements" + (t.map { " about " + $0.canonicalText } ?? "")
        case .compare(let a, let b, let t): return "compare " + speakerText(a) + " and " + speakerText(b) + (t.map { " about " + $0.canonicalText } ?? "")
        case .duration(let t): return "duration " + t.canonicalText
        }
    }

    private func speakerText(_ s: String) -> String {
        let words = s.split(separator: " ")
        let risky = words.contains { TermCleaner.reserved.contains($0.lowercased()) } || s.contains("\"")
        return risky ? "\"" + s.escaping(["\\", "\""]) + "\"" : s
    }
}

extension AmountFilter {
    var text: String {
        switch self {
        case .over(let a): return "over " + a.surface
        case .under(let a): return "under " + a.surface
        case .between(let a, let b): return "between " + a.surface + " and " + b.surface
        }
    }
}

extension Term {
    public var canonicalText: String {
        switch self {
        case .word(let w):
            let risky = w.split(separator: " ").contains { TermCleaner.reserved.contains($0.lowercased()) } || w.contains("(") || w.contains(")")
            return risky ? "\"" + w.escaping(["\\", "\""]) + "\"" : w
        case .quoted(let s): return "\"" + s.escaping(["\\", "\""]) + "\""
        case .and(let a, let b): return a.grouped(inside: "and") + " and " + b.grouped(inside: "and")
        case .or(let a, let b): return a.grouped(inside: "or") + " or " + b.grouped(inside: "or")
        case .not(let a): return "not " + a.grouped(inside: "not")
        }
    }

    private func grouped(inside op: String) -> String {
        switch self {
        case .or where op != "or", .and where op == "not": return "(" + canonicalText + ")"
        default: return canonicalText
        }
    }
}

extension Statement {
    /// The statement as canonical text, with its modifiers.
    public var canonicalText: String {
        query.canonicalText + (limit.map { " limit \($0)" } ?? "") + (format.map { " as " + $0.rawValue } ?? "")
    }
}
