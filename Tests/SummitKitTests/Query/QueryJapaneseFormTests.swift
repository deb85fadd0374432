import Testing
@testable import SummitKit

@Suite struct QueryJapaneseFormTests {
    @Test func whoSaid() {
        #expect(query("誰が 関税 と言った") == .whoSaid(.word("関税")))
        #expect(query("誰が関税と言った") == .whoSaid(.word("関税")))
        #expect(query("誰がLNGと言った") == .whoSaid(.word("LNG")))
        #expect(query("誰が 関税 と述べた") == .whoSaid(.word("関税")))
        #expect(query("誰が 関税 or LNG と言った？") == .whoSaid(.or(.word("関税"), .word("LNG"))))
    }

    @Test func quotesAbout() {
        #expect(query("関税についての発言") == .quotes(speaker: nil, about: .word("関税")))
        #expect(query("関税 についての発言") == .quotes(speaker: nil, about: .word("関税")))
        #expect(parsed("関税についての発言 limit 2 as json")?.limit == 2)
    }

    @Test func quotesBy() {
        #expect(query("トランプ大統領の発言") == .quotes(speaker: "トランプ大統領", about: nil))
        #expect(query("Trumpの発言") == .quotes(speaker: "Trump", about: nil))
        #expect(query("\"US official\"の発言") == .quotes(speaker: "US official", about: nil))
    }

    @Test func quotesByAbout() {
        #expect(query("石破首相は 関税について何と言った") == .quotes(speaker: "石破首相", about: .word("関税")))
        #expect(query("トランプ大統領は関税について何と言った") == .quotes(speaker: "トランプ大統領", about: .word("関税")))
    }

    @Test func explainAJapaneseForm() {
        #expect(query("explain 誰が関税と言った") == .explain(.whoSaid(.word("関税"))))
    }

    @Test func emptyPartsAreErrors() {
        #expect(failure("誰がと言った")?.description == "error: expected a term before 'と言った' at column 5; try '誰が 関税 と言った' or '関税についての発言'")
        #expect(failure("の発言")?.description == "error: expected a speaker before 'の発言' at column 1; try 'トランプ大統領の発言'")
    }

    @Test func unknownJapaneseIsAnUnknownQuery() {
        #expect(failure("関税")?.description == "error: unknown query '関税' at column 1; try 'who said LNG' or .help")
    }
}
