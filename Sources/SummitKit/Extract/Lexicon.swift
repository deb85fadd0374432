import SummitData
import TextKeys

/// One thing the lexicon knows: a person, group, organization, country, place or topic, with
/// its English forms (the first is shown in answers) and the Japanese forms news text uses.
public struct LexiconEntry: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case person, group, org, country, place, topic

        /// `init(rawValue:)` by plain comparisons: the synthesized one searches a list of static
        /// strings, which for every row of the bundled lexicon was a seventh of making it.
        init?(compiled s: String) {
            switch s {
            case "person": self = .person
            case "topic": self = .topic
            case "org": self = .org
            case "country": self = .country
            case "place": self = .place
            case "group": self = .group
            default: return nil
            }
        }
    }
    public let kind: Kind
    public let id: String
    public let english: [String]
    public let japanese: [String]
    public let role: String?
    /// When the role was true (YYYY-MM), for entries whose role names an office: offices change hands.
    public let asOf: String?

    public var displayName: String { english.first ?? id }
    public var canonicalJapanese: String { japanese.first ?? id }
    public var isSpeakerKind: Bool { kind == .person || kind == .group }
    /// An organization, country or place: a body that can speak or own an office, never a person's name.
    public var isBody: Bool { kind == .org || kind == .country || kind == .place }
}

/// English ⇄ Japanese vocabulary from Grammar/lexicon.tsv: how questions in English reach the
/// Japanese record, and how answers name people in both languages.
public struct Lexicon: Sendable {
    public let entries: [LexiconEntry]
    /// Entries by id, by English form (folded) and by Japanese form, keyed by 64-bit hashes of
    /// the bytes: Swift hashes `String` keys through Unicode normalization, which made building
    /// these the largest cost of start-up. The bundled lexicon's were filed at build time.
    let index: LexiconIndex
    /// Japanese (and mixed) forms for scanning text, built at the first scan (see
    /// `textPatterns`): a start-up that only looks names up never needs it.
    private let textTrie = BuiltOnce<BytePatternSet>()
    /// Each word of an organization's English names → those organizations, built at the first
    /// question that asks by one word (every term of four letters or more does): scanning and
    /// folding every entry's names per word was most of a question that finds nothing.
    private let organizationWords = BuiltOnce<[String: [Int]]>()

    /// General vocabulary and the bundled record's own entries: what the shell reads the bundled
    /// record with. The table compiler filed them (`CompiledTables.bundledLexiconIndex`).
    public static let bundled = Lexicon(compiled: [CompiledTables.lexicon, CompiledTables.bundledRecordLexicon],
                                        index: CompiledTables.bundledLexiconIndex)
    /// General vocabulary only (Grammar/lexicon.tsv): what rules should be measured with on other
    /// reports. Its keys were computed when the tables were compiled.
    public static let general = Lexicon(table: TableFile(compiled: CompiledTables.lexicon, forms: true), keys: CompiledTables.lexiconKeys)

    public init(bytes: [UInt8]) { self.init(table: TableFile(bytes: bytes)) }

    /// `keys`, when given, are the rows' `FormKey.row` keys one row after another (the table
    /// compiler's), so no form is hashed here.
    init(table: TableFile, keys: [UInt64]? = nil) {
        let rows = table.rows.map { row in
            LexiconIndex.Row(id: row[1], english: row.compiledForms?.english ?? Self.alternatives(row[2]),
                             japanese: row.compiledForms?.japanese ?? Self.alternatives(row[3]),
                             usable: LexiconEntry.Kind(compiled: row[0]) != nil && row.optional(1) != nil)
        }
        let index = LexiconIndex(rows: rows, keys: keys)
        self.init(entries: index.kept.map { n in
            let row = table.rows[Int(n)], forms = rows[Int(n)]
            return LexiconEntry(kind: LexiconEntry.Kind(compiled: row[0])!, id: row[1], english: forms.english,
                                japanese: forms.japanese, role: row.optional(4), asOf: row.optional(5))
        }, index: index)
    }

    /// Rows the table compiler checked and filed (`index`): only the entries are made here.
    init(compiled tables: [[TableRow]], index: LexiconIndex) {
        var entries: [LexiconEntry] = []
        entries.reserveCapacity(index.kept.count)
        var kept = index.kept.makeIterator()
        var next = kept.next()
        var n: Int32 = 0
        for table in tables {
            for row in table {
                defer { n += 1 }
                guard n == next, let kind = LexiconEntry.Kind(compiled: row.fields[0]) else { continue }
                next = kept.next()
                entries.append(LexiconEntry(kind: kind, id: row.fields[1], english: row.english, japanese: row.japanese,
                                            role: TableFile.optional(row.fields, 4), asOf: TableFile.optional(row.fields, 5)))
            }
        }
        precondition(entries.count == index.kept.count, "the compiled lexicon index does not match its rows")
        self.init(entries: entries, index: index)
    }

