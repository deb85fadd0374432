import Testing
@testable import SummitKit

@Suite struct QuoteRuleTests {
    @Test func reportingVerbMakesAQuote() {
        let s = extract("見出し\n\n石破総理大臣は「協力していく」と述べました。\n")
        #expect(s.quotes.count == 1)
        #expect(s.quotes[0].text == "協力していく")
        #expect(s.quotes[0].speaker.id == "ishiba")
        #expect(s.quotes[0].type == .statement)
        #expect(s.quotes[0].line == 3)
    }

    @Test func bracketsWithoutReportingVerbAreNames() {
        let s = extract("両首脳は「ワーキングランチ」に臨み、「2プラス2」の開催や「USスチール」について話した。\n")
        #expect(s.quotes.isEmpty)
    }

    @Test func adverbBetweenToAndVerbIsAllowed() {
        let s = extract("トランプ大統領は「いい答えだ」とにこやかに述べて締めくくりました。\n")
        #expect(s.quotes.map(\.text) == ["いい答えだ"])
    }

    @Test func toshiteOnlyRightAfterTo() {
        let s = extract("アメリカ政府高官は「関心を寄せている」としてほかの議題も示した。\nまた「関心がある」とはっきりしていた。\n")
        #expect(s.quotes.map(\.text) == ["関心を寄せている"])
    }

    @Test func nestedDoubleBracketsStayInsideTheQuote() {
        let s = extract("石破首相は「私から『投資を増やしたい』と伝えた」と明らかにしました。\n")
        #expect(s.quotes.count == 1)
        #expect(s.quotes[0].text == "私から『投資を増やしたい』と伝えた")
    }

    @Test func subjectNotNearestName() {
        let s = extract("石破総理大臣は会見でトランプ大統領の印象について「誠実な方だ」と述べました。\n")
        #expect(s.quotes[0].speaker.id == "ishiba")
        #expect(s.quotes[0].topic == "トランプ大統領の印象")
    }

    @Test func nameBeforeToIsAnObjectNotASpeaker() {
        let s = extract("石破総理大臣はトランプ大統領と会談し、冒頭「光栄だ」と述べました。\n")
        #expect(s.quotes[0].speaker.id == "ishiba")
    }

    @Test func gaInsideTopicPhraseIsNotTheSpeaker() {
        let s = extract("見出し\n\n石破総理大臣は「感銘を受けた」と述べました。\nその上で、トランプ大統領が銃撃された際の写真に触れ「印象的だった」と述べました。\n")
        #expect(s.quotes.count == 2)
        #expect(s.quotes[1].speaker.id == "ishiba")
        #expect(s.quotes[1].speakerRule == "speaker:carry-over")
    }

    @Test func carryOverStopsAtSectionBoundary() {
        let s = extract("一つ目\n\nトランプ大統領は「よい」と述べました。\n\n二つ目\n\nその上で「続ける」と述べました。\n")
        #expect(s.quotes.count == 2)
        #expect(s.quotes[1].speaker.id == "unknown")
    }

    @Test func aliasesFoldToOneSpeaker() {
        let s = extract("石破首相は「一」と述べた。石破氏は「二」と述べた。石破総理大臣は「三」と述べた。\n")
        #expect(Set(s.quotes.map(\.speaker.id)) == ["ishiba"])
        #expect(s.quotesBySpeaker["ishiba"]?.count == 3)
    }

    @Test func aidesAreNotTheirPrincipal() {
        let s = extract("石破総理大臣の周辺は取材に対し「成果だ」と述べました。\n")
        #expect(s.quotes[0].speaker.id == "ishiba-aides")
    }

    @Test func unknownPersonFoundByTitle() {
        let s = extract("ゼレンスキー大統領は「支援に感謝する」と述べました。\n")
        #expect(s.quotes[0].speaker.ja == "ゼレンスキー大統領")
        #expect(s.quotes[0].speaker.role == "President")
    }

