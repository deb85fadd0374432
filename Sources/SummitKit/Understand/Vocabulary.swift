/// What the understander may ask of the record while reading a question: is this a speaker, a
/// unit, a lexicon phrase? Built once per loaded record set.
public struct Vocabulary: Sendable {
    let lexicon: Lexicon
    /// Folded English names, Japanese names and ids of everyone quoted in the loaded records.
    let speakerNames: Set<String>
    let unitWords: Set<String>
    /// Lexicon ids the loaded records mention almost everywhere (the two leaders, their
    /// countries): in a question they set the scene rather than narrow it.
    let common: Set<String>

    public init(lexicon: Lexicon, speakers: [Speaker], unitWords: some Sequence<String>, common: Set<String> = []) {
        self.lexicon = lexicon
        var names = Set<String>()
        for s in speakers where s.id != Speaker.unknown.id {
            names.insert(Lexicon.fold(s.en)); names.insert(s.ja); names.insert(Lexicon.fold(s.id))
        }
        speakerNames = names
        self.unitWords = Set(unitWords.map { $0.lowercased() })
        self.common = common
    }

    /// Lexicon entries for a phrase, trying its plainer forms (singular, unconjugated) when it is
    /// not listed itself.
    func entries(_ phrase: String) -> [LexiconEntry] {
        let found = lexicon.lookup(phrase)
        if !found.isEmpty { return found }
        for stem in EnglishStems.candidates(phrase) {
            let plain = lexicon.lookup(stem)
            if !plain.isEmpty { return plain }
        }
        return []
    }

    /// Whether a name means someone who can be quoted: a person or group of the lexicon, or a
    /// speaker of the loaded records.
    func isSpeaker(_ text: String) -> Bool {
        let t = text.trimmedOfSpaces()
        guard !t.isEmpty, t.count <= 60 else { return false }
        if entries(t).contains(where: \.isSpeakerKind) { return true }
        if speakerNames.contains(Lexicon.fold(t)) || speakerNames.contains(t) { return true }
        return false
    }

    func isUnit(_ word: String) -> Bool { unitWords.contains(word.lowercased()) }

    /// Kinds of lexicon entry that set a question's scene (who, where) rather than its topic.
    static let sceneKinds: Set<LexiconEntry.Kind> = [.country, .place, .person, .group]

    /// Whether a term only sets the scene: a word or phrase naming a person, group, country or
    /// place, or a phrase the lexicon lists for places named together (`Japan and the US`,
    /// `both countries`: an entry one of whose English names joins scene names with "and").
    /// A figure is about its topic (trade), not the countries it concerns.
    func setsScene(_ term: Term) -> Bool {
        let phrase: String
        switch term {
        case .word(let w), .quoted(let w): phrase = w
        default: return false
        }
        guard let entry = entries(phrase).first else { return false }
        if Self.sceneKinds.contains(entry.kind) { return true }
        return entry.english.contains { name in
            let parts = name.split(separator: " and ").map(String.init)
            return parts.count > 1 && parts.allSatisfy { part in
                let bare = part.lowercased().hasPrefix("the ") ? String(part.dropFirst(4)) : part
                return lexicon.lookup(bare).first.map { Self.sceneKinds.contains($0.kind) } ?? false
            }
        }
    }
}
