import Testing
@testable import SummitKit

/// Planner and executor on a small record of our own: which operators are chosen, and what
/// they return.
@Suite struct PlanAndExecuteTests {
    static let text = """
    見出し

    石破総理大臣は「関税は互いの利益となるべきだ」と述べました。
    トランプ大統領は関税について「常に検討している」と述べました。
    トランプ大統領は「LNGの輸出を増やす」と述べました。
    アメリカ政府は、およそ10億ドル、日本円にしておよそ1500億円の売却を承認しました。
    日本は対米投資額を1兆ドルに引き上げます。

    """
    static let store = extract(text)

    func run(_ q: String) throws -> (QueryPlan, [PlanRow]) {
        let plan = try Planner(store: Self.store).plan(try parseQuery(q))
        return (plan, try Executor(store: Self.store).run(plan.root))
    }

    func answer(_ q: String) throws -> Answer {
        let (plan, items) = try run(q)
        return AnswerBuilder(store: Self.store, executor: Executor(store: Self.store)).answer(plan, items: items)
    }

    @Test func whoSaidGroupsMatchingQuotesBySpeaker() throws {
        let (plan, items) = try run("who said tariffs")
        #expect(plan.root.rendered().contains("\n  group by speaker"))
        #expect(items.count == 2)
        let a = try answer("who said 関税")
        // JSON groups the rows by speaker; the table shows each speaker once.
        #expect(JSONAnswer.rows(a).compactMap { $0["speaker"]?["id"]?.stringValue } == ["ishiba", "trump"])
        #expect(a.rows.count == 2)
    }

    @Test func speakerLookupUsesTheIndex() throws {
        let (plan, items) = try run("quotes by トランプ氏")
        #expect(plan.root.rendered().contains("index lookup quotes by speaker [trump]"))
        #expect(items.count == 2)
    }

    @Test func termOperators() throws {
        #expect(try run("quotes about LNG or 関税").1.count == 3)
        #expect(try run("quotes about 関税 and not 検討").1.count == 1)
        #expect(try run("quotes by Trump about not LNG").1.count == 1)
    }

    @Test func figuresInYenAreStatedOrConvertedAtTheRecordsRate() throws {
        let a = try answer("figures in yen")
        let rows = JSONAnswer.rows(a)
        #expect(rows.count == 3)
        #expect(rows.map { $0["basis"]?.stringValue } == ["converted", "stated", "converted"])
        #expect(rows.map { $0["value"]?.doubleValue } == [1.5e11, 1.5e11, 1.5e14])
        #expect(a.notes.first?.contains("1 USD = 150 JPY") == true)
    }

    @Test func amountFiltersCompareInTheFiguresUnit() throws {
        #expect(try run("figures over 500 billion dollars").1.count == 1)
        #expect(try run("figures under ¥200bn").1.count == 2)      // 10億ドル converts to ¥150bn
        #expect(try run("figures between 1 billion dollars and 1 trillion dollars").1.count == 3)
        #expect(try run("figures over 5000億ドル").1.count == 1)
    }

    @Test func unknownWordsAreErrorsThatSuggest() {
        #expect(throws: QueryError.self) { try Planner(store: Self.store).plan(try parseQuery("quotes by Trmp")) }
        do { _ = try Planner(store: Self.store).plan(try parseQuery("figures in yne")) } catch {
            #expect(error.suggestion == "yen")
            #expect(error.column == 12)
        }
    }

    @Test func noMatchNotesSuggestAWord() throws {
        // A slip with one nearest word is answered as it, and says so (SpellingCorrection).
        let a = try QueryEngine(store: Self.store, tables: .bundled).answer("who said tarifs").answer
        #expect(!a.rows.isEmpty)
        #expect(a.understoodAs == "who said tariffs")
        #expect(a.notes.first == "read 'tarifs' as 'tariffs'")
        // A word far from any gets the empty answer's notes.
        let z = try QueryEngine(store: Self.store, tables: .bundled).answer("who said zzqx").answer
        #expect(z.rows.isEmpty)
        #expect(z.notes.contains { $0.hasPrefix("searched for 'zzqx'") && $0.hasSuffix("in quotes, their topics, headings and English rendering") })
        // A figure search says it looked where figures are, not in quotes.
        let f = try QueryEngine(store: Self.store, tables: .bundled).answer("figures about zzqx").answer
        #expect(f.notes.first == "no figures match 'zzqx'")
        #expect(f.notes.contains { $0.hasSuffix("in what figures measure and the sentences they are in") })
    }

    @Test func limitOnWhoSaidCountsQuotes() throws {
        let a = try answer("who said 関税 limit 1")
        #expect(a.rows.count == 1)
        #expect(AnswerRenderer.table(a, .both).rows.count == 1)
    }

    @Test func sourceShowsTheMatchInItsParagraph() throws {
        let a = try answer("source q4")
        #expect(a.document?.contains("\u{1}常に検討している\u{2}") == true)
        #expect(JSONAnswer.rows(a).first?["why"]?["speaker"]?.stringValue == "speaker:subject")
    }

    @Test func sourceOfAFigureSaysWhatItWasReadAs() throws {
        let a = try answer("source f6a")
        // およそ10億ドル: the qualifier, the value, the unit; the next figure of the line is not it.
        #expect(a.document?.split(separator: "\n").last?.hasPrefix("read as: about 1,000,000,000 USD") == true, "\(a.document ?? "-")")
        let invest = try answer("source f7")
        #expect(invest.document?.split(separator: "\n").last?.hasPrefix("read as: 1,000,000,000,000 USD; measures ") == true, "\(invest.document ?? "-")")
    }

    @Test func explainDoesNotRun() throws {
        let plan = try Planner(store: Self.store).plan(try parseQuery("explain figures in yen"))
        #expect(plan.explainOnly)
        #expect(plan.root.rendered().contains("convert"))
    }
}

@Suite struct EntityLinesTests {
    static func mentions(_ lines: [Int]) -> [Provenance] {
        lines.map { Provenance(record: "r.txt", line: $0, section: nil, sentence: 0, span: 0..<1) }
    }

    @Test(arguments: [
        ([3, 3, 5, 9, 9, 9], [3, 5, 9]),
        ([], []),
        ([7], [7]),
        ([4, 8, 2, 8, 4], [2, 4, 8]),     // a second record starts its lines again
    ])
    func linesComeOnceAscending(_ lines: [Int], _ expected: [Int]) {
        #expect(AnswerBuilder.distinctSortedLines(Self.mentions(lines)) == expected)
    }
}
