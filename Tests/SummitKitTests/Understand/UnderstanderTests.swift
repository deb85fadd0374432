import Foundation
import Testing
@testable import SummitKit

@Suite struct UnderstanderTests {
    let understander = Understander(vocabulary: Vocabulary(lexicon: .bundled, speakers: [], unitWords: ["yen", "people", "dollars"]))

    func canonical(_ line: String) throws -> [String] {
        try understander.understand(line).candidates.map(\.canonicalText)
    }

    @Test func normalisingDropsWhatAsksNothing() {
        #expect(understander.normalize("  Please tell me about   the alliance?? ") == "about the alliance")
        #expect(understander.normalize("so, who said LNG!") == "who said LNG")
        #expect(understander.normalize("関税はいくら？") == "関税はいくら")
        // A lead word alone is the question itself, not a lead.
        #expect(understander.normalize("list") == "list")
    }

    @Test func countriesNamedTogetherSetTheSceneLikeOneAlone() {
        let v = understander.vocabulary
        for scene in ["Japan and the US", "both countries", "the two countries", "Trump", "Japan", "Canada"] {
            #expect(v.setsScene(.quoted(scene)) && v.setsScene(.word(scene)), "\(scene)")
        }
        // A topic, a word the lexicon does not know, and a phrase that joins topics are no scene.
        for topic in ["trade", "golden age", "zorblat", "goods and services"] {
            #expect(!v.setsScene(.word(topic)), "\(topic)")
        }
        #expect(!v.setsScene(.and(.word("Japan"), .word("US"))))
        // Dropped from a question's words, the topic stays.
        #expect(understander.relax(.and(.quoted("japan and the us"), .word("trade"))) == .word("trade"))
    }

    @Test func modifiersAreKeptApartFromTheQuestion() {
        #expect(understander.splitModifiers("how much investment limit 3 as json") == ("how much investment", " limit 3 as json"))
        #expect(understander.splitModifiers("figures as table") == ("figures", " as table"))
        // A question that is nothing but a modifier keeps it: there would be no question left.
        #expect(understander.splitModifiers("as json") == ("as json", ""))
        #expect(understander.splitModifiers("what is the limit 3") == ("what is the", " limit 3"))
    }

    @Test func naturalQuestionsBecomeCanonicalQueries() throws {
        #expect(try canonical("What did Trump say about the alliance?").first == "what did Trump say about the alliance")
        #expect(try canonical("trump alaska") == ["what did trump say about alaska"])
        #expect(try canonical("quantum") == ["overview quantum"])
        #expect(try canonical("how many people") == ["figures in people"])
        #expect(try canonical("did Ishiba mention Ukraine?") == ["did Ishiba say Ukraine"])
        #expect(try canonical("who is Iwaya?") == ["who is Iwaya"])
        #expect(try canonical("who was there") == ["who attended"])
        #expect(try canonical("what was agreed about security") == ["agreements about security"])
        #expect(try canonical("how many quotes by Trump?") == ["count quotes by Trump"])
        #expect(try canonical("誰が同席しましたか") == ["who attended"])
        // "Who else" leaves out the people it names, however they are listed.
        #expect(try canonical("who else was there besides trump and ishiba") == ["who attended except trump and ishiba"])
        #expect(try canonical("Besides Trump, who was there?") == ["who attended except Trump"])
        #expect(try canonical("who else attended apart from Trump, Ishiba and Iwaya") == ["who attended except Trump and Ishiba and Iwaya"])
        #expect(try canonical("トランプ大統領と石破首相以外に誰が同席しましたか") == ["who attended except トランプ大統領 and 石破首相"])
        // A name no one is called is kept as typed, for the planner to say so; "who else" alone leaves out no one.
        #expect(try canonical("who else was there besides the pope") == ["who attended except the pope"])
        #expect(try canonical("who else was there") == ["who attended"])
        #expect(try canonical("貿易赤字はいくら") == ["figures about 貿易赤字"])
    }

