import Testing
@testable import SummitKit

/// What was agreed, not what a side hopes to agree: invented sentences.
@Suite struct AgreementTests {
    let words = ExtractionTables.bundled.agreementWords.map { Array($0.utf8) }
    let hopes = ExtractionTables.bundled.agreementHopeWords.map { Array($0.utf8) }

    func states(_ s: String) -> Bool { let b = Array(s.utf8); return Executor.statesAgreement(b, within: 0..<b.count, words, hopes: hopes) }

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
        #expect(!Executor.statesAgreement(b, within: secondRange, words, hopes: hopes))     // 合意 lies before it
        #expect(Executor.statesAgreement(b, within: 0..<secondRange.upperBound, words, hopes: hopes))
        let mid = Array(("予定" + "両首脳は確認しました。" + "予定").utf8)
        #expect(Executor.statesAgreement(mid, within: 6..<(mid.count - 6), words, hopes: hopes))   // hopes outside it
        #expect(ByteSearch.firstIndex(of: Array("合意".utf8), in: b, within: 0..<(first.utf8.count - 3)) == nil)
    }
}
