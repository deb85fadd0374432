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
    /// Indexes keyed by a 64-bit hash of the (folded) bytes: Swift hashes `String` keys through
    /// Unicode normalization, which made building these the largest cost of start-up.
    private let byId: HashIndex
    private let byEnglish: HashIndex
    private let byJapanese: HashIndex
    /// Japanese (and mixed) forms for scanning text; single characters are left out because
    /// they occur inside unrelated words (米 in 日米, 中 in 中止).
    let textPatterns: BytePatternSet
    /// Where a `textPatterns` form can start, for skipping the rest of a sentence cheaply.
    let textStarts: StartFilter
    /// Person and group forms reversed, to find the name that ends right before は or が.
    let speakerSuffixes: BytePatternSet
    /// Organization, country and place forms reversed: bodies that speak (日本政府は, 防衛省は) and
    /// the の-phrases that place a speaker (沖縄の…, ホワイトハウスの…).
    let bodySuffixes: BytePatternSet
    /// Every person's Japanese forms as bytes, in lexicon order: a surname with a title
    /// (習国家主席) is matched against them once per new name, which must not build Strings.
    let personForms: [(form: [UInt8], entry: Int)]
    /// For each `textPatterns` node that ends a form: the other forms lying wholly inside it
    /// (台湾 in 台湾海峡), worked out once here rather than at every match in the text.
    private let innerStart: [Int32]
    private let inner: [InnerForm]

    /// A form inside a longer one: its entry, and where it lies in the longer form's bytes.
    struct InnerForm: Sendable {
        let entry: Int
        let offset: Int
        let length: Int
    }

    /// General vocabulary and the bundled record's own entries: what the shell reads the bundled record with.
    public static let bundled = Lexicon(table: TableFile(compiled: CompiledTables.lexicon + CompiledTables.bundledRecordLexicon))
    /// General vocabulary only (Grammar/lexicon.tsv): what rules should be measured with on other reports.
    public static let general = Lexicon(table: TableFile(compiled: CompiledTables.lexicon))

    public init(bytes: [UInt8]) { self.init(table: TableFile(bytes: bytes)) }

    init(table: TableFile) {
        var entries: [LexiconEntry] = []
        var seen = Set<String>()
        for row in table.rows {
            guard let kind = LexiconEntry.Kind(rawValue: row[0]), let id = row.optional(1), !seen.contains(id) else { continue }
            let english = row.compiledAlternatives?[0] ?? Self.alternatives(row[2])
            let japanese = row.compiledAlternatives?[1] ?? Self.alternatives(row[3])
            guard !english.isEmpty || !japanese.isEmpty else { continue }
            seen.insert(id)
            entries.append(LexiconEntry(kind: kind, id: id, english: english, japanese: japanese, role: row.optional(4), asOf: row.optional(5)))
        }
        self.init(entries: entries)
    }

    /// FNV-1a over the UTF-8 bytes.
    static func hash(_ s: String) -> UInt64 { FNV1a.hash(s.utf8) }

    /// The hash of `fold(s)`, computed without building the folded string (it runs for every
    /// lexicon form at start-up).
    static func foldedHash(_ s: String) -> UInt64 {
        var s = s
        return s.withUTF8 { u in
            var h = FNV1a()
            var pendingSpace = false, started = false
            var i = 0
            while i < u.count {
                var b = u[i]
                if b == 0xE2, i + 2 < u.count, u[i + 1] == 0x80, u[i + 2] == 0x98 || u[i + 2] == 0x99 { b = 0x27; i += 2 }  // ’ ‘ → '
                i += 1
                if b == 0x20 || b == 0x09 { pendingSpace = started; continue }
                if pendingSpace { h.add(0x20); pendingSpace = false }
                if b >= 0x41 && b <= 0x5A { b += 32 }
                h.add(b)
                started = true
            }
            return h.value
        }
    }

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

    public init(entries: [LexiconEntry]) {
        self.entries = entries
        var byId = HashIndex.Builder(), byEnglish = HashIndex.Builder(), byJapanese = HashIndex.Builder()
        var patterns = BytePatternSet.Builder()
        var starts = StartFilter()
        var suffixes = BytePatternSet.Builder(), bodies = BytePatternSet.Builder()
        var personForms: [(form: [UInt8], entry: Int)] = []
        for (i, e) in entries.enumerated() {
            byId.add(Self.hash(e.id), i)
            for f in e.english { byEnglish.add(Self.foldedHash(f), i) }
            for f in e.japanese {
                byJapanese.add(Self.hash(f), i)
                byEnglish.add(Self.foldedHash(f), i)
                let bytes = Array(f.utf8)
                if Self.hasTwoCharacters(bytes) {
                    patterns.insert(bytes, value: i)
                    starts.insert(bytes)
                }
                if e.isSpeakerKind { suffixes.insert(bytes.reversed(), value: i) }
                if e.isBody { bodies.insert(bytes.reversed(), value: i) }
                if e.kind == .person { personForms.append((bytes, i)) }
            }
        }
        self.byId = byId.frozen()
        self.byEnglish = byEnglish.frozen()
        self.byJapanese = byJapanese.frozen()
        let frozen = patterns.frozen()
        self.textPatterns = frozen
        self.textStarts = starts
        self.speakerSuffixes = suffixes.frozen()
        self.bodySuffixes = bodies.frozen()
        self.personForms = personForms
        (innerStart, inner) = Self.innerForms(of: entries, in: frozen)
    }

    /// Every form's inner forms, laid out by the node its match ends on.
    private static func innerForms(of entries: [LexiconEntry], in patterns: BytePatternSet) -> ([Int32], [InnerForm]) {
        var done = [Bool](repeating: false, count: patterns.nodeCount)
        var found: [(node: Int, form: InnerForm)] = []
        for e in entries {
            for f in e.japanese {
                let bytes = Array(f.utf8)
                guard hasTwoCharacters(bytes), let outer = patterns.longestMatchNode(in: bytes, at: 0, limit: bytes.count), outer.end == bytes.count,
                      !done[outer.node] else { continue }
                done[outer.node] = true
                var j = 0
                while j < bytes.count {
                    patterns.forEachMatch(in: bytes, at: j, limit: bytes.count) { value, end in
                        if value != outer.value { found.append((outer.node, InnerForm(entry: value, offset: j, length: end - j))) }
                    }
                    j += UTF8Bytes.sequenceLength(bytes[j])
                }
            }
        }
        // Lay the forms out by node, keeping each node's in the order found.
        var start = [Int32](repeating: 0, count: patterns.nodeCount + 1)
        for f in found { start[f.node + 1] += 1 }
        for node in 0..<patterns.nodeCount { start[node + 1] += start[node] }
        var next = start
        var flat = [InnerForm](repeating: InnerForm(entry: 0, offset: 0, length: 0), count: found.count)
        for f in found {
            flat[Int(next[f.node])] = f.form
            next[f.node] += 1
        }
        return (start, flat)
    }

    /// Whether a form is more than one scalar: single characters stay out of `textPatterns`.
    private static func hasTwoCharacters(_ bytes: [UInt8]) -> Bool {
        guard let first = bytes.first else { return false }
        return bytes.count > UTF8Bytes.sequenceLength(first)
    }

    /// The forms inside the form whose match ended on `node` (see `innerStart`).
    func innerForms(endingOn node: Int) -> ArraySlice<InnerForm> {
        inner[Int(innerStart[node])..<Int(innerStart[node + 1])]
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
    public func index(id: String) -> Int? { byId.entries(Self.hash(id)).first { entries[$0].id == id } }

    /// Entries named by a word or phrase in English or Japanese (any form, any case).
    public func lookup(_ phrase: String) -> [LexiconEntry] {
        lookupIndices(phrase).map { entries[$0] }
    }

    public func lookupIndices(_ phrase: String) -> [Int] {
        let folded = Self.fold(phrase)
        return byEnglish.entries(Self.foldedHash(phrase)).filter { i in
            entries[i].english.contains { Self.fold($0) == folded } || entries[i].japanese.contains { Self.fold($0) == folded }
        }
    }

    /// Entries whose Japanese form is exactly `ja`.
    public func entries(japanese ja: String) -> [LexiconEntry] {
        indices(japanese: ja).map { entries[$0] }
    }

    /// The indices of the entries whose Japanese form is exactly `ja`, in lexicon order.
    func indices(japanese ja: String) -> [Int] {
        byJapanese.entries(Self.hash(ja)).filter { entries[$0].japanese.contains(ja) }
    }

    /// Every English form and Japanese form, for suggestions and completion.
    public var allForms: [String] { entries.flatMap { $0.english + $0.japanese } }

    /// Organizations whose English name has `word` as one of its words (steel → US Steel).
    public func organizations(namedWith word: String) -> [Int] {
        let w = Self.fold(word)
        return entries.indices.filter { i in
            entries[i].kind == .org && entries[i].english.contains { name in
                Self.fold(name).split(whereSeparator: { $0 == " " || $0 == "-" }).contains { $0 == w }
            }
        }
    }

    /// The person or group whose Japanese form ends exactly at `end` (longest form wins).
    func speakerEnding(in bytes: [UInt8], at end: Int, lower: Int) -> (entry: Int, start: Int)? {
        speakerSuffixes.longestSuffixMatch(in: bytes, endingAt: end, lower: lower).map { ($0.value, $0.start) }
    }

    /// The organization, country or place whose Japanese form ends exactly at `end` (longest wins).
    func bodyEnding(in bytes: [UInt8], at end: Int, lower: Int) -> (entry: Int, start: Int)? {
        bodySuffixes.longestSuffixMatch(in: bytes, endingAt: end, lower: lower).map { ($0.value, $0.start) }
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
