/// A question that leans on the one before it: "what did he say about cars" after a question
/// about Trump, "and Ishiba?" or "what about tariffs?" after any. People talk to the shell the way
/// they talk to each other; without this, "he" is an unknown speaker and "and Ishiba?" an
/// overview of everything Ishiba said. The last question is the session's (Session keeps it),
/// so a saved script replays the same way.
public struct FollowUp: Sendable {
    /// What a follow-up line becomes.
    public enum Resolution: Sendable, Equatable {
        /// Not a follow-up: the line is asked as typed.
        case asTyped
        /// The whole question, written out.
        case question(String)
        /// A follow-up with nothing to lean on; the message says what to name.
        case unresolved(String)
    }

    /// Words that stand for the last named person (彼女 before 彼: the longer first).
    static let pronouns: Set<String> = ["he", "she", "him", "her"]
    /// Words that stand for the people the last question named together ("compare Trump and
    /// Ishiba", then "what did they say about cars"). "They" alone, with no such question before
    /// it, keeps its own reading (the two leaders: "what did they agree on"); 彼ら has none.
    static let pluralPronouns: Set<String> = ["they", "them"]
    static let japanesePronouns = ["彼ら", "彼女", "彼"]
    static let japanesePlural = "彼ら"
    /// How "and X?" is introduced.
    static let openers = ["and what about ", "what about ", "how about ", "and "]

    /// The line written out against `last` (the previous question that ran); `isSpeaker` says
    /// whether a name is someone who can be quoted, `term` reads a bare phrase as a term.
    public static func resolve(_ line: String, after last: Statement?, isSpeaker: (String) -> Bool,
                               term: (String) -> Term?) -> Resolution {
        if let rest = Self.afterOpener(line) {
            guard let last, !rest.isEmpty else {
                // "what about Alaska?" on its own is a question about Alaska, as it always was.
                return .asTyped
            }
            let query: Query
            if isSpeaker(rest) {
                query = last.query.askingSpeaker(rest)
            } else if let t = term(rest) {
                query = last.query.askedTerm == nil ? .overview(t) : last.query.replacingAskedTerm(with: t)
            } else {
                return .asTyped
            }
            return .question(Statement(query: query, limit: last.limit, format: last.format, text: line).canonicalText)
        }
        guard let pronoun = Self.pronoun(in: line) else { return .asTyped }
        let named = last.map { $0.query.namedSpeakers } ?? []
        if pronoun.word == japanesePlural || pluralPronouns.contains(pronoun.word.lowercased()) {
            return plural(line, pronoun, named: named, after: last)
        }
        guard named.count == 1 else {
            let example = "e.g. 'what did Trump say about tariffs'"
            if last == nil { return .unresolved("'\(pronoun.word)' has no one to stand for yet (no question before it): name the person, \(example)") }
            if named.isEmpty {
                return .unresolved("'\(pronoun.word)' has no one to stand for: the last question named no single speaker; name the person, \(example)")
            }
            return .unresolved("'\(pronoun.word)' could be " + named.joined(separator: " or ") + ": name the one you mean, \(example)")
        }
        return .question(String(line[..<pronoun.range.lowerBound]) + named[0] + String(line[pronoun.range.upperBound...]))
    }

    /// "they", "them", 彼ら written out as the people the last question named together; with
    /// fewer than two, English "they" is read as typed and 彼ら says what to name instead.
    static func plural(_ line: String, _ pronoun: (word: String, range: Range<String.Index>), named: [String],
                       after last: Statement?) -> Resolution {
        let japanese = pronoun.word == japanesePlural
        guard named.count >= 2 else {
            guard japanese else { return .asTyped }
            let example = "e.g. 'トランプ大統領と石破首相は関税について何と言いましたか' or 'compare Trump and Ishiba about tariffs'"
            if last == nil { return .unresolved("'\(pronoun.word)' has no one to stand for yet (no question before it): name them, \(example)") }
            return .unresolved("'\(pronoun.word)' has no one to stand for: the last question named fewer than two speakers; name them, \(example)")
        }
        var start = pronoun.range.lowerBound
        // "both of them" is the pronoun whole: "what did both of them say" → "what did Trump and Ishiba say".
        let both = "both of "
        if line[..<start].lowercased().hasSuffix(both) { start = line.index(start, offsetBy: -both.count) }
        let people = japanese ? named.joined(separator: "と") : englishList(named)
        return .question(String(line[..<start]) + people + String(line[pronoun.range.upperBound...]))
    }

    /// The X of "and X?" / "what about X?", without the question mark; nil for other lines.
    static func afterOpener(_ line: String) -> String? {
        let lower = line.lowercased()
        guard let opener = openers.first(where: { lower.hasPrefix($0) }) else { return nil }
        var rest = Substring(line.dropFirst(opener.count))
        while let c = rest.last, "?？.!".contains(c) || c == " " { rest = rest.dropLast() }
        return rest.trimmingPrefix(while: { $0 == " " }).isEmpty ? "" : String(rest.drop { $0 == " " })
    }

    /// The first pronoun of the line outside quotation marks, and where it stands.
    static func pronoun(in line: String) -> (word: String, range: Range<String.Index>)? {
        var quoted = false
        var i = line.startIndex
        while i < line.endIndex {
            let c = line[i]
            if "\"「『“”」』".contains(c) { quoted.toggle(); i = line.index(after: i); continue }
            if !quoted {
                for p in japanesePronouns where line[i...].hasPrefix(p) {
                    return (p, i..<line.index(i, offsetBy: p.count))
                }
                if c.isLetter, c.isASCII, i == line.startIndex || !line[line.index(before: i)].isLetter {
                    let end = line[i...].firstIndex { !($0.isLetter && $0.isASCII) && $0 != "'" } ?? line.endIndex
                    let word = String(line[i..<end])
                    if pronouns.contains(word.lowercased()) || pluralPronouns.contains(word.lowercased()) { return (word, i..<end) }
                    i = end
                    continue
                }
            }
            i = line.index(after: i)
        }
        return nil
    }
}

extension Query {
    /// The people a question names as speakers: who "he" can be afterwards.
    var namedSpeakers: [String] {
        switch self {
        case .quotes(let s?, _, _), .check(let s, _), .figures(_, _, let s?, _), .count(_, _, _, let s?), .card(let s): return [s]
        case .compare(let a, let b, _): return [a, b]
        case .explain(let q): return q.namedSpeakers
        default: return []
        }
    }

    /// The same question put to `speaker` ("and Ishiba?"); a question that named no one becomes
    /// what the speaker said about its term.
    func askingSpeaker(_ speaker: String) -> Query {
        switch self {
        case .quotes(_, let t, let scene): return .quotes(speaker: speaker, about: t, at: scene)
        case .check(_, let t): return .check(speaker: speaker, about: t)
        case .figures(let u, let t, _, let a): return .figures(unit: u, about: t, speaker: speaker, amount: a)
        case .count(let c, let t, let g, _): return .count(c, term: t, groupBy: g, speaker: speaker)
        case .card: return .card(speaker)
        case .explain(let q): return .explain(q.askingSpeaker(speaker))
        default: return .quotes(speaker: speaker, about: askedTerm)
        }
    }
}
