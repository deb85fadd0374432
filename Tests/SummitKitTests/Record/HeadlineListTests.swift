import Testing
@testable import SummitKit

/// News pages carry other articles' headlines under 関連記事, or run on after a paragraph's last
/// 。: the segmenter sets them aside, so no sentence, quote or narration holds them. Invented pages.
@Suite struct HeadlineListTests {
    func record(_ text: String) -> Record { Record(name: "page-2025-03-04.txt", bytes: Array(text.utf8)) }
    func sentences(_ r: Record) -> [String] { r.sentences.map { r.text($0.range) } }

    @Test func headlinesRunOnAfterTheLastFullStopAreSetAside() {
        let r = record("見出し\n\n会談には外相らが同席しました。9日夜 首相 会見で成果強調へ首脳会談 経済めぐる注目点は\n")
        #expect(sentences(r) == ["見出し", "会談には外相らが同席しました。"])
        #expect(r.asides.map { r.text($0) } == ["9日夜 首相 会見で成果強調へ首脳会談 経済めぐる注目点は"])
        #expect(r.text(r.lineRangeWithoutAsides(3)) == "会談には外相らが同席しました。")
        // Nothing of the headlines is extracted: no time, no figure.
        let s = extract("見出し\n\n会談には外相らが同席しました。9日夜 首相 会見で成果強調へ首脳会談 経済めぐる注目点は\n")
        #expect(s.times.isEmpty)
    }

    @Test func aSentenceThatLostItsFullStopIsKept() {
        let r = record("首相は会見しました。その後、記者団の質問に答えました\n会談は成功だったと述べた 首相\n")
        #expect(sentences(r) == ["首相は会見しました。", "その後、記者団の質問に答えました", "会談は成功だったと述べた 首相"])
        #expect(r.asides.isEmpty)
        // Words set apart by spaces but ending as a sentence does: still the report's.
        let spaced = record("首相は会見しました。首相 会見で成果を強調しました\n")
        #expect(spaced.asides.isEmpty)
        #expect(sentences(spaced).count == 2)
    }

    @Test func aRelatedListIsSetAsideUpToTheNextHeading() {
        let text = """
        本文の最初の文です。

        関連記事
        首相 きょう帰国へ
        外相「連携を確認」と強調
        首脳会談の成果は。

        次の見出し

        首相は記者団に対し「成果があった」と述べました。
        """
        let r = record(text)
        #expect(r.sections.map(\.heading) == ["次の見出し"])
        #expect(sentences(r) == ["本文の最初の文です。", "次の見出し", "首相は記者団に対し「成果があった」と述べました。"])
        #expect(r.asides.map { r.text($0) } == ["関連記事", "首相 きょう帰国へ", "外相「連携を確認」と強調", "首脳会談の成果は。"])
        // The listed headline with と強調 is not taken for a quote; the report's own quote is.
        let s = extract(text)
        #expect(s.quotes.map(\.text) == ["成果があった"])
    }

    @Test func aRelatedListAtTheEndWithMarksAndBlankLines() {
        let text = "首相は帰国しました。\n\n【関連記事】\n\n首相 会見で成果強調\n\n外相 週内にも訪中へ\n"
        let r = record(text)
        #expect(sentences(r) == ["首相は帰国しました。"])
        #expect(r.sections.isEmpty)
        #expect(r.asides.count == 3)
    }

    /// A short line ending with 。 after a related list is a headline; a paragraph's text (long, or
    /// two sentences) ends the list and stays the report's.
    @Test func theListEndsAtTheReportsText() {
        let text = "関連ニュース\n首脳会談の成果は。\n両首脳は会談しました。両国の協力を確認しました。\n"
        let r = record(text)
        #expect(sentences(r) == ["両首脳は会談しました。", "両国の協力を確認しました。"])
        #expect(r.asides.map { r.text($0) } == ["関連ニュース", "首脳会談の成果は。"])
    }

    /// An enumeration inside a sentence (▽ items ending with 、) is the report's text, not a list of headlines.
    @Test func anEnumerationInASentenceIsKept() {
        let r = record("これに加えて\n▽閣僚協議の早期開催や、\n▽技術協力の促進なども確認したい考えです。\n")
        #expect(r.asides.isEmpty)
        #expect(sentences(r).count == 3)
    }

    /// The asides are part of the layout the frozen store keeps.
    @Test func asidesSurviveTheLayoutsRoundTrip() throws {
        let r = record("会談には外相らが同席しました。9日夜 首相 会見で成果強調へ\n\n関連記事\n首相 帰国へ\n")
        var w = ByteWriter()
        r.writeLayout(to: &w)
        var reader = ByteReader(w.bytes)
        let back = try Record(bytes: r.bytes, layoutFrom: &reader)
        #expect(back.asides == r.asides)
        #expect(back.asides.count == 3)
    }
}