    private init(entries: [LexiconEntry], index: LexiconIndex) {
        self.entries = entries
        self.index = index
    }

    /// Every entry as given, filed by its forms; a repeated id is filed by id once (the first).
    public init(entries: [LexiconEntry]) {
        self.init(entries: entries, index: LexiconIndex(rows: entries.map {
            LexiconIndex.Row(id: $0.id, english: $0.english, japanese: $0.japanese, usable: true)
        }, keepingEveryRow: true))
    }

    /// FNV-1a over the UTF-8 bytes.
    static func hash(_ s: String) -> UInt64 { FormKey.exact(s) }

    /// `hash(s)` and `foldedHash(s)`, in one pass when folding changes nothing.
    static func hashes(_ s: String) -> (exact: UInt64, folded: UInt64) { FormKey.both(s) }

    /// The hash of `fold(s)`, computed without building the folded string.
    static func foldedHash(_ s: String) -> UInt64 { FormKey.folded(s) }

    /// `a|b|c` → ["a", "b", "c"], without empty or `-` parts.
    static func alternatives(_ field: String) -> [String] {
        var out: [String] = []
        var field = field
        field.withUTF8 { buf in
            var start = 0
            for i in 0...buf.count where i == buf.count || buf[i] == 0x7C {
                var a = start, b = i
                while a < b && buf[a] == 0x20 { a += 1 }
                while b > a && buf[b - 1] == 0x20 { b -= 1 }
                if b > a && !(b - a == 1 && buf[a] == 0x2D) {
                    out.append(String(decoding: UnsafeBufferPointer(rebasing: buf[a..<b]), as: UTF8.self))
                }
                start = i + 1
            }
        }
        return out
    }

    /// Every Japanese form of two characters or more, each carrying its first entry: what
    /// `entriesMentioned` and the extractor's rules find names in text with. Single characters
    /// are left out because they occur inside unrelated words (米 in 日米, 中 in 中止). Built the
    /// first time it is asked for and shared by the lexicon's copies.
    var textPatterns: BytePatternSet {
        textTrie.value {
            var patterns = BytePatternSet.Builder()
            for (i, e) in entries.enumerated() {
                for f in e.japanese {
                    let bytes = Array(f.utf8)
                    if Self.isTextForm(bytes) { patterns.insert(bytes, value: i) }
                }
            }
            return patterns.frozen()
        }
    }

    /// Whether a form is more than one scalar: single characters stay out of `textPatterns`.
    static func isTextForm(_ bytes: [UInt8]) -> Bool {
        guard let first = bytes.first else { return false }
        return bytes.count > UTF8Bytes.sequenceLength(first)
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

    public func entry(id: String) -> LexiconEntry? { index(id: id).map { entries[$0] } }
    public func index(id: String) -> Int? { index.byId.entries(Self.hash(id)).first { entries[$0].id == id } }

    /// Entries named by a word or phrase in English or Japanese (any form, any case).
    public func lookup(_ phrase: String) -> [LexiconEntry] {
        lookupIndices(phrase).map { entries[$0] }
    }

    public func lookupIndices(_ phrase: String) -> [Int] {
        let folded = Self.fold(phrase)
        return index.byEnglish.entries(Self.foldedHash(phrase)).filter { i in
            entries[i].english.contains { Self.fold($0) == folded } || entries[i].japanese.contains { Self.fold($0) == folded }
        }
    }

    /// Entries whose Japanese form is exactly `ja`.
    public func entries(japanese ja: String) -> [LexiconEntry] {
        indices(japanese: ja).map { entries[$0] }
    }

    /// The indices of the entries whose Japanese form is exactly `ja`, in lexicon order.
    func indices(japanese ja: String) -> [Int] {
        index.byJapanese.entries(Self.hash(ja)).filter { entries[$0].japanese.contains(ja) }
    }

    /// Every English form and Japanese form, for suggestions and completion.
    public var allForms: [String] { entries.flatMap { $0.english + $0.japanese } }

    /// Organizations whose English name has `word` as one of its words (steel → US Steel).
    public func organizations(namedWith word: String) -> [Int] {
        let entries = entries
        let byWord = organizationWords.value {
            var map: [String: [Int]] = [:]
            for (i, e) in entries.enumerated() where e.kind == .org {
                for name in e.english {
                    for w in Self.fold(name).split(whereSeparator: { $0 == " " || $0 == "-" }) where map[String(w)]?.last != i {
                        map[String(w), default: []].append(i)
                    }
                }
            }
            return map
        }
        return byWord[Self.fold(word)] ?? []
    }

    /// The entries whose forms occur in `text`, in order of first occurrence, without repeats.
    public func entriesMentioned(in text: String) -> [Int] {
        let bytes = Array(text.utf8)
        var out: [Int] = []
        var seen = Set<Int>()
        let textPatterns = self.textPatterns
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
