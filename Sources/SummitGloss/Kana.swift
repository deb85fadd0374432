/// Hiragana and katakana as Unicode lays them out: the same syllables 0x60 code points apart,
/// so converting between them is arithmetic, not a table.
enum Kana {
    /// MeCab reads in katakana, EDICT in hiragana: readings are compared in hiragana.
    static func hiragana(_ text: String) -> String {
        String(decoding: hiragana(utf8: Array(text.utf8)), as: UTF8.self)
    }

    /// The same for UTF-8 bytes, without making a String: katakana is E3 82 A1…E3 83 B6 and its
    /// hiragana E3 81 81…E3 82 96, so each three-byte letter is rewritten in place.
    static func hiragana(utf8 bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        var i = 0
        while i + 2 < out.count {
            if out[i] == 0xE3, out[i + 1] == 0x82 || out[i + 1] == 0x83 {
                let scalar = 0x3000 | (UInt32(out[i + 1] & 0x3F) << 6) | UInt32(out[i + 2] & 0x3F)
                if (0x30A1...0x30F6).contains(scalar) {
                    let h = scalar - 0x60
                    out[i + 1] = 0x80 | UInt8((h >> 6) & 0x3F)
                    out[i + 2] = 0x80 | UInt8(h & 0x3F)
                }
                i += 3
            } else {
                i += 1
            }
        }
        return out
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
