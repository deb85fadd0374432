/// Turns the words a person typed for a topic into a term the matcher can use: articles,
/// possessives and question words dropped, lexicon phrases kept whole, the rest word by word
/// (`Japan's defense spending` → `japan and defense spending`).
struct TermCleaner {
    let vocabulary: Vocabulary
    let table: QuestionTable

    /// One piece of a cleaned term and what the lexicon says it is (nil: not a lexicon word).
    struct Unit: Equatable {
        let text: String
        let kind: LexiconEntry.Kind?
        let quoted: Bool
    }

    func units(_ raw: String) -> [Unit] {
        let text = raw.trimmedOfSpaces()
        if text.isEmpty { return [] }
        if text.hasPrefix("\""), text.hasSuffix("\""), text.count >= 2 {
            let inner = String(text.dropFirst().dropLast())
            return inner.isEmpty ? [] : [Unit(text: inner, kind: nil, quoted: true)]
        }
        if !text.unicodeScalars.contains(where: { $0.isASCII && $0.properties.isAlphabetic }) || isJapanese(text) {
            let cleaned = stripJapanese(text)
            return cleaned.isEmpty ? [] : [Unit(text: cleaned, kind: vocabulary.entries(cleaned).first?.kind, quoted: false)]
        }
        // A lexicon phrase as typed stays whole, punctuation and all (U.S. Steel).
        if let e = vocabulary.entries(text).first { return [Unit(text: text, kind: e.kind, quoted: false)] }
        let words = text.split(separator: " ").prefix(64).map { Self.bare(String($0)) }.filter { !$0.isEmpty }
        // The whole phrase, when the lexicon knows it, stays one unit even if it holds stop words.
        if words.count > 1, let e = vocabulary.entries(words.joined(separator: " ")).first {
            return [Unit(text: words.joined(separator: " "), kind: e.kind, quoted: false)]
        }
        var out: [Unit] = []
        var i = 0
        while i < words.count {
            // A phrase never starts with an article, nor with another stop word unless the lexicon
            // lists it and it ends in a word that is none ("the press conference" is press
            // conference; "the news conference" is news conference, "talk about tariffs" is tariffs).
            let lower = words[i].lowercased()
            if table.stops.contains(lower) {
                if !["the", "a", "an"].contains(lower), let found = stopLedPhrase(words, at: i) {
                    out.append(found.unit)
                    i += found.length
                } else {
                    i += 1
                }
                continue
            }
            var taken = false
            for length in stride(from: min(5, words.count - i), through: 1, by: -1) {
                let phrase = words[i..<(i + length)].joined(separator: " ")
                if let e = vocabulary.entries(phrase).first {
                    out.append(Unit(text: phrase, kind: e.kind, quoted: false))
                    i += length
                    taken = true
                    break
                }
            }
            if !taken {
                let w = words[i]
                if !table.stops.contains(w.lowercased()) && !w.allSatisfy({ $0.isPunctuation }) {
                    out.append(Unit(text: w, kind: nil, quoted: false))
                }
                i += 1
            }
        }
        var seen = Set<String>()
        return out.filter { seen.insert($0.text.lowercased()).inserted }
    }

    /// The longest lexicon phrase of two words or more at `i` whose last word is no stop word.
    func stopLedPhrase(_ words: [String], at i: Int) -> (unit: Unit, length: Int)? {
        for length in stride(from: min(5, words.count - i), through: 2, by: -1) where !table.stops.contains(words[i + length - 1].lowercased()) {
            let phrase = words[i..<(i + length)].joined(separator: " ")
            if let e = vocabulary.entries(phrase).first { return (Unit(text: phrase, kind: e.kind, quoted: false), length) }
        }
        return nil
    }

    /// A word without possessive endings and stray punctuation: Japan's → Japan.
    static func bare(_ word: String) -> String {
        var w = word
        for suffix in ["'s", "\u{2019}s", "s'"] where w.lowercased().hasSuffix(suffix) && w.count > suffix.count + 1 {
            w = String(w.dropLast(suffix == "s'" ? 1 : suffix.count))
        }
        while let last = w.last, ",;:!?.)".contains(last) { w.removeLast() }
        while let first = w.first, "(".contains(first) { w.removeFirst() }
        return w
    }

    func isJapanese(_ s: String) -> Bool { containsJapanese(s) }

    /// A Japanese slot without the particles and polite endings around it.
    func stripJapanese(_ s: String) -> String {
        var t = s.trimmedOfSpaces()
        var changed = true
        while changed, !t.isEmpty {
            changed = false
            for strip in table.japaneseStrips where t.hasSuffix(strip) && t.count > strip.count {
                t = String(t.dropLast(strip.count)); changed = true; break
            }
        }
        return t
    }

    /// Units as the query language writes them: joined by `and`, quoted where a word is a keyword.
    static func text(_ units: [Unit]) -> String {
        units.map { u in
            let needsQuotes = u.quoted || u.text.split(separator: " ").contains { reserved.contains($0.lowercased()) }
                || u.text.contains("\"") || u.text.contains("(") || u.text.contains(")")
            return needsQuotes ? "\"" + u.text.escaping(["\\", "\""]) + "\"" : u.text
        }.joined(separator: " and ")
    }

    /// Words that end a phrase somewhere in the grammar, so a term holding one must be quoted.
    static let reserved: Set<String> = ["or", "and", "not", "limit", "as", "about", "by", "in", "over", "under", "between", "say", "mention", "at"]
}

extension String {
    /// Every `c` written as `escape` followed by itself (`"` → `\"`).
    func escaping(_ chars: Set<Character>, with escape: Character = "\\") -> String {
        var out = ""
        for ch in self {
            if chars.contains(ch) { out.append(escape) }
            out.append(ch)
        }
        return out
    }
}