    @Test func oneCharacterCountryBeforeTitleIsNotAName() {
        let s = extract("英首相は「歓迎する」と述べました。\n")
        #expect(s.quotes[0].speaker.id == "unknown")
    }

    @Test func questionHasTheAskerAsSpeaker() {
        let s = extract("石破総理大臣は、アメリカのメディアから「報復するのか」と質問されたのに対し「お答えできない」とかわしました。\n")
        #expect(s.quotes.count == 2)
        #expect(s.quotes[0].type == .question)
        #expect(s.quotes[0].speaker.ja == "アメリカのメディア")
        #expect(s.quotes[0].speaker.en == "United States media")
        #expect(s.quotes[1].speaker.id == "ishiba")
    }

    @Test func secondSubjectInSentenceWins() {
        let s = extract("石破総理大臣は「お答えできない」とかわし、トランプ大統領が直ちに「いい答えだ」と述べた。\n")
        #expect(s.quotes.map(\.speaker.id) == ["ishiba", "trump"])
    }

    @Test func headlineSpeakerIsTheFirstName() {
        let s = extract("本文です。\n\n石破首相 トランプ大統領「誠実な方」\n\n石破総理大臣は「誠実な方だ」と述べました。\n")
        let h = s.quotes.first { $0.type == .headline }
        #expect(h?.speaker.id == "ishiba")
        #expect(h?.topic == "トランプ大統領")
        #expect(h?.text == "誠実な方")
    }

    @Test(arguments: [
        ("石破首相 関税について「守る」", "関税"),
        ("石破首相\u{3000}訪米へ\u{3000}「成果を」", "訪米"),
        ("石破首相 \t「一言」", nil),
        ("石破首相 会見で「一言」", "会見"),
        ("石破首相 に「一言」", nil),
        ("石破首相 「について」と「二言」", nil),
    ] as [(String, String?)])
    func headlineTopicLosesSpacesAndItsClosingParticle(_ heading: String, _ topic: String?) {
        let s = extract("本文です。\n\n\(heading)\n\n石破総理大臣は会談した。\n")
        let h = s.quotes.first { $0.type == .headline }
        #expect(h?.speaker.id == "ishiba")
        #expect(h?.topic == topic)
    }

    @Test func topicDropsCornerBracketsButKeepsTheirText() {
        let s = extract("トランプ大統領は「USスチール」の買収について「反対だ」と述べた。\n")
        #expect(s.quotes.map(\.topic) == ["USスチールの買収"])
    }

    @Test func headlineWithoutSpeakerIsNotAQuote() {
        let s = extract("本文です。\n\n「ワーキングランチ」始まる\n\n両首脳は昼食をとった。\n")
        #expect(s.quotes.isEmpty)
    }

    @Test func repeatedQuoteIsOneFactWithOccurrences() {
        let s = extract("トランプ大統領は「北朝鮮について議論する」と述べました。\n\n別の節\n\nトランプ氏は「北朝鮮について議論する」と述べました。\n")
        #expect(s.quotes.count == 1)
        #expect(s.quotes[0].occurrences.map(\.provenance.line) == [1, 5])
    }

    @Test func topicMarkersAndOpeners() {
        let s = extract("トランプ大統領は「よい」と述べた。また、自動車への関税については「検討している」と述べた。中国を念頭に「反対する」と述べた。\n")
        #expect(s.quotes.map(\.topic) == [nil, "自動車への関税", "中国"])
    }

    @Test func quoteInsideQuoteNamesDoNotSpeak() {
        let s = extract("見出し\n\nアメリカ政府高官は「協力する」と述べました。\nまた「トランプ大統領は関心を寄せている」と述べました。\n")
        #expect(s.quotes[1].speaker.id == "us-official")
    }
}

