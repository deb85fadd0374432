/// A clock a question asks its times in (`in EST`, `in Washington time`, `日本時間で`, `local time`):
/// its name as the question said it, its name in English, and its offset in minutes east of UTC.
/// An answer in English titles its column and says its cells with the English name: a reader of
/// English who typed ワシントン時間 from the report still reads "Washington time".
public struct AskedZone: Sendable, Equatable {
    /// As the question said it (a code, the report's form, or the English): what data keeps.
    public let name: String
    /// The time-zone table's English for it (`Washington time` for ワシントン時間), a code as typed.
    public let english: String
    public let offset: Int

    public init(name: String, english: String? = nil, offset: Int) {
        self.name = name
        self.english = english ?? name
        self.offset = offset
    }

    /// The name an answer in `language` shows: English for English, else as asked.
    func shown(in language: AnswerLanguage) -> String { language == .en ? english : name }
}

extension Resolver {
    /// The zones the words name, one or several (`Washington and Japan time`, `EST, JST`,
    /// `ワシントン時間と日本時間`): each is read by `askedZone`, and one that names no zone is an error.
    func askedZones(_ words: String, in statement: Statement) throws(QueryError) -> [AskedZone] {
        var parts = [words]
        for separator in [" and ", ",", "、", "と"] { parts = parts.flatMap { $0.split(separator: separator).map(String.init) } }
        parts = parts.map { $0.trimmedOfSpaces() }.filter { !$0.isEmpty }
        guard parts.count > 1 else { return [try askedZone(words, in: statement)] }
        var zones: [AskedZone] = []
        for part in parts {
            let zone = try askedZone(part, in: statement)
            if !zones.contains(zone) { zones.append(zone) }
        }
        return zones
    }

    /// The zone the words name, read with the time-zone table: its code (`EST`), its written form
    /// (`ワシントン時間`, or `ワシントン` without 時間), its English (`Washington time`), or that English
    /// without "time" (`Washington`; `US` for `US Eastern time`). A zone whose offset is `local`
    /// (現地時間) is the one clock the record gives that is not named by a fixed zone. The words
    /// must name a zone whole: `the EST building` names none.
    func askedZone(_ words: String, in statement: Statement) throws(QueryError) -> AskedZone {
        let typed = words.trimmedOfSpaces()
        var asked = typed.lowercased()
        if asked.hasPrefix("the ") { asked.removeFirst(4) }
        let bare = Self.withoutTime(asked)
        if asked == "utc" {
            return AskedZone(name: "UTC", offset: 0)
        }
        let english = Dictionary(tables.english.zones.map { ($0.form, $0.english) }, uniquingKeysWith: { a, _ in a })
        for z in tables.words.timeZones {
            let form = String(decoding: z.form, as: UTF8.self)
            let named = english[form]
            let englishBare = named.map { Self.withoutTime($0.lowercased()) }
            var shown: String?
            var inEnglish = named
            if z.name.lowercased() == asked, z.name.uppercased() == z.name { shown = z.name; inEnglish = z.name }
            else if typed == form || (!bare.isEmpty && bare == Self.withoutTime(form)) { shown = form }
            else if let named, let englishBare, !bare.isEmpty,
                    named.lowercased() == asked || englishBare == bare || englishBare.hasPrefix(bare + " ") {
                shown = named
            }
            guard let shown else { continue }
            if let offset = UTCOffset.minutes(z.offset) { return AskedZone(name: shown, english: inEnglish, offset: offset) }
            if let offset = localOffset() { return AskedZone(name: shown, english: inEnglish, offset: offset) }
            throw QueryError("the record gives no local clock for '\(typed)'", column: column(of: typed, as: .zone, in: statement),
                             expected: ["a time zone"], hint: "its times are all in named zones: try 'timeline' to see them")
        }
        let names = Array(Set(tables.words.timeZones.filter { UTCOffset.minutes($0.offset) != nil }.map(\.name))).sorted() + ["UTC"]
        throw QueryError("unknown time zone '\(typed)'", column: column(of: typed, as: .zone, in: statement), expected: ["a time zone"],
                         suggestion: Suggest.nearest(to: typed.uppercased(), among: names),
                         hint: "try " + names.prefix(4).joined(separator: ", ") + ", Washington time or Japan time, or leave the zone out")
    }

    /// `washington time` → `washington`, `ワシントン時間` → `ワシントン`.
    private static func withoutTime(_ s: String) -> String {
        if s.hasSuffix(" time") { return String(s.dropLast(5)) }
        if s.hasSuffix("時間") { return String(s.dropLast(2)) }
        return s
    }

    /// The offset of the record's local clock: the first clock time whose zone was worked out as
    /// an offset (現地時間 beside 日本時間), nil when every clock is a named one.
    private func localOffset() -> Int? {
        for t in store.times {
            guard let zone = t.zone, zone.hasPrefix("UTC"), let offset = UTCOffset.minutes(String(zone.dropFirst(3))) else { continue }
            return offset
        }
        return nil
    }
}
