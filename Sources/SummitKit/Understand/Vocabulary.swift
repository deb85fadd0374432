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
}
