/// The lexicon's Japanese forms laid out for scanning text: what extraction needs and a lookup
/// does not. Built when an `Extractor` is made, so a start-up that answers from facts already
/// extracted builds none of it (these tries were four fifths of building the lexicon).
struct LexiconPatterns: Sendable {
    /// The lexicon's text trie (`Lexicon.textPatterns`): forms of two characters or more.
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

    init(_ lexicon: Lexicon) {
        let entries = lexicon.entries
        var starts = StartFilter()
        var suffixes = BytePatternSet.Builder(), bodies = BytePatternSet.Builder()
        var personForms: [(form: [UInt8], entry: Int)] = []
        for (i, e) in entries.enumerated() {
            for f in e.japanese {
                let bytes = Array(f.utf8)
                if Lexicon.isTextForm(bytes) { starts.insert(bytes) }
                if e.isSpeakerKind { suffixes.insert(bytes.reversed(), value: i) }
                if e.isBody { bodies.insert(bytes.reversed(), value: i) }
                if e.kind == .person { personForms.append((bytes, i)) }
            }
        }
        textPatterns = lexicon.textPatterns
        textStarts = starts
        speakerSuffixes = suffixes.frozen()
        bodySuffixes = bodies.frozen()
        self.personForms = personForms
        (innerStart, inner) = Self.innerForms(of: entries, in: textPatterns)
    }

    /// Every form's inner forms, laid out by the node its match ends on.
    private static func innerForms(of entries: [LexiconEntry], in patterns: BytePatternSet) -> ([Int32], [InnerForm]) {
        var done = [Bool](repeating: false, count: patterns.nodeCount)
        var found: [(node: Int, form: InnerForm)] = []
        for e in entries {
            for f in e.japanese {
                let bytes = Array(f.utf8)
                guard Lexicon.isTextForm(bytes), let outer = patterns.longestMatchNode(in: bytes, at: 0, limit: bytes.count), outer.end == bytes.count,
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

    /// The forms inside the form whose match ended on `node` (see `innerStart`).
    func innerForms(endingOn node: Int) -> ArraySlice<InnerForm> {
        inner[Int(innerStart[node])..<Int(innerStart[node + 1])]
    }

    /// The person or group whose Japanese form ends exactly at `end` (longest form wins).
    func speakerEnding(in bytes: [UInt8], at end: Int, lower: Int) -> (entry: Int, start: Int)? {
        speakerSuffixes.longestSuffixMatch(in: bytes, endingAt: end, lower: lower).map { ($0.value, $0.start) }
    }

    /// The organization, country or place whose Japanese form ends exactly at `end` (longest wins).
    func bodyEnding(in bytes: [UInt8], at end: Int, lower: Int) -> (entry: Int, start: Int)? {
        bodySuffixes.longestSuffixMatch(in: bytes, endingAt: end, lower: lower).map { ($0.value, $0.start) }
    }
}
