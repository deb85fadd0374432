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
            let english = row[2].split(separator: "|").map { $0.trimmedOfSpaces() }.filter { !$0.isEmpty && $0 != "-" }
            let japanese = row[3].split(separator: "|").map { $0.trimmedOfSpaces() }.filter { !$0.isEmpty && $0 != "-" }
            guard !english.isEmpty || !japanese.isEmpty else { continue }
            seen.insert(id)
            entries.append(LexiconEntry(kind: kind, id: id, english: english, japanese: japanese, role: row.optional(4)))
        }
        self.init(entries: entries)
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

    /// Case and spacing folded, curly apostrophes straightened, so `ishiba’s  aides` finds `Ishiba's aides`.
    public static func fold(_ s: String) -> String {
        var out = ""
        var lastSpace = true
        for ch in s.lowercased() {
            let c: Character = ch == "’" || ch == "‘" ? "'" : ch
            if c == " " || c == "\t" {
                if !lastSpace { out.append(" ") }
                lastSpace = true
            } else {
                out.append(c); lastSpace = false
            }
        }
        if out.hasSuffix(" ") { out.removeLast() }
        return out
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
