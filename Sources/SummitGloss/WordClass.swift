/// The coarse classes in which EDICT's part-of-speech markers and MeCab's tags can meet, so
/// that a word MeCab calls a verb finds the verb among several entries with one spelling
/// (ある the verb "to be" before ある "a certain").
struct WordClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt16
    init(rawValue: UInt16) { self.rawValue = rawValue }

    static let noun = WordClass(rawValue: 1 << 0)
    static let verb = WordClass(rawValue: 1 << 1)
    static let adjective = WordClass(rawValue: 1 << 2)
    static let adjectivalNoun = WordClass(rawValue: 1 << 3)
    static let adverb = WordClass(rawValue: 1 << 4)
    static let prenominal = WordClass(rawValue: 1 << 5)
    static let prefix = WordClass(rawValue: 1 << 6)
    static let suffix = WordClass(rawValue: 1 << 7)
    static let number = WordClass(rawValue: 1 << 8)
    static let function = WordClass(rawValue: 1 << 9)
    static let interjection = WordClass(rawValue: 1 << 10)
    static let conjunction = WordClass(rawValue: 1 << 11)
    static let expression = WordClass(rawValue: 1 << 12)

    /// The class an EDICT marker such as `n`, `v5s`, `adj-i` or `ctr` stands for; empty for
    /// markers that say something else (`P`, `uk`, `vt`, `arch`, a sense number).
    init(edictMarker marker: Substring) {
        switch marker {
        case "n", "n-adv", "n-t", "n-pr", "adj-no", "vs": self = .noun
        case "adj-i", "adj-ix", "adj-ku", "adj-shiku": self = .adjective
        case "adj-na", "adj-nari", "adj-t", "adj-f": self = .adjectivalNoun
        case "adv", "adv-to": self = .adverb
        case "adj-pn": self = .prenominal
        case "pref", "n-pref": self = .prefix
        case "suf", "n-suf", "ctr": self = .suffix
        case "num": self = .number
        case "prt", "aux", "aux-v", "aux-adj", "cop", "cop-da": self = .function
        case "int": self = .interjection
        case "conj": self = .conjunction
        case "exp": self = .expression
        case "vi", "vt": self = []
        default: self = marker.first == "v" && marker.count > 1 ? .verb : []
        }
    }

    /// The classes an EDICT entry may have for a word MeCab tagged this way.
    init(mecab morpheme: Morpheme) {
        let pos = morpheme.partOfSpeech
        switch pos[0] {
        case "名詞":
            switch pos[1] {
            case "数": self = .number
            case "接尾": self = [.suffix, .noun]
            case "形容動詞語幹": self = [.adjectivalNoun, .noun]
            case "副詞可能": self = [.noun, .adverb]
            default: self = .noun
            }
        case "動詞": self = .verb
        case "形容詞": self = .adjective
        case "副詞": self = .adverb
        case "連体詞": self = .prenominal
        case "接頭詞": self = .prefix
        case "感動詞": self = .interjection
        case "接続詞": self = .conjunction
        case "助詞", "助動詞": self = .function
        default: self = []
        }
    }
}
