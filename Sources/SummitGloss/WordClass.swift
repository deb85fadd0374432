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
    init(edictMarker marker: some Collection<UInt8>) {
        if let known = Self.markers[Self.packed(marker)] {
            self = known
        } else {
            // v1, v5k-s, vs-i, vz…: every other marker starting with v is a verb conjugation.
            self = marker.first == 0x76 && marker.count > 1 ? .verb : []
        }
    }

    /// EDICT's word-class markers. Looked up by their bytes packed into one integer, because
    /// every line of the dictionary has one or more and all are classified on the first gloss.
    private static let markers: [UInt64: WordClass] = {
        let table: [(WordClass, [String])] = [
            (.noun, ["n", "n-adv", "n-t", "n-pr", "adj-no", "vs"]),
            (.adjective, ["adj-i", "adj-ix", "adj-ku", "adj-shiku"]),
            (.adjectivalNoun, ["adj-na", "adj-nari", "adj-t", "adj-f"]),
            (.adverb, ["adv", "adv-to"]),
            (.prenominal, ["adj-pn"]),
            (.prefix, ["pref", "n-pref"]),
            (.suffix, ["suf", "n-suf", "ctr"]),
            (.number, ["num"]),
            (.function, ["prt", "aux", "aux-v", "aux-adj", "cop", "cop-da"]),
            (.interjection, ["int"]),
            (.conjunction, ["conj"]),
            (.expression, ["exp"]),
            ([], ["vi", "vt"]),
        ]
        var out: [UInt64: WordClass] = [:]
        for (wordClass, names) in table { for name in names { out[packed(Array(name.utf8))] = wordClass } }
        return out
    }()

    /// Up to the first eight bytes and the length, in one integer (no marker is longer than 9).
    private static func packed(_ bytes: some Collection<UInt8>) -> UInt64 {
        var value = UInt64(min(bytes.count, 255))
        for (i, b) in bytes.prefix(7).enumerated() { value |= UInt64(b) << (8 * (i + 1)) }
        return value
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
