import Testing
@testable import SummitKit

/// Overviews and agreements show each line of a record once: two sentences of one line are one
/// row, a line a quote row already cites gets no narration row, and a heading that sums up its
/// section's agreement gives way to the section's own sentence. An invented report.
@Suite struct EachThingOnceTests {
    static let text = """
    首相「関税引き下げで一致」

    首相は会見で「関税の引き下げで一致した」と述べました。

    会談の様子

    首相は会談で関税について協議しました。関税の扱いは来月も話し合います。
    首相は関税について「互いの利益が大事だ」と述べました。関税は大きな議題でした。
    両社は部品の共同調達で合意しました。両国は協力の強化を確認しました。
    """
    static let store = extract(text)

    func answer(_ q: String) throws -> [JSONValue] {
        let plan = try Planner(store: Self.store).plan(try parseQuery(q))
        let items = try Executor(store: Self.store).run(plan.root)
        return JSONAnswer.rows(AnswerBuilder(store: Self.store, executor: Executor(store: Self.store)).answer(plan, items: items))
    }

    @Test func anOverviewShowsEachLineOnce() throws {
        let rows = try answer("overview 関税")
        let lines = rows.compactMap { $0["line"]?.intValue }
        #expect(lines.count == Set(lines).count, "a line twice: \(lines)")
        // Line 8's quote is a row; its narration sentence (関税は大きな議題でした) is not another.
        #expect(rows.filter { $0["line"]?.intValue == 8 }.map { $0["kind"]?.stringValue } == ["quote"])
        // Line 7's two sentences about tariffs are one narration row, both sentences in it.
        let seven = rows.filter { $0["line"]?.intValue == 7 }
        #expect(seven.count == 1)
        #expect(seven.first?["text"]?.stringValue == "首相は会談で関税について協議しました。関税の扱いは来月も話し合います。")
    }

    @Test func agreementsListEachAgreementOnceAndOnlyTheSides() throws {
        let rows = try answer("agreements")
        // The heading (line 1) gives way to its section's sentence (line 3); the companies'
        // agreement on line 9 is left out, the countries' confirmation on the same line is kept.
        #expect(rows.compactMap { $0["line"]?.intValue } == [3, 9])
        #expect(rows.last?["text"]?.stringValue == "両国は協力の強化を確認しました。")
    }
}