@Suite struct ShortNameTests {
    @Test func surnameWithTitleIsTheKnownFullName() {
        let lex = Lexicon(bytes: Array("person\txi\tXi Jinping\t習近平国家主席\tPresident of China\n".utf8))
        let s = Extractor(tables: .bundled, lexicon: lex).extract(Record(name: "t.txt", bytes: Array(
            "習近平国家主席は「協力する」と述べた。\n\n習国家主席「改善を」\n\n習国家主席は「進める」と説明した。\n".utf8)))
        #expect(Set(s.quotes.map(\.speaker.id)) == ["xi"])
        #expect(s.entities.filter { $0.type == .person }.map(\.key) == ["xi"])
    }

    @Test func unknownFullNameThenSurnameAndHonorific() {
        let s = extract("ゼレンスキー大統領は「感謝する」と述べた。その後、ゼレンスキー氏は「支援を続けてほしい」と訴えた。\n")
        #expect(s.quotes.count == 2)
        #expect(s.quotes[0].speaker.id == s.quotes[1].speaker.id)
    }

    /// 中野氏 also ends in 野氏: the longer name that ends there is the one meant, whatever the
    /// order the names were met in.
    @Test(arguments: ["野局長が来た。中野局長も来た。", "中野局長が来た。野局長も来た。"])
    func honorificTakesTheLongestKnownName(_ intro: String) {
        let s = extract(intro + "中野氏は「よい」と述べた。\n")
        #expect(s.quotes.map(\.speaker.id) == ["ja:中野局長"])
    }

    @Test func otherWritingInParenthesesIsSkipped() {
        let s = extract("韓国側からキム・ヘリン(金恵琳)外相が同席した。キム外相は「円滑だ」と述べた。\n")
        #expect(s.quotes.map(\.speaker.id) == ["ja:キム・ヘリン外相"])
        #expect(s.entities.filter { $0.type == .person }.map(\.ja) == ["キム・ヘリン外相"])
    }

    @Test func longKatakanaNamesAreWhole() {
        let s = extract("アントニオ・レイエス大統領は「歓迎する」と述べた。\n")
        #expect(s.quotes.map(\.speaker.ja) == ["アントニオ・レイエス大統領"])
    }

    /// A headline names the surname first; the story then gives the full name.
    @Test func surnameMetBeforeTheFullNameIsTheSamePerson() {
        let s = extract("ブレナン首相「歓迎」\n\nマイケル・ブレナン首相は「歓迎する」と述べた。ブレナン氏は「感謝する」と話した。\n")
        #expect(Set(s.quotes.map(\.speaker.id)).count == 1)
    }

    /// 外務大臣 is also a topic word in the bundled lexicon; the name before it still counts,
    /// and 大臣 inside a longer title names no one.
    @Test(arguments: ["日本側から日野原外務大臣が同席した。\n", "同行している三好経済産業大臣が同席した。\n"])
    func titlesThatAreAlsoTopicsStillName(_ text: String) {
        let lex = Lexicon(bytes: Array("topic\tforeign-minister\tforeign minister\t外務大臣|外相\t-\ntopic\teconomy\teconomy\t経済\t-\n".utf8))
        let s = Extractor(tables: .bundled, lexicon: lex).extract(Record(name: "t-2025-05-12.txt", bytes: Array(text.utf8)))
        #expect(s.entities.filter { $0.type == .person }.count == 1)
        #expect(s.entities.filter { $0.type == .person }.allSatisfy { $0.ja.hasPrefix("日野原") || $0.ja.hasPrefix("三好") })
    }

    @Test(arguments: [("中野", "中野一郎", true), ("キム", "キム・ヘリン", true), ("ブレナン", "マイケル・ブレナン", true),
                      ("ケル", "マイケル・ブレナン", false), ("中野", "中野", false), ("", "中野", false), ("野", "中野", false)])
    func shortForms(_ short: String, _ full: String, _ expected: Bool) {
        #expect(SpeakerDirectory.isShortForm(short, of: full) == expected)
    }

    @Test func surnameAloneTakesTheFirstFullNameMet() {
        let s = extract("中野一郎局長が来た。中野太郎局長も来た。中野局長は「よい」と述べた。\n")
        #expect(s.quotes.map(\.speaker.id) == ["ja:中野一郎局長"])
    }
}
