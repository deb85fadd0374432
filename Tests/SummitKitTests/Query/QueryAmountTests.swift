import Testing
@testable import SummitKit

@Suite struct QueryAmountTests {
    func over(_ text: String) -> Amount? {
        if case .figures(_, _, _, .over(let a))? = query("figures over " + text) { return a }
        return nil
    }

    @Test(arguments: [
        ("500 billion dollars", 5e11, "USD"),
        ("$500B", 5e11, "USD"),
        ("$500b", 5e11, "USD"),
        ("$1.5 trillion", 1.5e12, "USD"),
        ("1 trillion yen", 1e12, "JPY"),
        ("¥150bn", 1.5e11, "JPY"),
        ("￥150BN", 1.5e11, "JPY"),
        ("100bn yen", 1e11, "JPY"),
        ("1,000,000 dollars", 1e6, "USD"),
        ("US$2m", 2e6, "USD"),
        ("€2bn", 2e9, "EUR"),
        ("5 euros", 5, "EUR"),
        ("3 Million USD", 3e6, "USD"),
        ("7k jpy", 7e3, "JPY"),
        ("2 tn", 2e12, nil),
        ("3 million", 3e6, nil),
        ("500", 500, nil),
        ("12.25", 12.25, nil),
        ("100 円", 100, "JPY"),
    ] as [(String, Double, String?)])
    func englishAmountsAreRead(text: String, value: Double, unit: String?) {
        #expect(over(text) == Amount(value: value, unit: unit, surface: text))
    }

    /// The parser reads no table: value and currency of a Japanese amount are the planner's to
    /// read with the extractor's unit table (see PlanAndExecuteTests).
    @Test(arguments: ["5000億ドル", "1兆円", "１兆円", "三千億円", "１５０億"])
    func japaneseAmountsAreKeptForLater(text: String) {
        #expect(over(text) == Amount(value: nil, unit: nil, surface: text))
    }

    @Test func underAndBetween() {
        #expect(query("figures under ¥150bn")
                == .figures(unit: nil, about: nil, speaker: nil, amount: .under(Amount(value: 1.5e11, unit: "JPY", surface: "¥150bn"))))
        #expect(query("figures between 100bn yen and 1 trillion yen")
                == .figures(unit: nil, about: nil, speaker: nil, amount: .between(
                    Amount(value: 1e11, unit: "JPY", surface: "100bn yen"),
                    Amount(value: 1e12, unit: "JPY", surface: "1 trillion yen"))))
        #expect(query("figures between 1 and 5 in people")
                == .figures(unit: "people", about: nil, speaker: nil, amount: .between(
                    Amount(value: 1, unit: nil, surface: "1"), Amount(value: 5, unit: nil, surface: "5"))))
    }

    @Test func amountTextRejectsNonNumbers() {
        #expect(AmountText.parseEnglish("lots") == nil)
        #expect(AmountText.parseEnglish("$") == nil)
        #expect(AmountText.parseEnglish("5x") == nil)
        #expect(AmountText.parseEnglish("1.2.3") == nil)
        #expect(AmountText.isJapanese("関税") == false)
        #expect(AmountText.isJapanese("500") == false)
    }
}
