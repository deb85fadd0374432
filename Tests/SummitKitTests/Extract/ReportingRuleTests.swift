import Testing
@testable import SummitKit

/// Reporting verbs beyond 述べる, titles of party and Diet posts, and honorifics: invented
/// sentences of the kinds Japanese news reports use.
@Suite struct ReportingRuleTests {
    @Test(arguments: ["とこたえられました", "と解説しました", "とコメントしています", "と伝えています", "と反発しました",
                      "と決意を示しました", "と非難しました", "としています"])
    func verbsBeyondNoberu(_ tail: String) {
        let s = extract("石破総理大臣は「前に進める」\(tail)。\n")
        #expect(s.quotes.map(\.text) == ["前に進める"])
        #expect(s.quotes.first?.speaker.id == "ishiba")
    }

    @Test func nadoBetweenQuoteAndTo() {
        let s = extract("石破総理大臣は「丁寧に説明する」などと述べました。\n")
        #expect(s.quotes.map(\.text) == ["丁寧に説明する"])
    }

    /// 「X」としてきた names a thing (has treated it as X); 「…」として、 reports words.
    @Test func toshiteKitaIsNaming() {
        let s = extract("政府はこの区域を「緩衝地帯」としてきました。石破総理大臣は「困難だ」として見送りました。\n")
        #expect(s.quotes.map(\.text) == ["困難だ"])
    }

    @Test func documentWordsAreWritten() {
        let s = extract("報告書は「対応を改める」と明記しています。\n")
        #expect(s.quotes.map(\.type) == [.written])
    }

    @Test(arguments: [("民政党の山川国会対策委員長は", "山川国会対策委員長"), ("未来党の谷口代表は", "谷口代表"),
                      ("緑風党の川辺委員長は", "川辺委員長"), ("民政党の森田政務調査会長は", "森田政務調査会長"),
                      ("ハリントン大統領補佐官は", "ハリントン大統領補佐官"), ("沢木文部科学大臣は", "沢木文部科学大臣")])
    func partyAndOfficeTitles(_ subject: String, _ speaker: String) {
        let s = extract(subject + "「協議を続ける」と述べました。\n")
        #expect(s.quotes.map(\.speaker.ja) == [speaker])
    }

    @Test(arguments: ["大学教授の久保田直樹氏は", "元外交官のマルコ・ベルティ氏は"])
    func namesWithAnHonorificSpeak(_ subject: String) {
        let s = extract(subject + "「評価できる」と述べました。\n")
        #expect(s.quotes.first?.speaker.ja == String(subject.split(separator: "の").last!.dropLast()))
    }

    /// 皆さん is "everyone", not Mr 皆; an honorific needs a name of two kanji or more.
    @Test func oneKanjiBeforeAnHonorificIsAWord() {
        let s = extract("石破総理大臣は「皆さんに感謝する」と述べました。皆さんは拍手しました。\n")
        #expect(s.entities.filter { $0.type == .person }.map(\.key) == ["ishiba"])
    }

    /// A member named with office and full name, then by surname and 議員, then by 氏: one person.
    @Test func laterShortMentionsAreTheSamePerson() {
        let s = extract("見出し\n\n初当選した森川春子参議院議員が質問した。森川議員は「改善を求める」と訴えた。"
                        + "その後、森川氏は「一歩前進だ」と述べた。\n")
        #expect(s.quotes.count == 2)
        #expect(Set(s.quotes.map(\.speaker.id)).count == 1)
        #expect(s.quotes[0].speaker.ja == "森川春子参議院議員")
    }
}

/// Organizations, sides, described people and documents speak as themselves; the subject is
/// found in each quote's own clause.
@Suite struct BodySpeakerTests {
    let lexicon = Lexicon(bytes: Array("""
    person\tishiba\tIshiba\t石破総理大臣|石破首相\tPrime Minister of Japan
    org\tjgov\tJapanese government\t日本政府\t-
    org\tmod\tDefense Ministry\t防衛省\t-
    org\tsteel\tSteel Co\t大和製鋼\t-
    org\tun\tUnited Nations\t国連\t-
    country\tnk\tNorth Korea\t北朝鮮\t-
    place\tmarsh\tMarsh Island\tマーシュ島\t-
    topic\ttalks\ttalks\t会談\t-
    """.utf8))

    func run(_ text: String) -> FactStore {
        Extractor(tables: .bundled, lexicon: lexicon).extract(Record(name: "t-2024-03-01.txt", bytes: Array(text.utf8)))
    }

    @Test func organizationInTheLexiconSpeaks() {
        let s = run("首相が視察を発表した件で、日本政府は「まだ何も決めていない」としています。\n")
        #expect(s.quotes.map(\.speaker.id) == ["jgov"])
        #expect(s.quotes.first?.speaker.kind == .organization)
    }

    @Test(arguments: [("北朝鮮側は", "北朝鮮側"), ("野党側は", "野党側"), ("北朝鮮の国土開発省は", "北朝鮮の国土開発省"), ("東洋国の国土開発省は", "国土開発省"),
                      ("マーシュ島のアメリカ海兵隊第２遠征軍は", "マーシュ島のアメリカ海兵隊第２遠征軍"),
                      ("首相に同行している通信社の記者は", "記者")])
    func sidesAndBodiesSpeak(_ subject: String, _ speaker: String) {
        let s = run(subject + "「受け入れられない」と反発しました。\n")
        #expect(s.quotes.map(\.speaker.ja) == [speaker])
    }

    @Test func aDocumentIsWrittenNotSaid() {
        let s = run("報告書は「手順が守られていなかった」と指摘しています。\n")
        #expect(s.quotes.map(\.type) == [.written])
        #expect(s.quotes.first?.speaker.kind == .document)
    }

    /// A body before が whose clause has its own verb is that verb's subject.
    @Test func bodyInsideARelativeClauseIsNotTheSpeaker() {
        let s = run("石破総理大臣は「歓迎する」と述べました。また、大和製鋼が建設している工場について「重要だ」と述べました。\n")
        #expect(s.quotes.map(\.speaker.id) == ["ishiba", "ishiba"])
    }

    @Test func severalSpeakersInOneSentence() {
        let s = run("野党側は、民政党の山川幹事長が「納得できない」と指摘し、未来党の谷口代表も「説明が足りない」と述べるなど反発しています。\n")
        #expect(s.quotes.map(\.speaker.ja) == ["山川幹事長", "谷口代表"])
    }

    @Test func subjectOpeningTheTopicPhraseSpeaks() {
        let s = run("一方、石破総理大臣が新たな協定について「年内に署名したい」と述べました。\n")
        #expect(s.quotes.map(\.speaker.id) == ["ishiba"])
        #expect(s.quotes.first?.topic == "新たな協定")
    }

    @Test func theOwnerOfASpeechSpeaks() {
        let s = run("見出し\n\n谷口代表は「撤回を」と求めました。石破総理大臣の先月の答弁は「関与していない」としたものでした。\n")
        #expect(s.quotes.map(\.speaker.ja) == ["谷口代表", "石破総理大臣"])
    }

    @Test func anOfficeOfABodyIsNotAPerson() {
        let s = run("国連事務次長と協議の中国側「協議を続ける」\n\n本文です。\n")
        #expect(s.quotes.map(\.speaker.ja) == ["中国側"])
        #expect(s.entities.filter { $0.type == .person }.isEmpty)
    }

    @Test func partyBeforeANameWithoutNoIsNotTheName() {
        let s = run("国連山川特使は「前進だ」と述べました。\n")
        #expect(s.quotes.map(\.speaker.ja) == ["山川特使"])
    }
}
