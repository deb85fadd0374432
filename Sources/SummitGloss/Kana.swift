/// Hiragana and katakana as Unicode lays them out: the same syllables 0x60 code points apart,
/// so converting between them is arithmetic, not a table.
enum Kana {
    /// MeCab reads in katakana, EDICT in hiragana: readings are compared in hiragana.
    static func hiragana(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { s in
            (0x30A1...0x30F6).contains(s.value) ? Unicode.Scalar(s.value - 0x60)! : s
        }))
    }

    static func katakana(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { s in
            (0x3041...0x3096).contains(s.value) ? Unicode.Scalar(s.value + 0x60)! : s
        }))
    }

    /// True when every character is hiragana, katakana or the long-vowel mark ー.
    static func isKana(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { (0x3041...0x3096).contains($0.value) || (0x30A1...0x30FC).contains($0.value) }
    }

    static func isKatakana(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { (0x30A1...0x30FC).contains($0.value) }
    }
}