    @Test func aSharperQuestionIsTriedFirst() throws {
        // A when-question keeps what it asked (the start): a reading without it would answer with other times.
        #expect(try canonical("when did the meeting start?") == ["timeline about meeting and start"])
        #expect(try canonical("what time did the meeting start in washington?")
                == ["timeline about meeting and start in washington", "timeline about meeting and start"])
        // Figures: the countries a figure concerns are rarely in what it measures, so they go first.
        // How much asks for money first (a five-year period is a figure about investment too), then
        // an amount of something else (tons, people), never any figure at all: a length of time
        // does not answer it. A unit the question names wins.
        let invest = try canonical("How much will Japan invest in the US?")
        #expect(invest.first == "figures about invest in money" && invest.contains("figures about invest in count")
                && !invest.contains("figures about invest"), "\(invest)")
        // Countries named together set the scene like each one alone: the topic goes first.
        #expect(try canonical("how much does japan and the us trade").first == "figures about trade in money")
        #expect(try canonical("what is the trade volume").first == "figures about trade in money")
        #expect(try canonical("how much time did the talks take").first == "duration talks")
        #expect(try canonical("how much money").first == "figures in money")
        #expect(try canonical("how much yen").first == "figures in yen")
        #expect(try canonical("how much in yen will Japan invest").first == "figures about invest in yen")
        #expect(try canonical("how many people were hired").first == "figures about hired in people")
        // (How many attended is not a figure: it counts who attended.)
        #expect(try canonical("how many people attended").first == "who attended")
        // What happened at a clock time: the timeline near it; anything else after "at" is not a clock.
        #expect(try canonical("what happened at 2 am?") == ["timeline at 02:00"])
        #expect(try canonical("What was going on around 2:30pm Japan time").first == "timeline at 14:30 JST")
        #expect(try canonical("午前2時ごろに何がありましたか").first == "timeline at 02:00")
        #expect(try canonical("what happened at the summit?").first?.hasPrefix("timeline") == false)
        // Arriving, leaving and meeting are events the timeline names: only they are asked. News
        // writes an arrival as a welcome as often as an arrival (…を出迎えました): both are asked.
        let arrive = try canonical("when did Ishiba arrive?")
        #expect(arrive.first == "timeline about Ishiba and (arrival or welcome)" && !arrive.contains("timeline about Ishiba"), "\(arrive)")
        #expect(try canonical("what time did Ishiba arrive at the white house").first == "timeline about Ishiba and (arrival or welcome)")
        #expect(try canonical("when was the prime minister's arrival").first == "timeline about the prime minister and (arrival or welcome)")
        #expect(try canonical("what time was the arrival of Ishiba").first == "timeline about Ishiba and (arrival or welcome)")
        #expect(try canonical("石破首相は何時に到着しましたか").first == "timeline about 石破首相 and (arrival or welcome)")
        #expect(try canonical("when did Ishiba leave").first == "timeline about Ishiba and departure")
        #expect(try canonical("when did Trump and Ishiba meet?").first == "timeline about Trump and Ishiba and talks")
        // Who did something to someone: the sentences that say it (who greeted), or who was at the meeting.
        #expect(try canonical("who greeted Ishiba").first == "mentions Ishiba and welcome")
        #expect(try canonical("who met Trump at the door?").first == "mentions Trump and welcome")
        #expect(try canonical("who met with Ishiba?") == ["who attended"])
        // Slips people make in question words are read as meant; a slip that mends into a query stays an error.
        #expect(try canonical("wat did trump say abut japan").first == "what did trump say about japan")
        #expect(try canonical("whats the trade deficit").first?.hasPrefix("overview trade deficit") == true)
        #expect(throws: QueryError.self) { try understander.understand("figurs in yen") }
        #expect(try canonical("what did they talk about") == ["topics"])
        // Elsewhere the whole question goes first, the scene-setting words dropped only after.
        #expect(try canonical("what did Trump say about Japan's defense spending")
                == ["what did Trump say about Japan and defense spending", "what did Trump say about defense spending"])
    }

    @Test func orderAndAgreementShapesSayWhatTheAnswerLeadsWith() throws {
        func reading(_ line: String) throws -> (String?, AnswerFocus?) {
            let u = try understander.understand(line)
            return (u.candidates.first?.canonicalText, u.focus)
        }
        #expect(try reading("who spoke first at the press conference?") == ("quotes at press conference limit 1", .first))
        #expect(try reading("who talked first about tariffs") == ("quotes about tariffs limit 1", .first))
        #expect(try reading("who was quoted first") == ("quotes limit 1", .first))
        // A typed limit or format joins the shape's query; a typed limit replaces the shape's own.
        #expect(try reading("who spoke first at the press conference limit 3") == ("quotes at press conference limit 3", .first))
        #expect(try reading("who spoke first as json") == ("quotes limit 1 as json", .first))
        #expect(try reading("who spoke first limit 2 as csv") == ("quotes limit 2 as csv", .first))
        #expect(understander.withTyped(" limit 3", replacingThoseOf: "quotes limit 1") == "quotes limit 3")
        #expect(understander.withTyped(" as json", replacingThoseOf: "quotes limit 1") == "quotes limit 1 as json")
        #expect(understander.withTyped("", replacingThoseOf: "quotes limit 1") == "quotes limit 1")
        #expect(try reading("what happened first") == ("timeline", .first))
        #expect(try reading("In which order did events unfold?") == ("timeline", .first))
        #expect(try reading("what happened first at the lunch") == ("timeline about lunch", .first))
        #expect(try reading("was there a deal on tariffs?") == ("agreements about tariffs", .agreed))
        #expect(try reading("did the leaders strike a deal over steel") == ("agreements about steel", .agreed))
        #expect(try reading("was there any agreement") == ("agreements", .agreed))
        #expect(try reading("when was the photo taken?") == ("timeline about photo", nil))
        #expect(try reading("how many jobs will be created").0?.hasSuffix(" in count") == true)
        // Not captured: saying the word "first", the word alone, who spoke most, a deal that was
        // only mentioned, what happened at a clock time, and what someone said first.
        #expect(try reading("who said first") == ("who said first", nil))
        #expect(try reading("first") == ("overview first", nil))
        #expect(try reading("who spoke the most") == ("count quotes by speaker", nil))
        #expect(try reading("was the deal on tariffs mentioned") == ("overview deal and tariffs", nil))
        #expect(try reading("what happened at 2 am") == ("timeline at 02:00", nil))
        #expect(try reading("how many people") == ("figures in people", nil))
        // How many attended counts who attended; how many of anything else is still a figure.
        #expect(try reading("how many attended") == ("who attended", .count))
        #expect(try reading("How many people attended the meeting?") == ("who attended", .count))
        #expect(try reading("how many officials took part in the talks") == ("who attended", .count))
        #expect(try reading("how many participants were there") == ("who attended", .count))
        #expect(try reading("何人が同席しましたか") == ("who attended", .count))
        #expect(try reading("how many people will be hired") == ("figures about hired in people", nil))
        #expect(try reading("how many people were hired at the plant").1 == nil)
        #expect(try understander.understand("what did Trump say first").focus == nil)
        // The same in Japanese; who talked about something is still who said it.
        #expect(try reading("記者会見で最初に発言したのは誰ですか") == ("quotes at 記者会見 limit 1", .first))
        #expect(try reading("記者会見で誰が最初に話しましたか") == ("quotes at 記者会見 limit 1", .first))
        #expect(try reading("最初に何が起きましたか") == ("timeline", .first))
        #expect(try reading("関税で合意しましたか") == ("agreements about 関税", .agreed))
        #expect(try reading("誰が関税について話しましたか") == ("who said 関税", nil))
    }

    @Test func canonicalLinesOnlyHaveTheirTermsCleaned() throws {
        let u = try understander.understand("who said LNG")
        #expect(u.candidates.map(\.canonicalText) == ["who said LNG"])
        #expect(!u.rewritten)
        #expect(try canonical("who said \"national interest\"") == ["who said \"national interest\""])
    }

    @Test func mistypedQueryWordsKeepTheParsersAdvice() {
        #expect(throws: QueryError.self) { try understander.understand("who sad LNG") }
        do {
            _ = try understander.understand("figurs in yen")
            Issue.record("figurs in yen should not be searched as keywords")
        } catch {
            #expect(error.suggestion == "figures")
        }
    }

    @Test func aQuestionOfNothingButQuestionWordsIsRefused() {
        do {
            _ = try understander.understand("how are you?")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("found nothing to look for"))
            #expect(error.description.contains("topics"))
        }
    }

    @Test func termsAreCleanedIntoLexiconPhrases() {
        let cleaner = TermCleaner(vocabulary: understander.vocabulary, table: .bundled)
        #expect(cleaner.units("Japan's defense spending").map(\.text) == ["Japan", "defense spending"])
        #expect(cleaner.units("the press conference").map(\.text) == ["press conference"])
        // A lexicon phrase may start with a stop word other than an article, if it does not end in one.
        #expect(cleaner.units("the news conference").map(\.text) == ["news conference"])
        #expect(cleaner.units("talk about tariffs").map(\.text) == ["tariffs"])
        #expect(cleaner.units("what if they refuse").map(\.text) == ["refuse"])
        #expect(cleaner.units("will they say anything").isEmpty)
        #expect(cleaner.units("\"limit and as\"") == [.init(text: "limit and as", kind: nil, quoted: true)])
        #expect(cleaner.units("会談が").map(\.text) == ["会談"])
        #expect(TermCleaner.text(cleaner.units("trade deficit in yen")) == "trade deficit and yen")
        #expect(TermCleaner.text([.init(text: "as of", kind: nil, quoted: false)]) == "\"as of\"")
    }

    @Test func everyGrammarExampleRoundTripsThroughCanonicalText() throws {
        for example in QueryGrammar.examples {
            let s = try parseQuery(example)
            let again = try parseQuery(s.canonicalText)
            #expect(again.query == s.query, "\(example) → \(s.canonicalText)")
        }
    }
}

