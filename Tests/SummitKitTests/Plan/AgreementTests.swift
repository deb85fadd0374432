import Testing
@testable import SummitKit

/// What was agreed, not what a side hopes to agree: invented sentences.
@Suite struct AgreementTests {
    let reading: AgreementReading = {
        let t = ExtractionTables.bundled
        return AgreementReading(AgreementWords(words: t.agreementWords, hopes: t.agreementHopeWords, plans: t.agreementPlanWords,
                                               outsiders: t.agreementOutsiders))
    }()

    func states(_ s: String) -> Bool { let b = Array(s.utf8); return reading.states(b, within: 0..<b.count) }

    @Test func aStatedAgreementCounts() {
        #expect(states("両外相は漁業協定の延長で一致しました。"))
        #expect(states("両国は海洋協力の重要性を確認し、共同文書に署名しました。"))
        // A hope earlier in the sentence does not undo the agreement stated after it.
        #expect(states("投資を拡大したいとしたほか、技術協力で合意したと説明しました。"))
    }

    @Test func aHopeOrAPlanDoesNot() {
        #expect(!states("首相は関税の撤廃で合意したい考えです。"))
        #expect(!states("両政府は共同声明を発表する方向で調整を進めています。"))
        // 確認し、… takes its mood from the end of the sentence.
        #expect(!states("海洋の安全を確認し、経済協力の重要性も共有したいとしています。"))
        #expect(!states("来月の会合で改めて確認する見通しです。"))
    }

    @Test func aSentenceWithoutAnAgreementWordDoesNot() {
        #expect(!states("首相は記者団の質問に答えました。"))
    }

    /// A sentence is read where it lies in its record: the words and hopes of the sentences
    /// around it do not count, even when they touch its edges.
    @Test func onlyTheSentencesOwnBytesCount() {
        let first = "両国は協力で合意", second = "しました。", third = "追加の協議は来月の予定です。"
        let b = Array((first + second + third).utf8)
        let secondRange = first.utf8.count..<(first.utf8.count + second.utf8.count)
        #expect(!reading.states(b, within: secondRange))     // 合意 lies before it
        #expect(reading.states(b, within: 0..<secondRange.upperBound))
        let mid = Array(("予定" + "両首脳は確認しました。" + "予定").utf8)
        #expect(reading.states(mid, within: 6..<(mid.count - 6)))   // hopes outside it
        #expect(ByteSearch.firstIndex(of: Array("合意".utf8), in: b, within: 0..<(first.utf8.count - 3)) == nil)
    }

    /// A plan stated with ことにしています (or 予定, 方針 at the clause's end) is not an agreement,
    /// however far the plan word stands from the agreement word; an agreement closed as done is,
    /// whatever plan follows it in another clause.
    @Test func aPlanIsNotAnAgreement() {
        #expect(!states("両政府は、協議の成果を文書にまとめて来週にも公表することにしています。"))
        #expect(!states("両外相は来月、漁業協定の延長を改めて確認することになっていました。"))
        #expect(states("両外相は漁業協定の延長で合意したほか、来月改めて会合を開くことにしています。"))
        #expect(states("両首脳は協力の強化を確認しています。"))
        // 合意したい is a hope even when a plan word closes the clause too.
        #expect(!states("首相は年内の合意を目指す方針です。"))
        #expect(!states("首相は関税の扱いで早期に合意したいとしています。"))
    }

    /// Companies agreeing with each other are not the sides of the meeting: the subject (the nearest
    /// Xは, else Xが) names a company; the leaders agreeing about a company still count.
    @Test func aCompanysAgreementIsNotTheSides() {
        #expect(!states("東和自動車は北星電機と電池の共同開発で合意しました。"))
        #expect(!states("また、大洋製鉄が買収することで合意している鉄鋼メーカーについて、首相は言及しました。"))
        #expect(!states("部品大手の青葉社が米国の企業と提携することで合意したことも明らかになりました。"))
        #expect(states("両首脳は、東和自動車が米国に工場を建てることを歓迎することで一致しました。"))
        // A topic with では or には is not a subject: the sides' agreement still counts.
        #expect(states("経済分野では、両首脳が投資の拡大で合意しました。"))
        // Inside a quote, the subject is looked for in the quote only.
        #expect(states("東和自動車の件について首相は「協力の強化で合意した」と述べました。"))
    }
}
