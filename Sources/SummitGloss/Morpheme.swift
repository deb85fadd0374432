/// One word as MeCab's IPA dictionary analyses it: `surface<TAB>pos,pos1,pos2,pos3,
/// conjugation type,conjugation form,base form,reading,pronunciation`. Unknown words carry only
/// the first seven fields and `*` for the base form.
struct Morpheme: Sendable, Equatable {
    let surface: String
    /// The part of speech and its three refinements, e.g. ["名詞", "固有名詞", "人名", "姓"].
    let partOfSpeech: [String]
    /// The dictionary form (示し → 示す), or the surface when MeCab does not know the word.
    let baseForm: String
    /// Katakana reading, nil for unknown words.
    let reading: String?
    /// Katakana pronunciation, with ー where a vowel is long (サトウ is pronounced サトー).
    let pronunciation: String?

    init(surface: String, partOfSpeech: [String], baseForm: String, reading: String? = nil, pronunciation: String? = nil) {
        self.surface = surface
        self.partOfSpeech = partOfSpeech
        self.baseForm = baseForm
        self.reading = reading
        self.pronunciation = pronunciation
    }

    /// nil for the EOS line and anything that is not `surface<TAB>features`.
    init?(mecabLine line: Substring) {
        guard let tab = line.firstIndex(of: "\t") else { return nil }
        let surface = String(line[..<tab])
        let features = line[line.index(after: tab)...].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard !surface.isEmpty, features.count >= 4 else { return nil }
        func field(_ i: Int) -> String? { i < features.count && features[i] != "*" && !features[i].isEmpty ? features[i] : nil }
        self.init(surface: surface, partOfSpeech: Array(features[0..<4]), baseForm: field(6) ?? surface,
                  reading: field(7), pronunciation: field(8))
    }

    /// "名詞,固有名詞,人名,姓": the form `Grammar/gloss.tsv` matches against.
    var partOfSpeechPath: String { partOfSpeech.joined(separator: ",") }

    func `is`(_ pos: String, _ detail: String? = nil) -> Bool {
        partOfSpeech[0] == pos && (detail == nil || partOfSpeech[1] == detail)
    }

    var isPersonName: Bool { partOfSpeech[0] == "名詞" && partOfSpeech[1] == "固有名詞" && partOfSpeech[2] == "人名" }
    var isProperNoun: Bool { partOfSpeech[0] == "名詞" && partOfSpeech[1] == "固有名詞" }
}
