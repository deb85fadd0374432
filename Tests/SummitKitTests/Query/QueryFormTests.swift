import Testing
@testable import SummitKit

/// One test per query form of Grammar/query.ebnf.
@Suite struct QueryFormTests {
    @Test func whoSaid() {
        #expect(query("who said LNG") == .whoSaid(.word("LNG")))
        #expect(query("WHO SAID lng") == .whoSaid(.word("lng")))
        #expect(query("Who Said 関税") == .whoSaid(.word("関税")))
        #expect(query("who said defense spending") == .whoSaid(.word("defense spending")))
        #expect(query("who said Ishiba's aides") == .whoSaid(.word("Ishiba's aides")))
    }

    @Test func whoAttended() {
        #expect(query("who attended") == .whoAttended())
        #expect(query("WHO ATTENDED") == .whoAttended())
        #expect(query("who attended except Trump and 石破首相") == .whoAttended(except: ["Trump", "石破首相"]))
        #expect(query("who attended except \"the official\" limit 2") == .whoAttended(except: ["the official"]))
    }

    @Test func whatDidSay() {
        #expect(query("what did Trump say") == .quotes(speaker: "Trump", about: nil))
        #expect(query("what did Trump say about Alaska") == .quotes(speaker: "Trump", about: .word("Alaska")))
        #expect(query("what did トランプ大統領 say about 関税") == .quotes(speaker: "トランプ大統領", about: .word("関税")))
        #expect(query("what did the official say about steel") == .quotes(speaker: "the official", about: .word("steel")))
        #expect(query("what did \"US official\" say") == .quotes(speaker: "US official", about: nil))
        #expect(query("What Did Ishiba's aides Say About tariffs") == .quotes(speaker: "Ishiba's aides", about: .word("tariffs")))
    }

    @Test func quotesInEitherOrder() {
        #expect(query("quotes") == .quotes(speaker: nil, about: nil))
        #expect(query("quotes by Trump") == .quotes(speaker: "Trump", about: nil))
        #expect(query("quotes about tariffs") == .quotes(speaker: nil, about: .word("tariffs")))
        #expect(query("quotes by Trump about tariffs") == .quotes(speaker: "Trump", about: .word("tariffs")))
        #expect(query("quotes about trade by Trump") == .quotes(speaker: "Trump", about: .word("trade")))
        #expect(query("quotes by 石破首相 about 関税") == .quotes(speaker: "石破首相", about: .word("関税")))
        #expect(query("quotes by トランプ") == .quotes(speaker: "トランプ", about: nil))
        #expect(query("quotes by \"US official\" about \"by and about\"")
                == .quotes(speaker: "US official", about: .quoted("by and about")))
    }

    @Test func figuresClausesInAnyOrder() {
        #expect(query("figures") == .figures(unit: nil, about: nil, speaker: nil, amount: nil))
        #expect(query("figures in yen") == .figures(unit: "yen", about: nil, speaker: nil, amount: nil))
        #expect(query("figures in YEN") == .figures(unit: "yen", about: nil, speaker: nil, amount: nil))
        #expect(query("figures in 円") == .figures(unit: "円", about: nil, speaker: nil, amount: nil))
        let all = Query.figures(unit: "dollars", about: .word("investment"), speaker: "Ishiba",
                                amount: .over(Amount(value: 5e11, unit: "USD", surface: "$500B")))
        #expect(query("figures in dollars about investment by Ishiba over $500B") == all)
        #expect(query("figures over $500B by Ishiba about investment in dollars") == all)
        #expect(query("figures by Ishiba in dollars over $500B about investment") == all)
    }

    @Test func entities() {
        #expect(query("people") == .entities(.people, about: nil))
        #expect(query("people about tariffs") == .entities(.people, about: .word("tariffs")))
        #expect(query("organizations") == .entities(.organizations, about: nil))
        #expect(query("orgs about steel") == .entities(.organizations, about: .word("steel")))
        #expect(query("places") == .entities(.places, about: nil))
    }

    @Test func timelineTopicsMentionsSource() {
        #expect(query("timeline") == .timeline(about: nil, all: false))
        #expect(query("timeline about lunch") == .timeline(about: .word("lunch"), all: false))
        #expect(query("timeline all") == .timeline(about: nil, all: true))
        #expect(query("timeline all about lunch") == .timeline(about: .word("lunch"), all: true))
        #expect(query("source L166") == .source("L166"))
        #expect(query("topics") == .topics)
        #expect(query("mentions Alaska") == .mentions(.word("Alaska")))
        #expect(query("mentions 日本製鉄 or \"US Steel\"") == .mentions(.or(.word("日本製鉄"), .quoted("US Steel"))))
        #expect(query("source q12") == .source("q12"))
        #expect(query("source F3") == .source("F3"))
        #expect(query("source 7") == .source("7"))
    }

    @Test func count() {
        #expect(query("count quotes") == .count(.quotes, term: nil, groupBy: nil))
        #expect(query("count quotes by speaker") == .count(.quotes, term: nil, groupBy: .speaker))
        #expect(query("count figures by unit") == .count(.figures, term: nil, groupBy: .unit))
        #expect(query("count quotes tariffs by topic") == .count(.quotes, term: .word("tariffs"), groupBy: .topic))
        #expect(query("count quotes about tariffs by speaker") == .count(.quotes, term: .word("tariffs"), groupBy: .speaker))
        #expect(query("count mentions LNG") == .count(.mentions, term: .word("LNG"), groupBy: nil))
        #expect(query("count mentions LNG or gas by speaker")
                == .count(.mentions, term: .or(.word("LNG"), .word("gas")), groupBy: .speaker))
    }

    @Test func explain() {
        #expect(query("explain who said LNG") == .explain(.whoSaid(.word("LNG"))))
        #expect(query("EXPLAIN quotes by Ishiba about tariffs")
                == .explain(.quotes(speaker: "Ishiba", about: .word("tariffs"))))
        let s = parsed("explain timeline limit 3 as json")
        #expect(s == Statement(query: .explain(.timeline(about: nil, all: false)), limit: 3, format: .json, text: "explain timeline limit 3 as json"))
    }

    @Test func statementKeepsTrimmedText() {
        #expect(parsed("  who said LNG \t")?.text == "who said LNG")
    }
}
