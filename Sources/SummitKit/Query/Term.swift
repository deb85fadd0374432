/// What a query searches for: words, phrases and quoted strings combined with `and`, `or`, `not`.
///
/// Leaves keep the text as typed (phrase words joined by one space); matching it against the
/// record (English ⇄ Japanese, synonyms) is the planner's job, not the parser's.
public indirect enum Term: Sendable, Equatable {
    /// An English or Japanese word or phrase, unquoted.
    case word(String)
    /// A "double-quoted string", contents unescaped; may hold spaces and keywords.
    case quoted(String)
    case and(Term, Term)
    case or(Term, Term)
    case not(Term)

    /// Every leaf string that is not under a `not`: what a matcher should look for.
    public var forms: [String] {
        switch self {
        case .word(let s), .quoted(let s): return [s]
        case .and(let a, let b), .or(let a, let b): return a.forms + b.forms
        case .not: return []
        }
    }
}

extension Term: CustomStringConvertible {
    /// A fully parenthesised rendering, so `explain` and tests can show how a term was grouped.
    public var description: String {
        switch self {
        case .word(let s): return s
        case .quoted(let s):
            var out = "\""
            for c in s {
                if c == "\"" || c == "\\" { out.append("\\") }
                out.append(c)
            }
            return out + "\""
        case .and(let a, let b): return "(\(a) and \(b))"
        case .or(let a, let b): return "(\(a) or \(b))"
        case .not(let a): return "not \(a)"
        }
    }
}
