import Testing
@testable import SummitGloss

/// Names as English-language news writes them: long vowels dropped only where MeCab's
/// pronunciation says they are long.
@Suite struct RomajiTests {
    @Test func longVowelsDropWhereThePronunciationIsLong() {
        #expect(Romaji.name(reading: "サトウ", pronunciation: "サトー") == "Sato")
        #expect(Romaji.name(reading: "オオノ", pronunciation: "オーノ") == "Ono")
        #expect(Romaji.name(reading: "ユウコ", pronunciation: "ユーコ") == "Yuko")
        #expect(Romaji.name(reading: "ショウヘイ", pronunciation: "ショーヘイ") == "Shohei")
        #expect(Romaji.romanize(reading: "トウキョウ", pronunciation: "トーキョー") == "tokyo")
    }

    @Test func vowelsThatAreNotLongStay() {
        // イノウエ is pronounced イノウエ: the ウ is its own syllable.
        #expect(Romaji.name(reading: "イノウエ", pronunciation: "イノウエ") == "Inoue")
        // ケイ keeps its i (Keiko, not Keko), even where the pronunciation lengthens it.
        #expect(Romaji.name(reading: "ケイコ", pronunciation: "ケーコ") == "Keiko")
        // Without a pronunciation, nothing but ー is dropped.
        #expect(Romaji.romanize(reading: "サトウ") == "satou")
        #expect(Romaji.romanize(reading: "サトウ", pronunciation: "サトーー") == "satou", "lengths differ: no alignment")
    }

    @Test func hepburnSpellings() {
        #expect(Romaji.romanize(reading: "シチズンシップ") == "shichizunshippu")
        #expect(Romaji.romanize(reading: "マッチャ") == "matcha")
        #expect(Romaji.romanize(reading: "キョウト") == "kyouto")
        #expect(Romaji.romanize(reading: "ジュンイチ") == "junichi")
        #expect(Romaji.romanize(reading: "ツヅキ") == "tsuzuki")
        #expect(Romaji.romanize(reading: "フジ") == "fuji")
        #expect(Romaji.romanize(reading: "ファイル") == "fairu")
        #expect(Romaji.romanize(reading: "ティーム") == "timu")
        #expect(Romaji.romanize(reading: "ウェブ") == "webu")
        #expect(Romaji.romanize(reading: "デュエット") == "dyuetto")
        #expect(Romaji.romanize(reading: "ヴァイオリン") == "vaiorin")
        #expect(Romaji.romanize(reading: "チェック") == "chekku")
        #expect(Romaji.romanize(reading: "あっ") == "a", "a final small tsu is silent")
        #expect(Romaji.romanize(reading: "ひらがな") == "hiragana", "hiragana readings work too")
    }
}
