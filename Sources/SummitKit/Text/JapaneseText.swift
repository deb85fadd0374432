/// Whether text holds Japanese: kana, kanji, Japanese punctuation (、。「」) or full-width forms
/// (ＬＮＧ, ５). Decides how a typed question is read and which text a page marks `lang="ja"`.
public func containsJapanese(_ text: some StringProtocol) -> Bool {
    text.unicodeScalars.contains { s in
        (0x3000...0x30FF).contains(s.value) || (0x4E00...0x9FFF).contains(s.value) || (0xFF00...0xFFEF).contains(s.value)
    }
}
