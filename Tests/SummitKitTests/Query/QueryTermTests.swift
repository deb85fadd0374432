import Testing
@testable import SummitKit

@Suite struct QueryTermTests {
    func term(_ text: String) -> Term? {
        if case .whoSaid(let t) = query("who said " + text) { return t }
        return nil
    }

    @Test func precedenceIsNotAndOr() {
        #expect(term("a or b and not c") == .or(.word("a"), .and(.word("b"), .not(.word("c")))))
        #expect(term("not a and b") == .and(.not(.word("a")), .word("b")))
        #expect(term("a and b or c and d") == .or(.and(.word("a"), .word("b")), .and(.word("c"), .word("d"))))
        #expect(term("a or b or c") == .or(.or(.word("a"), .word("b")), .word("c")))
        #expect(term("not not a") == .not(.not(.word("a"))))
        #expect(term("A OR B AND NOT C") == .or(.word("A"), .and(.word("B"), .not(.word("C")))))
    }

    @Test func parenthesesGroup() {
        #expect(term("(a or b) and c") == .and(.or(.word("a"), .word("b")), .word("c")))
        #expect(term("not (a or b)") == .not(.or(.word("a"), .word("b"))))
        #expect(term("((LNG))") == .word("LNG"))
    }

    @Test func phrasesEndAtKeywords() {
        #expect(term("defense spending or tariffs") == .or(.word("defense spending"), .word("tariffs")))
        #expect(query("quotes about trade deal by Trump") == .quotes(speaker: "Trump", about: .word("trade deal")))
        #expect(query("figures about US Steel in dollars")
                == .figures(unit: "dollars", about: .word("US Steel"), speaker: nil, amount: nil))
        #expect(parsed("who said golden age limit 2")?.limit == 2)
        #expect(term("golden   age") == .word("golden age"))
    }

    @Test func quotedStringsHoldKeywordsAndEscapes() {
        #expect(term("\"limit and as\"") == .quoted("limit and as"))
        #expect(term("\"say \\\"yes\\\"\"") == .quoted("say \"yes\""))
        #expect(term("\"a\\\\b\"") == .quoted("a\\b"))
        #expect(term("\"about\" or 関税") == .or(.quoted("about"), .word("関税")))
    }

    @Test func japaneseAndMixedTerms() {
        #expect(term("液化天然ガス") == .word("液化天然ガス"))
        #expect(term("LNG or 液化天然ガス") == .or(.word("LNG"), .word("液化天然ガス")))
        #expect(term("関税 and not 鉄鋼") == .and(.word("関税"), .not(.word("鉄鋼"))))
        #expect(term("😀") == .word("😀"))
    }

    @Test func formsAreThePositiveLeaves() {
        #expect(term("a or (b and not c) or \"d e\"")?.forms == ["a", "b", "d e"])
    }

    @Test func descriptionShowsGrouping() {
        #expect(term("a or b and not c")?.description == "(a or (b and not c))")
        #expect(Term.quoted("say \"hi\"").description == "\"say \\\"hi\\\"\"")
    }
}
