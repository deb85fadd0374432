/// Turns the words of a query into things the store knows: speakers, units, amounts. What
/// cannot be resolved is a `QueryError` that names the word and the nearest known one.
struct Resolver {
    let store: FactStore
    let tables: ExtractionTables

    /// Speakers named by an alias in English or Japanese (Trump, トランプ, "the official").
    func speakers(_ text: String, in statement: Statement) throws(QueryError) -> [Speaker] {
        let folded = Lexicon.fold(text)
        var found: [Speaker] = []
        func add(_ s: Speaker) { if !found.contains(where: { $0.id == s.id }) { found.append(s) } }
        for e in store.lexicon.lookup(text) where e.isSpeakerKind {
            add(store.speakers.first { $0.id == e.id } ?? Speaker(id: e.id, ja: e.canonicalJapanese, en: e.displayName, role: e.role, kind: e.kind == .group ? .group : .person))
        }
        if found.isEmpty {
            for s in store.speakers where Lexicon.fold(s.en) == folded || s.ja == text || s.id == folded || Lexicon.fold(s.id) == folded {
                add(s)
            }
        }
        if found.isEmpty, text.unicodeScalars.count >= 2 {
            // A Japanese name without its title (ゼレンスキー for ゼレンスキー大統領).
            for s in store.speakers where s.ja.hasPrefix(text) { add(s) }
        }
        if found.isEmpty, folded.count >= 3 {
            // A word of a speaker's English name (media → American media, aides → Ishiba's aides).
            for s in store.speakers where s.id != Speaker.unknown.id {
                let words = Lexicon.fold(s.en).split(whereSeparator: { $0 == " " || $0 == "'" }).map(String.init)
                if words.contains(folded) || words.contains(folded + "s") { add(s) }
            }
        }
        if found.isEmpty {
            let names = store.lexicon.entries.filter(\.isSpeakerKind).flatMap { $0.english + $0.japanese } + store.speakers.flatMap { [$0.en, $0.ja] }
            var error = QueryError("unknown speaker '\(text)'", column: column(of: text, as: .speaker, in: statement), expected: ["a speaker"],
                                   suggestion: Suggest.nearest(to: text, among: names),
                                   hint: "try 'who said …' to see who speaks, or .help speakers")
            error.unknownName = text
            throw error
        }
        return found
    }

    /// The id of the entity (person, group, organization, place) a name means: through the
    /// lexicon first (Iwaya → 岩屋外務大臣), then the names as the record writes them.
    func entity(_ text: String, in statement: Statement) throws(QueryError) -> String {
        let folded = Lexicon.fold(text)
        for e in store.lexicon.lookup(text) {
            if let found = store.entities.first(where: { $0.key == e.id }) { return found.id }
        }
        if let found = store.entities.first(where: { Lexicon.fold($0.en) == folded || $0.ja == text || $0.forms.contains(text) }) {
            return found.id
        }
        if text.unicodeScalars.count >= 2, let found = store.entities.first(where: { $0.ja.hasPrefix(text) }) { return found.id }
        if folded.count >= 3, let found = store.entities.first(where: { e in
            Lexicon.fold(e.en).split(whereSeparator: { $0 == " " || $0 == "'" }).contains { $0 == folded }
        }) { return found.id }
        let known = store.lexicon.lookup(text).first
        var error = QueryError(known.map { "\($0.displayName) is not named in this record" } ?? "no one called '\(text)' in this record",
                               column: column(of: text, as: .speaker, in: statement), expected: ["a name"],
                               suggestion: Suggest.nearest(to: text, among: store.entities.flatMap { [$0.en, $0.ja] }),
                               hint: "try 'people' for everyone the record names")
        if known == nil { error.unknownName = text }
        throw error
    }

    /// The unit code the unit table (Grammar/extraction.tsv) gives words that mean money in any
    /// currency (`money`, `currency`): figures in every currency, converted where the record
    /// states a rate.
    static let anyCurrency = "*currency"

    /// The unit code the unit table gives words that ask for a count of something (`count`):
    /// figures in every unit of quantity (people, countries, ships), never money or time.
    static let anyQuantity = "*quantity"

    /// A unit code for a unit word (yen → JPY); `anyCurrency` for every currency.
    func unit(_ word: String, in statement: Statement) throws(QueryError) -> String {
        let w = Lexicon.fold(word)
        if let code = tables.unitWords[w] { return code }
        if store.figuresByUnit[word.uppercased()] != nil { return word.uppercased() }
        if store.figuresByUnit[w] != nil { return w }
        throw QueryError("unknown unit '\(word)'", column: column(of: word, as: .unit, in: statement), expected: ["a unit"],
                         suggestion: Suggest.nearest(to: word, among: Array(tables.unitWords.keys)),
                         hint: "try yen, dollars, people or years")
    }

    /// The zone a clock reading names (`EST`, `Washington time`; see `askedZone`); nil when it names none.
    func zone(of clock: ClockReading, in statement: Statement) throws(QueryError) -> AskedZone? {
        guard let zone = clock.zone else { return nil }
        return try askedZone(zone, in: statement)
    }

    /// An amount as a value and unit code: English forms come parsed; Japanese ones are read here.
    func amount(_ a: Amount, in statement: Statement) throws(QueryError) -> (Double, String?) {
        if let v = a.value { return (v, a.unit) }
        if let parsed = JapaneseNumber.parseAmount(a.surface, tables: tables) { return (parsed.value, parsed.unit ?? a.unit) }
        throw QueryError("cannot read the amount '\(a.surface)'", column: column(of: a.surface, as: .amount, in: statement), expected: ["an amount"],
                         hint: "try 500 billion dollars, $500B, 5000億ドル or ¥150bn")
    }

    /// Where the parser saw the word; for a statement rewritten from a question (no places),
    /// where the word first occurs in the line as typed.
    func column(of word: String, as role: WordPlace.Role, in statement: Statement) -> Int {
        if let column = statement.column(of: word, as: role) { return column }
        guard let r = statement.text.firstRange(of: word) else { return 1 }
        return printedWidth(statement.text[..<r.lowerBound]) + 1
    }
}
