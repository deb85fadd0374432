import Testing
@testable import SummitKit

@Suite struct EnglishStemsTests {
    @Test func plainerFormsInOrder() {
        #expect(EnglishStems.candidates("invested") == ["investe", "invest"])
        #expect(EnglishStems.candidates("welcomed") == ["welcome", "welcom"])
        #expect(EnglishStems.candidates("planned").contains("plan"))
        #expect(EnglishStems.candidates("tariffs") == ["tariff"])
        #expect(EnglishStems.candidates("policies").first == "policy")
        #expect(EnglishStems.candidates("raising") == ["rais", "raise"])
        #expect(EnglishStems.candidates("Talks") == ["talk"])
    }

    @Test func shortWordsAndNonWordsStayThemselves() {
        #expect(EnglishStems.candidates("US").isEmpty)
        #expect(EnglishStems.candidates("gas").isEmpty)
        #expect(EnglishStems.candidates("class") == [])         // -ss is no plural
        #expect(EnglishStems.candidates("関税").isEmpty)
        #expect(EnglishStems.candidates("G7s").isEmpty)
    }
}