@Suite struct ShapeMatcherTests {
    func match(_ pattern: String, _ line: String, japanese: Bool = false, accept: (ShapeMatcher.Bindings) -> Bool = { _ in true })
        -> [String: String]? {
        let keys = japanese ? line.map { String($0) } : line.split(separator: " ").map(String.init)
        var m = ShapeMatcher(pattern: PatternElement.parse(pattern, japanese: japanese), keys: keys)
        m.openEnded = japanese
        return m.match(accept: accept)?.mapValues { keys[$0].joined(separator: japanese ? "" : " ") }
    }

    @Test func slotsTakeTheFewestWordsThatLetTheRestMatch() {
        #expect(match("what did {speaker} say about {term}", "what did the us official say about say about x")
                == ["speaker": "the us official", "term": "say about x"])
        #expect(match("who (said|talked about) {term}", "who talked about golden age") == ["term": "golden age"])
        #expect(match("who (said|talked about) {term}", "who talked") == nil)
    }

    @Test func optionalWordsAndRejectedFillsBacktrack() {
        #expect(match("what (did|have) {both} agree [on]", "what did they agree on") == ["both": "they"])
        #expect(match("what (did|have) {both} agree [on]", "what did they agree") == ["both": "they"])
        // A fill the caller rejects (a speaker nobody is called) makes the matcher try a longer one.
        #expect(match("{speaker} on {term}", "the prime minister on tariffs on steel", accept: { b in b["speaker"]!.count >= 3 })
                == ["speaker": "the prime minister", "term": "tariffs on steel"])
    }

    @Test func japaneseShapesMatchCharactersAndIgnoreTheirEnding() {
        #expect(match("{speaker}は{term}について(何と|どう)(言|述べ)", "石破首相は関税について何と言いましたか", japanese: true)
                == ["speaker": "石破首相", "term": "関税"])
        #expect(match("(誰|だれ)が(同席|出席)", "だれが出席したの", japanese: true) == [:])
    }

    @Test func aPathologicalLineGivesUpInsteadOfSpinning() {
        let line = Array(repeating: "a", count: 3000).joined(separator: " ")
        #expect(match("{speaker} a {term} b {x} c", line) == nil)
    }
}

@Suite struct GrammarQuestionTests {
    final class Capture: @unchecked Sendable { var out: [String] = []; var err: [String] = [] }

    /// Every `(* question: … *)` of Grammar/query.ebnf gets an answer with rows on the bundled record.
    @Test func everyQuestionInTheGrammarIsAnswered() throws {
        let c = Capture()
        let s = Session(records: [Record.bundled()], options: Session.Options(render: RenderOptions(format: .json)),
                        write: { c.out.append($0) }, writeError: { c.err.append($0) })
        #expect(QueryGrammar.questions.count >= 20)
        for q in QueryGrammar.questions {
            c.out = []
            #expect(s.execute(q) == .ok, "\(q): \(c.err.last ?? "")")
            let doc = try JSONSerialization.jsonObject(with: Data((c.out.first ?? "{}").utf8)) as? [String: Any]
            #expect(((doc?["rows"] as? [Any]) ?? []).count > 0, "\(q) has no rows")
        }
    }
}
