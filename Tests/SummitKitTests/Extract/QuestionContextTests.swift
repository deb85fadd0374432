import Testing
@testable import SummitKit

/// A quote said in answer to a question keeps the question: 「それは常に考えている」 means little
/// without "asked about tariffs on imported cars". Invented reports.
@Suite struct QuestionContextTests {
    func quote(_ text: String, _ words: String) -> QuoteFact? { extract(text).quotes.first { $0.text == words } }

    @Test func theQuestionBeforeTheQuoteInItsSentence() throws {
        let q = try #require(quote("トランプ大統領は、会見の冒頭、メディアから輸入車への関税について問われたのに対し、「それは常に考えている」と述べました。\n",
                                   "それは常に考えている"))
        let question = try #require(q.question)
        // Where it was asked (会見の冒頭) is left out; who asked is kept, and named.
        #expect(question.text == "メディアから輸入車への関税について問われ")
        #expect(question.about == "輸入車への関税について")
        #expect(question.asker?.en == "media")
        #expect(question.rule == "question:same-sentence")
    }

    @Test func aQuestionQuoteBeforeTheAnswer() throws {
        let text = "石破首相はメディアから「報復するのか」と質問され、「仮定の質問には答えない」と述べました。\n"
        let s = extract(text)
        #expect(s.quotes.first { $0.text == "報復するのか" }?.type == .question)
        let answer = try #require(s.quotes.first { $0.text == "仮定の質問には答えない" })
        #expect(answer.speaker.id == "ishiba")
        #expect(answer.question?.text == "メディアから「報復するのか」と質問され")
        #expect(answer.question?.about == "「報復するのか」")
    }

    /// The question in the sentence before, asked of the same speaker, with no quote after it.
    @Test func theQuestionInTheSentenceBefore() throws {
        let text = "見出し\n\n石破首相は記者団から関税について問われました。\n石破首相は「互いの利益が大事だ」と述べました。\nトランプ大統領は「関税は必要だ」と述べました。\n"
        let s = extract(text)
        let answer = try #require(s.quotes.first { $0.text == "互いの利益が大事だ" })
        #expect(answer.question?.text == "記者団から関税について問われ")
        #expect(answer.question?.rule == "question:earlier-sentence")
        // Another speaker's words in the section did not answer it.
        #expect(s.quotes.first { $0.text == "関税は必要だ" }?.question == nil)
        // A new section starts afresh.
        let next = extract(text + "\n次の見出し\n\n石破首相は「協力を続ける」と述べました。\n")
        #expect(next.quotes.first { $0.text == "協力を続ける" }?.question == nil)
    }

    /// 問われ also means "held to account": with no asker, topic or question before it, it asks nothing.
    @Test func heldToAccountIsNoQuestion() {
        #expect(quote("石破首相は、政治責任を問われる中、「全力を尽くす」と述べました。\n", "全力を尽くす")?.question == nil)
        #expect(quote("石破首相は「全力を尽くす」と述べ、関税について問われました。\n", "全力を尽くす")?.question == nil)
    }

    /// The quote's answer shows the question compactly; `source` shows its words.
    @Test func answersShowTheQuestion() throws {
        let store = extract("石破首相はメディアから関税について問われ、「互いの利益が大事だ」と述べました。\n")
        let plan = try Planner(store: store).plan(try parseQuery("quotes by 石破首相"))
        let items = try Executor(store: store).run(plan.root)
        let a = AnswerBuilder(store: store, executor: Executor(store: store)).answer(plan, items: items)
        let row = try #require(JSONAnswer.rows(a).first)
        #expect(row["question"]?["text"]?.stringValue == "メディアから関税について問われ")
        #expect(row["question"]?["asker"]?["en"]?.stringValue == "media")
    }
}
