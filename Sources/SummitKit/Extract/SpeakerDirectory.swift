/// Turns the names the rules find into speakers with one id each: lexicon people and groups by
/// their lexicon id, others by the name before their title, so 岡野国家安全保障局長 and a later 岡野氏
/// are one person.
struct SpeakerDirectory {
    let lexicon: Lexicon
    /// Every person's Japanese forms as bytes (`LexiconPatterns.personForms`).
    let personForms: [(form: [UInt8], entry: Int)]
    /// 氏, さん …: the forms a titled person is met by later.
    let honorifics: [[UInt8]]
    private(set) var titled: [String: Speaker] = [:]
    /// The titled names as bytes with each honorific (岡野氏, 岡野さん), in the order they were
    /// met: the subject rule looks for them at every は and が.
    private var honorificForms: [(name: String, bytes: [UInt8], speaker: Speaker)] = []

    init(lexicon: Lexicon, personForms: [(form: [UInt8], entry: Int)], honorifics: [[UInt8]]) {
        self.lexicon = lexicon
        self.personForms = personForms
        self.honorifics = honorifics
    }

    func speaker(entry index: Int) -> Speaker {
        let e = lexicon.entries[index]
        let kind: Speaker.Kind = switch e.kind {
        case .person: .person
        case .group: .group
        default: .organization
        }
        return Speaker(id: e.id, ja: e.canonicalJapanese, en: e.displayName, role: e.role, kind: kind)
    }

    /// A person known only by name and title.
    mutating func speaker(titled name: NameRules.TitledName) -> Speaker {
        if let known = titled[name.name] { return known }
        let s = newSpeaker(titled: name)
        titled[name.name] = s
        let nameBytes = Array(name.name.utf8)
        for h in honorifics { honorificForms.append((name.name, nameBytes + h, s)) }
        return s
    }

    private func newSpeaker(titled name: NameRules.TitledName) -> Speaker {
        // A surname with the title (習国家主席) names someone known by full name (習近平国家主席).
        let n = Array(name.name.utf8), t = Array(name.title.utf8)
        if let f = personForms.first(where: { f in
            f.form.count > n.count + t.count && f.form.starts(with: n) && UTF8Bytes.endsWith(f.form, at: f.form.count, t)
        }) {
            return speaker(entry: f.entry)
        }
        // The first full name met wins when several share the surname; a full name met after
        // its surname (a headline's ブレナン首相 before the story's マイケル・ブレナン首相) joins it.
        if let known = honorificForms.first(where: { f in
            f.speaker.ja.hasSuffix(name.title) && (Self.isShortForm(name.name, of: f.name) || Self.isShortForm(f.name, of: name.name))
        }) {
            return known.speaker
        }
        let written = name.name + name.title
        return Speaker(id: Speaker.unlistedID(written), ja: written, en: Self.english(for: written, lexicon: lexicon),
                       role: name.role, kind: .person)
    }

    /// Whether `short` is how `full` is written for short: its leading characters (中野 of
    /// 中野一郎), or one part of a name written with ・ (キム of キム・ヘリン, ブレナン of マイケル・ブレナン).
    static func isShortForm(_ short: String, of full: String) -> Bool {
        guard full.count > short.count, !short.isEmpty else { return false }
        if full.hasPrefix(short) { return true }
        return full.split(separator: "・").contains { $0 == short }
    }

    /// A speaker named by a phrase (an asker such as アメリカのメディア).
    func speaker(phrase: String) -> Speaker {
        if let i = lexicon.indices(japanese: phrase).first(where: { lexicon.entries[$0].isSpeakerKind }) { return speaker(entry: i) }
        let en = Self.english(for: phrase, lexicon: lexicon)
        return Speaker(id: Speaker.unlistedID(phrase), ja: phrase, en: en, role: nil, kind: .group)
    }

    /// An organization, side or document that speaks (防衛省, 北朝鮮側, 報告書).
    func speaker(body: BodyRules.Body, bytes: [UInt8]) -> Speaker {
        if let e = body.entry, UTF8Bytes.equal(lexicon.entries[e].japanese.first ?? "", bytes, body.range) || body.range.count == 0 {
            return speaker(entry: e)
        }
        let phrase = UTF8Bytes.string(bytes, body.range)
        if let e = body.entry, lexicon.entries[e].japanese.contains(phrase) { return speaker(entry: e) }
        return Speaker(id: Speaker.unlistedID(phrase), ja: phrase, en: Self.english(for: phrase, lexicon: lexicon), role: nil, kind: body.kind)
    }

    /// A titled person seen before, written as name + 氏/さん (the longest such name that ends
    /// at `end`), and where the name starts.
    func knownTitled(endingAt end: Int, in bytes: [UInt8], lower: Int) -> (Speaker, Int)? {
        var best: (Speaker, Int)? = nil
        for f in honorificForms where UTF8Bytes.endsWith(bytes, at: end, f.bytes, lower: lower) {
            if best == nil || end - f.bytes.count < best!.1 { best = (f.speaker, end - f.bytes.count) }
        }
        return best
    }

    /// English for a Japanese phrase, piece by piece through the lexicon (アメリカのメディア →
    /// "United States media" when both pieces are known); the Japanese itself otherwise.
    static func english(for phrase: String, lexicon: Lexicon) -> String {
        if let e = lexicon.entries(japanese: phrase).first { return e.displayName }
        let parts = phrase.split(separator: "の", omittingEmptySubsequences: false).map(String.init)
        guard parts.count > 1 else { return phrase }
        var out: [String] = []
        for p in parts {
            guard let e = lexicon.entries(japanese: p).first else { return phrase }
            out.append(e.displayName)
        }
        return out.joined(separator: " ")
    }
}
