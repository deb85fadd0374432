import Foundation
import Testing

/// "How much" asks for money or an amount of something, asked of the real binary on invented
/// reports: a length of time whose sentence shares the question's words never answers it, the
/// countries the trade is between only set the scene, and when the record gives no amount the
/// answer says so rather than show another figure.
@Suite struct HowMuchQuestionTests {
    /// The trade's money is in a sentence that names neither country pair phrase (日米); a length
    /// of time stands in a sentence with both 日米両国 and 貿易; a tonnage and an unrelated
    /// investment (about the pair, not trade) are there too.
    static let trade = """
    日米首脳会談 貿易で協力

    大統領は記者会見で「70年近くにわたって日米両国は貿易で深く結ばれてきた」と述べました。
    アメリカと日本の貿易額は年間およそ2000億ドルにのぼります。
    日米両国は港湾の整備に50億ドルを投じます。
    日本はアメリカから年間およそ600万トンの液化天然ガスを輸入しています。

    """

    /// Only a length of time about trade: no money, no amount.
    static let noMoney = """
    日加首脳会談 貿易で協力

    首相は記者会見で「日本とカナダは50年にわたって貿易を続けてきた」と述べました。
    両首脳は漁業での協力を確認しました。

    """

    func ask(_ report: String, _ question: String) throws -> [String: Any] {
        try EnglishAsk.json(question, report: ("trade-2025-05-01.txt", report))
    }

    func surfaces(_ d: [String: Any]) -> [String] {
        ((d["rows"] as? [[String: Any]]) ?? []).compactMap { $0["surface"] as? String }
    }

    @Test func theMoneyOfTheTopicAnswersNotALengthOfTimeThatSharesItsWords() throws {
        for question in ["how much does japan and the us trade", "how much trade is there between japan and the us",
                         "how much do the two countries trade", "what is the trade volume", "how much trade is there"] {
            let d = try ask(Self.trade, question)
            #expect(surfaces(d) == ["2000億ドル"], "\(question): \(d["understood_as"] ?? "") \(surfaces(d))")
            #expect(d["lead"] == nil, "\(question)")
        }
    }

    @Test func anAmountThatIsNotMoneyAnswersWhenThereIsNoMoney() throws {
        let d = try ask(Self.trade, "how much LNG does japan import")
        #expect(surfaces(d) == ["600万トン"], "\(d["understood_as"] ?? "") \(surfaces(d))")
    }

    @Test func noAmountIsSaidPlainlyAndNoOtherFigureStandsInForIt() throws {
        for question in ["how much does japan and canada trade", "how much trade is there between japan and canada"] {
            let d = try ask(Self.noMoney, question)
            #expect(surfaces(d).isEmpty, "\(question): \(surfaces(d))")
            let lead = d["lead"] as? String ?? ""
            #expect(lead.hasPrefix("The record gives no amount of money or quantity about trade"), "\(question): \(lead)")
            // What it does give is named, as something else, with the query that lists it.
            #expect(lead.contains("measures time") && lead.contains("'figures about trade'"), "\(question): \(lead)")
        }
        // Asked for, the length of time is still there.
        #expect(surfaces(try ask(Self.noMoney, "figures about trade")) == ["50年"])
    }

    @Test func theBundledRecordsTradeIsMoneyNotTheAllianceYears() throws {
        let d = try EnglishAsk.json("how much does japan and the us trade")
        let rows = (d["rows"] as? [[String: Any]]) ?? []
        #expect(!rows.isEmpty && rows.allSatisfy { $0["unit_kind"] as? String == "currency" }, "\(rows.map { $0["id"] ?? "" })")
        #expect(rows.contains { $0["line"] as? Int == 148 })
    }
}
