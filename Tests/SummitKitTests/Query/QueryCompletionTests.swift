import Testing
@testable import SummitKit

@Suite struct QueryCompletionTests {
    func context(_ prefix: String) -> CompletionContext { completionContext(forPrefix: prefix).context }

    /// The word being typed, as the shell would replace it.
    func word(_ prefix: String) -> String { String(prefix[completionContext(forPrefix: prefix).wordStart...]) }

    static let starts = ["who", "what", "quotes", "figures", "people", "organizations", "places",
                         "timeline", "topics", "mentions", "count", "source", "explain",
                         "overview", "did", "agreements", "compare", "duration"]

    @Test func lineStartOffersQueryKeywords() {
        #expect(context("") == .keyword(Self.starts))
        #expect(context("fig") == .keyword(Self.starts))
        #expect(word("fig") == "fig")
        #expect(context("explain ") == .keyword(Self.starts.filter { $0 != "explain" }))
    }

    @Test func keywordPositions() {
        #expect(context("who ") == .keyword(["said", "attended", "is"]))
        #expect(context("who sa") == .keyword(["said", "attended", "is"]))
        #expect(context("who is ") == .speaker)
        #expect(context("did ") == .speaker)
        #expect(context("did Trump ") == .keyword(["say", "mention", "limit", "as"]))
        #expect(context("did Trump say ") == .term)
        #expect(context("compare Trump ") == .keyword(["and", "limit", "as"]))
        #expect(context("compare Trump and ") == .speaker)
        // who attended except A and B and …: each "and" adds a name to the list.
        #expect(context("who attended ") == .keyword(["except", "limit", "as"]))
        #expect(context("who attended except ") == .speaker)
        #expect(context("who attended except Trump ") == .keyword(["and", "limit", "as"]))
        #expect(context("who attended except Trump and Ishiba ") == .keyword(["and", "limit", "as"]))
        #expect(context("overview ") == .term)
        #expect(word("who sa") == "sa")
        #expect(context("what ") == .keyword(["did"]))
        #expect(context("count ") == .keyword(["quotes", "figures", "mentions"]))
        #expect(context("count quotes by ") == .keyword(["speaker", "topic", "unit"]))
        #expect(context("what did Trump ") == .keyword(["say", "limit", "as"]))
        #expect(context("what did Trump say ") == .keyword(["about", "limit", "as"]))
    }

    @Test func speakers() {
        #expect(context("what did ") == .speaker)
        #expect(context("what did Tr") == .speaker)
        #expect(word("what did Tr") == "Tr")
        #expect(context("quotes by ") == .speaker)
        #expect(context("figures in yen by ") == .speaker)
        #expect(context("quotes by \"US off") == .speaker)
        #expect(word("quotes by \"US off") == "\"US off")
    }

    @Test func terms() {
        #expect(context("who said ") == .term)
        #expect(context("quotes about ") == .term)
        #expect(context("mentions ") == .term)
        #expect(context("who said LNG or ") == .term)
        #expect(context("who said not ") == .term)
        #expect(context("who said (") == .term)
        #expect(context("count mentions ") == .term)
    }

    @Test func unitsAndFormats() {
        #expect(context("figures in ") == .unit)
        #expect(context("figures in y") == .unit)
        #expect(context("who said LNG as ") == .format)
        #expect(context("who said LNG as j") == .format)
        #expect(word("who said LNG as j") == "j")
    }

    @Test func afterACompleteTerm() {
        #expect(context("who said LNG ") == .keyword(["or", "and", "limit", "as"]))
        #expect(context("quotes about trade ") == .keyword(["by", "or", "and", "limit", "as"]))
        #expect(context("quotes by Trump ") == .keyword(["about", "limit", "as"]))
        #expect(context("figures in yen ") == .keyword(["about", "by", "over", "under", "between", "limit", "as"]))
        #expect(context("figures over 5 ") == .keyword(["in", "about", "by", "limit", "as"]))
        #expect(context("figures between 1 ") == .keyword(["and", "in", "about", "by", "limit", "as"]))
        #expect(context("who said LNG limit 3 ") == .keyword(["as"]))
        #expect(context("timeline ") == .keyword(["all", "about", "at", "limit", "as"]))
        #expect(context("timeline all ") == .keyword(["about", "at", "limit", "as"]))
        // After a clock reading (any words), the clauses not yet used; `at` given once.
        #expect(context("timeline at 2 am ") == .keyword(["about", "limit", "as"]))
        #expect(context("timeline about lunch ") == .keyword(["at", "or", "and", "limit", "as"]))
        #expect(context("timeline at ") == .none)
        #expect(context("who said \"a b\" ") == .keyword(["or", "and", "limit", "as"]))
    }

    @Test func factIDsAfterSource() {
        #expect(context("source ") == .factID)
        #expect(context("source f16") == .factID)
        #expect(context("source L1") == .factID)
        #expect(context("source f166a ") == .keyword(["limit", "as"]))
    }

    @Test func nothingToOffer() {
        #expect(context("who said LNG limit ") == .none)
        #expect(context("figures over ") == .none)
        #expect(context("関税 ") == .none)
        #expect(context("topics as json ") == .keyword(["limit"]))
    }

    @Test func dotCommands() {
        #expect(context(".") == .dotCommand)
        #expect(context(".he") == .dotCommand)
        #expect(word(".he") == ".he")
        #expect(context("  .he") == .dotCommand)
        #expect(context(".run ") == .file)
        #expect(context(".read scr") == .file)
        #expect(word(".read scr") == "scr")
        #expect(context(".save ") == .file)
        #expect(context(".save! out") == .file)
        #expect(context(".format ") == .format)
        #expect(context(".help ") == .keyword(QueryGrammar.helpTopics().map(\.topic)))
        #expect(context(".quit ") == .none)
        #expect(context(".run a ") == .none)
    }

    @Test func wordStartIsTheEndAfterASpace() {
        let prefix = "who said "
        #expect(completionContext(forPrefix: prefix).wordStart == prefix.endIndex)
    }
}
