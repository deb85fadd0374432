import Testing
@testable import SummitGloss

/// From morphemes to gloss words, with MeCab's analysis written out by hand, so the rules are
/// tested on any machine.
@Suite struct GlossRulesTests {
    func m(_ surface: String, _ pos: String, _ base: String? = nil, _ reading: String? = nil, _ said: String? = nil) -> Morpheme {
        var tags = pos.split(separator: ",").map(String.init)
        while tags.count < 4 { tags.append("*") }
        return Morpheme(surface: surface, partOfSpeech: tags, baseForm: base ?? surface, reading: reading, pronunciation: said ?? reading)
    }

    func rules() throws -> GlossRules {
        let extra = """
        外相 [がいしょう] /(n) Foreign Minister/(P)/
        協力 [きょうりょく] /(n,vs) cooperation/collaboration/(P)/
        強化 [きょうか] /(n,vs) strengthening/intensifying/(P)/
        述べる [のべる] /(v1,vt) to state/to express/(P)/
        大野 [おおの] /(n) large field/
        日米 [にちべい] /(n,adj-no) Japan and the United States/Japanese-American/(P)/
        円 [えん] /(n) (1) yen (Japanese monetary unit)/(n) (2) circle/(P)/
        兆 [ちょう] /(num) (1) 10^12/trillion/(P)/
        """
        let bytes = try #require(EUCJP.encode(EdictIndexTests.sample + "\n" + extra))
        return GlossRules(dictionary: try #require(EdictIndex(eucJP: bytes)), functionWords: FunctionWords())
    }

    @Test func namesAreRomanisedNotLookedUp() throws {
        let words = try rules().words([
            m("大野", "名詞,固有名詞,人名,姓", nil, "オオノ", "オーノ"), m("恵子", "名詞,固有名詞,人名,名", nil, "ケイコ"),
            m("外相", "名詞,一般", nil, "ガイショウ"), m("は", "助詞,係助詞"),
            m("港町", "名詞,固有名詞,一般", nil, "ミナトマチ"), m("で", "助詞,格助詞,一般"),
        ])
        #expect(words == ["Ono Keiko", "Foreign Minister", "port town"], "大野 is in the sample as 'large field'")
    }

    /// する after its noun, the passive ending (a verb suffix in MeCab's tags) and quotative と go; ない stays.
    @Test func suruAfterItsNounParticlesAndNegation() throws {
        let words = try rules().words([
            m("協力", "名詞,サ変接続"), m("を", "助詞,格助詞,一般"), m("強化", "名詞,サ変接続"),
            m("し", "動詞,自立", "する", "シ"), m("られ", "動詞,接尾", "られる"), m("ない", "助動詞", "ない"), m("と", "助詞,格助詞,引用"),
            m("述べ", "動詞,自立", "述べる", "ノベ"), m("た", "助動詞", "た"), m("。", "記号,句点"),
            m("漁業", "名詞,一般"), m("から", "助詞,格助詞,一般"), m("。", "記号,句点"),
        ])
        #expect(words == ["cooperation", "strengthening", "not", "state", "/", "fishing industry", "from"])
    }

    @Test func nounRunsAreTriedAsOneWordAndNumbersStayTogether() throws {
        let words = try rules().words([
            m("日", "名詞,固有名詞,地域,国", nil, "ニチ"), m("米", "名詞,固有名詞,地域,国", nil, "ベイ"),
            m("３", "名詞,数"), m("兆", "名詞,数", nil, "チョウ"), m("円", "名詞,接尾,助数詞", nil, "エン"),
            m("米", "名詞,固有名詞,地域,国", nil, "ベイ"),
        ])
        #expect(words == ["Japan and the United States", "3 trillion", "yen", "America"])
    }

    @Test func unknownWordsAreShownNotDropped() throws {
        let words = try rules().words([
            m("ミナミ", "名詞,固有名詞,組織"), m("ホゲ", "名詞,一般"), m("謎", "名詞,一般"),
        ])
        #expect(words == ["Minami", "hoge", "謎"])
    }
}
