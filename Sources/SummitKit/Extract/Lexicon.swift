import SummitData

/// One thing the lexicon knows: a person, group, organization, country, place or topic, with
/// its English forms (the first is shown in answers) and the Japanese forms news text uses.
public struct LexiconEntry: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable { case person, group, org, country, place, topic }
    public let kind: Kind
    public let id: String
    public let english: [String]
    public let japanese: [String]
    public let role: String?

    public var displayName: String { english.first ?? id }
    public var canonicalJapanese: String { japanese.first ?? id }
    public var isSpeakerKind: Bool { kind == .person || kind == .group }
}

/// English ⇄ Japanese vocabulary from Grammar/lexicon.tsv: how questions in English reach the
/// Japanese record, and how answers name people in both languages.
public struct Lexicon: Sendable {
    public let entries: [LexiconEntry]
    private let byId: [String: Int]
    private let byEnglish: [String: [Int]]
    private let byJapanese: [String: [Int]]
    /// Japanese (and mixed) forms for scanning text; single characters are left out because
    /// they occur inside unrelated words (米 in 日米, 中 in 中止).
    let textPatterns: BytePatternSet
    /// Person and group forms reversed, to find the name that ends right before は or が.
    let speakerSuffixes: BytePatternSet

    public static let bundled = Lexicon(bytes: EmbeddedData.lexicon)

    public init(bytes: [UInt8]) {
        var entries: [LexiconEntry] = []
        var seen = Set<String>()
        for row in TableFile(bytes: bytes).rows {
            guard let kind = LexiconEntry.Kind(rawValue: row[0]), let id = row.optional(1), !seen.contains(id) else { continue }
            let english = Self.alternatives(row[2])
            let japanese = Self.alternatives(row[3])
            guard !english.isEmpty || !japanese.isEmpty else { continue }
            seen.insert(id)
            entries.append(LexiconEntry(kind: kind, id: id, english: english, japanese: japanese, role: row.optional(4)))
        }
        self.init(entries: entries)
    }

    /// `a|b|c` → ["a", "b", "c"], without empty or `-` parts.
    static func alternatives(_ field: String) -> [String] {
        var out: [String] = []
        for part in field.utf8.split(separator: 0x7C) {
            let s = String(decoding: part, as: UTF8.self)
            let t = s.utf8.first == 0x20 || s.utf8.last == 0x20 ? s.trimmedOfSpaces() : s
            if !t.isEmpty && t != "-" { out.append(t) }
        }
        return out
    }

    public init(entries: [LexiconEntry]) {
        self.entries = entries
        var byId: [String: Int] = [:], byEnglish: [String: [Int]] = [:], byJapanese: [String: [Int]] = [:]
        var patterns = BytePatternSet()
        var suffixes = BytePatternSet()
        for (i, e) in entries.enumerated() {
            byId[e.id] = i
            for f in e.english { byEnglish[Self.fold(f), default: []].append(i) }
            for f in e.japanese {
                byJapanese[f, default: []].append(i)
                byEnglish[Self.fold(f), default: []].append(i)
                if f.unicodeScalars.count >= 2 { patterns.insert(Array(f.utf8), value: i) }
                if e.isSpeakerKind { suffixes.insert(Array(f.utf8).reversed(), value: i) }
            }
        }
        self.byId = byId
        self.byEnglish = byEnglish.mapValues { Array(Set($0)).sorted() }
        self.byJapanese = byJapanese
        self.textPatterns = patterns
        self.speakerSuffixes = suffixes
    }

    /// Case and spacing folded, curly apostrophes straightened, so `ishiba’s  aides` finds
    /// `Ishiba's aides`. Byte-level: it runs for every lexicon form at start-up.
    public static func fold(_ s: String) -> String {
        let u = Array(s.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(u.count)
        var lastSpace = true
        var i = 0
        while i < u.count {
            var b = u[i]
            if b == 0xE2, i + 2 < u.count, u[i + 1] == 0x80, u[i + 2] == 0x98 || u[i + 2] == 0x99 { b = 0x27; i += 2 }  // ’ ‘ → '
            i += 1
            if b == 0x20 || b == 0x09 {
                if !lastSpace { out.append(0x20) }
                lastSpace = true
                continue
            }
            if b >= 0x41 && b <= 0x5A { b += 32 }
            out.append(b)
            lastSpace = false
        }
        if out.last == 0x20 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    public func entry(id: String) -> LexiconEntry? { byId[id].map { entries[$0] } }
    public func index(id: String) -> Int? { byId[id] }

    /// Entries named by a word or phrase in English or Japanese (any form, any case).
    public func lookup(_ phrase: String) -> [LexiconEntry] {
        (byEnglish[Self.fold(phrase)] ?? []).map { entries[$0] }
    }

    public func lookupIndices(_ phrase: String) -> [Int] { byEnglish[Self.fold(phrase)] ?? [] }

    /// Entries whose Japanese form is exactly `ja`.
    public func entries(japanese ja: String) -> [LexiconEntry] {
        (byJapanese[ja] ?? []).map { entries[$0] }
    }

    /// Every English form and Japanese form, for suggestions and completion.
    public var allForms: [String] { entries.flatMap { $0.english + $0.japanese } }

    /// The person or group whose Japanese form ends exactly at `end` (longest form wins).
    func speakerEnding(in bytes: [UInt8], at end: Int, lower: Int) -> (entry: Int, start: Int)? {
        speakerSuffixes.longestSuffixMatch(in: bytes, endingAt: end, lower: lower).map { ($0.value, $0.start) }
    }

    /// The entries whose forms occur in `text`, in order of first occurrence, without repeats.
    public func entriesMentioned(in text: String) -> [Int] {
        let bytes = Array(text.utf8)
        var out: [Int] = []
        var seen = Set<Int>()
        var i = 0
        while i < bytes.count {
            if UTF8Bytes.isLead(bytes[i]), let m = textPatterns.longestMatch(in: bytes, at: i, limit: bytes.count) {
                if seen.insert(m.value).inserted { out.append(m.value) }
                i = m.end
                continue
            }
            i += 1
        }
        return out
    }
}
