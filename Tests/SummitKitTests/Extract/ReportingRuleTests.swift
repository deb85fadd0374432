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
