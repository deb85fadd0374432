import Testing
@testable import SummitKit

@Suite struct FigureRuleTests {
    func figures(_ text: String) -> [FigureFact] { extract(text).figures }

    @Test func scalesAndWidths() {
        let f = figures("投資は1兆ドル、赤字は1000億ドル、別に８０００億ドル、さらに三千億円と1兆5000億円だ。\n")
        #expect(f.map(\.value) == [1e12, 1e11, 8e11, 3e11, 1.5e12])
        #expect(f.map(\.unit) == ["USD", "USD", "USD", "JPY", "JPY"])
    }

    @Test func commasAndDecimals() {
        let f = figures("計2,500人と1.5兆円。\n")
        #expect(f.map(\.value) == [2500, 1.5e12])
        #expect(f.map(\.unit) == ["people", "JPY"])
    }

    @Test func qualifiers() {
        let f = figures("およそ10億ドル、3000億ドル以上、8000億ドル近く、1000億ドルを超え、50人未満、約3人、20人以下、5人程度。\n")
        #expect(f.map(\.qualifier) == [.about, .atLeast, .nearly, .over, .under, .about, .atMost, .about])
    }

    @Test func whatTheFigureMeasures() {
        let f = figures("対米投資額を1兆ドルに引き上げる。日本との貿易赤字は1000億ドルを超えている。日本は8000億ドル近くの投資を行った。\n")
        #expect(f.map(\.about) == ["対米投資額", "貿易赤字", "投資"])
    }

    @Test func ordinalsKeptApart() {
        let s = extract("1期目の政権で第5条を確認し、2人目の首脳となった。\n")
        #expect(s.figures.isEmpty)
        #expect(s.ordinals.map(\.surface) == ["1期目", "第5条", "2人目"])
    }

    @Test func kanjiWordsAreNotNumbers() {
        #expect(figures("一方で十分に一致した。二国間の関係も一層深まった。\n").isEmpty)
    }

    @Test func urlsAndIdentifiersAreNotFigures() {
        #expect(figures("https://example.jp/news/20250207/k10014716491_2025.html【動画】\n").isEmpty)
        #expect(figures("G7とF35の話。\n").isEmpty)
    }

    @Test func bareNumbersNeedAUnit() {
        #expect(figures("「2プラス2」を開く。\n").isEmpty)
    }

    @Test func statedExchangeRate() {
        let s = extract("およそ10億ドル、日本円にしておよそ1500億円の装備品の売却を承認した。\n")
        #expect(s.rates.count == 1)
        #expect(s.rates[0].from == "USD" && s.rates[0].to == "JPY" && s.rates[0].rate == 150)
        #expect(s.figures.map(\.about) == ["装備品の売却", "装備品の売却"])
    }

    @Test func figureInsideQuoteHasItsSpeaker() {
        let s = extract("トランプ大統領は「赤字は1000億ドルだ」と述べ、1兆円の話もした。\n")
        #expect(s.figures[0].speaker?.id == "trump")
        #expect(s.figures[1].speaker == nil)
    }

    @Test func durationsAndCounts() {
        let f = figures("会談をおよそ30分間行い、80年近く続き、3か国で協力し、この5年間で25秒の動画。\n")
        #expect(f.map(\.unit) == ["minutes", "years", "countries", "years", "seconds"])
    }

    @Test func japaneseAmountsForQueries() {
        #expect(JapaneseNumber.parseAmount("5000億ドル")?.value == 5e11)
        #expect(JapaneseNumber.parseAmount("5000億ドル")?.unit == "USD")
        #expect(JapaneseNumber.parseAmount("三千億円")?.value == 3e11)
        #expect(JapaneseNumber.parseAmount("1兆")?.unit == nil)
        #expect(JapaneseNumber.parseAmount("ドル") == nil)
        #expect(JapaneseNumber.parseAmount("5000億ドルです") == nil)
    }

    /// What a duration measures keeps the modifier the lexicon names with it (少人数の会談 is a
    /// small-group meeting, not the talks as a whole); a modifier the lexicon does not join stays out.
    @Test func aboutKeepsAModifierTheLexiconNamesWithTheNoun() {
        // The general lexicon lists 少人数の会談 and 少人数での会談 (a small-group meeting).
        let extractor = Extractor(tables: .bundled, lexicon: .general)
        func about(_ text: String) -> String? {
            extractor.extract(Record(name: "t-2025-02-07.txt", bytes: Array(text.utf8))).figures.first?.about
        }
        #expect(about("両首脳は少人数の会談をおよそ30分間行いました。\n") == "少人数の会談")
        #expect(about("両首脳は少人数での会談を1時間行いました。\n") == "少人数での会談")
        #expect(about("両首脳は長時間の会談を2時間行いました。\n") == "会談")
    }
}

