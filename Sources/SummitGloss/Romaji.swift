/// Kana → Hepburn romaji, written the way English-language news writes Japanese names: no
/// macrons and no doubled vowels for long ones (佐藤 → Sato, 大野 → Ono, 東京 → Tokyo), `n`
/// for ン everywhere, `tch` for ッチ.
///
/// A long vowel is dropped only where the pronunciation says it is long: MeCab gives 佐藤 the
/// reading サトウ and the pronunciation サトー, but 井上 イノウエ and イノウエ, so the ウ of
/// Inoue stays. Without a pronunciation only ー is dropped.
enum Romaji {
    /// "Sato", "Inoue", "Keiko": a name part, capitalised.
    static func name(reading: String, pronunciation: String?) -> String {
        let text = romanize(reading: reading, pronunciation: pronunciation)
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// Lower-case romaji of a reading (katakana or hiragana).
    static func romanize(reading: String, pronunciation: String? = nil) -> String {
        let kana = Array(Kana.katakana(reading))
        var keep = [Bool](repeating: true, count: kana.count)
        if let pronunciation {
            let said = Array(Kana.katakana(pronunciation))
            if said.count == kana.count {
                for i in kana.indices.dropFirst() where said[i] == "ー" {
                    let before = vowel(of: kana[i - 1])
                    if (kana[i] == "ウ" && (before == "o" || before == "u")) || (kana[i] == "オ" && before == "o") { keep[i] = false }
                }
            }
        }
        return syllables(kana.indices.filter { keep[$0] && kana[$0] != "ー" }.map { kana[$0] })
    }

    /// Kana to romaji, joining a small kana with the one before it (キャ kya, ティ ti, シェ she).
    private static func syllables(_ kana: [Character]) -> String {
        var units: [String] = []
        for k in kana {
            if let vowel = smallVowel[k], let previous = units.last, !previous.isEmpty, previous != "*sokuon*" {
                units[units.count - 1] = join(previous, small: vowel, yoon: "ャュョ".contains(k))
            } else if k == "ッ" {
                units.append("*sokuon*")
            } else {
                units.append(single[k] ?? (smallVowel[k] ?? String(k)))
            }
        }
        var out = ""
        for (i, unit) in units.enumerated() {
            if unit == "*sokuon*" {
                // Double the next consonant: ッカ kka, ッチ tchi; at the end or before a vowel it is silent.
                guard i + 1 < units.count, let next = units[i + 1].first, !"aiueo*".contains(next) else { continue }
                out.append(units[i + 1].hasPrefix("ch") ? "t" : String(next))
            } else {
                out += unit
            }
        }
        return out
    }

    /// キ + ャ → kya; シ + ャ → sha; フ + ァ → fa; テ + ィ → ti; ウ + ェ → we; デ + ュ → dyu.
    private static func join(_ base: String, small: String, yoon: Bool) -> String {
        let consonant: String
        switch base {
        case "u": consonant = "w"
        case "i": consonant = "y"
        case "a", "e", "o": consonant = ""
        default: consonant = String(base.dropLast())
        }
        if yoon {
            let vowel = String(small.dropFirst()) // "ya" → "a"
            if ["shi", "chi", "ji"].contains(base) { return consonant + vowel }
            return consonant + "y" + vowel
        }
        return consonant + small
    }

    private static func vowel(of kana: Character) -> Character? {
        (single[kana] ?? smallVowel[kana])?.last
    }

    private static let smallVowel: [Character: String] = [
        "ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o", "ャ": "ya", "ュ": "yu", "ョ": "yo",
    ]

    private static let single: [Character: String] = {
        let rows: [(String, [String])] = [
            ("アイウエオ", ["a", "i", "u", "e", "o"]),
            ("カキクケコ", ["ka", "ki", "ku", "ke", "ko"]), ("ガギグゲゴ", ["ga", "gi", "gu", "ge", "go"]),
            ("サシスセソ", ["sa", "shi", "su", "se", "so"]), ("ザジズゼゾ", ["za", "ji", "zu", "ze", "zo"]),
            ("タチツテト", ["ta", "chi", "tsu", "te", "to"]), ("ダヂヅデド", ["da", "ji", "zu", "de", "do"]),
            ("ナニヌネノ", ["na", "ni", "nu", "ne", "no"]),
            ("ハヒフヘホ", ["ha", "hi", "fu", "he", "ho"]), ("バビブベボ", ["ba", "bi", "bu", "be", "bo"]),
            ("パピプペポ", ["pa", "pi", "pu", "pe", "po"]),
            ("マミムメモ", ["ma", "mi", "mu", "me", "mo"]),
            ("ヤユヨ", ["ya", "yu", "yo"]),
            ("ラリルレロ", ["ra", "ri", "ru", "re", "ro"]),
            ("ワヰヱヲンヴヮヵヶ", ["wa", "i", "e", "o", "n", "vu", "wa", "ka", "ke"]),
        ]
        var table: [Character: String] = [:]
        for (kana, romaji) in rows { for (k, r) in zip(kana, romaji) { table[k] = r } }
        return table
    }()
}
