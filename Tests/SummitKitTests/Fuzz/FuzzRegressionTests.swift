import Testing
@testable import SummitKit

/// Inputs from fuzzing (Scripts/fuzz.sh, Fuzz/): each runs the same path as its libFuzzer target
/// and must come back as an error or an answer, never a trap. The crash inputs are also kept as
/// seeds under Fuzz/regressions/.
@Suite struct FuzzRegressionTests {
    static let store = Extractor().extract(Record.bundled())

    enum Outcome {
        case parseError(QueryError)
        case planError(QueryError)
        case answer(Answer, rendered: String)

        var answer: Answer? { if case .answer(let a, _) = self { return a } else { return nil } }
        var parseError: QueryError? { if case .parseError(let e) = self { return e } else { return nil } }
        var planError: QueryError? { if case .planError(let e) = self { return e } else { return nil } }
    }

    /// What Fuzz/QueryTarget.swift does with its bytes.
    func run(_ bytes: [UInt8]) -> Outcome {
        let line = String(decoding: bytes, as: UTF8.self)
        let store = Self.store
        let statement: Statement
        do { statement = try parseQuery(line) } catch { _ = error.rendered(input: line); return .parseError(error) }
        let plan: QueryPlan
        do { plan = try Planner(store: store).plan(statement) } catch { return .planError(error) }
        let executor = Executor(store: store)
        let builder = AnswerBuilder(store: store, executor: executor)
        let answer = plan.explainOnly ? builder.explain(plan) : builder.answer(plan, items: (try? executor.run(plan.root)) ?? [])
        return .answer(answer, rendered: AnswerRenderer.render(answer, RenderOptions(format: statement.format ?? .table, width: 80)))
    }
    func run(_ line: String) -> Outcome { run(Array(line.utf8)) }

    /// What Fuzz/ExtractorTarget.swift does (without the validation gate).
    func extract(_ bytes: [UInt8]) -> FactStore {
        Extractor().extract(Record(name: "fuzz-2025-02-07.txt", bytes: bytes))
    }

    // MARK: crash found: Int overflow in kanji numerals (JapaneseNumber.group)

    static let twentyNines = String(repeating: "九", count: 20)

    @Test func longKanjiDigitRunsDoNotOverflow() throws {
        // Twenty kanji nines once overflowed Int (9 × 10^19 > Int.max) and trapped.
        let a = try #require(JapaneseNumber.parseAmount(Self.twentyNines + "円"))
        #expect(a.value > 9.9e19 && a.value < 1.01e20)
        #expect(a.unit == "JPY")
        // 17 nines then 千 overflowed in the small-scale multiply.
        let b = try #require(JapaneseNumber.parseAmount(String(repeating: "九", count: 17) + "千億ドル"))
        #expect(b.value > 9.9e27 && b.value < 1.01e28)
        #expect(b.unit == "USD")
        // Ordinary kanji amounts read as before.
        #expect(JapaneseNumber.parseAmount("三千二百億円")?.value == 3.2e11)
        #expect(JapaneseNumber.parseAmount("一兆五千億円")?.value == 1.5e12)
        #expect(JapaneseNumber.parseAmount("九千九百九十九兆円")?.value == 9.999e15)
    }

    @Test func longKanjiAmountInAQueryIsAnEmptyAnswer() throws {
        let outcome = run("figures over " + Self.twentyNines + "円")
        let answer = try #require(outcome.answer)
        #expect(answer.rows.isEmpty)
        let under = try #require(run("figures under " + String(repeating: "九", count: 17) + "千億ドル").answer)
        #expect(under.rows.count > 0)
    }

    @Test func longKanjiAmountInARecordIsAFigure() {
        let store = extract(Array("予算は\(Self.twentyNines)円だった。\n".utf8))
        #expect(store.figures.count == 1)
        #expect(store.figures.first?.unit == "JPY")
        #expect((store.figures.first?.value ?? 0) > 9.9e19)
        let quoted = extract(Array("石破総理大臣は「\(String(repeating: "九", count: 25))千億ドルの投資」と述べました。\n".utf8))
        #expect(quoted.quotes.count == 1)
        #expect(quoted.figures.first?.unit == "USD")
    }

    // MARK: nasty inputs tried while fuzzing (no crash; pinned so they stay that way)

    @Test func deepParenthesesThroughThePipeline() {
        let line = "who said " + String(repeating: "(", count: 5_000) + "LNG" + String(repeating: ")", count: 5_000)
        #expect(run(line).parseError?.message == "terms nested more than 64 deep")
    }

    @Test func hugeArabicAmounts() throws {
        // 20 digits still read (as a Double); 21 are refused by the planner, not trapped on.
        #expect(try #require(run("figures over 99999999999999999999兆ドル").answer).rows.isEmpty)
        #expect(try #require(run("figures under 99999999999999999999兆ドル").answer).rows.count > 0)
        #expect(run("figures over 999999999999999999999兆ドル").planError?.message == "cannot read the amount '999999999999999999999兆ドル'")
        #expect(run("source q99999999999999999999").planError?.message == "no fact with id 'q99999999999999999999'")
    }

    @Test func limitZeroAndHugeLimits() {
        #expect(run("who said LNG limit 0").parseError?.message == "expected a positive whole number after 'limit'")
        #expect(run("who said LNG limit 0").parseError?.column == 20)
        #expect(run("who said LNG limit 99999999999999999999").parseError?.message == "limit '99999999999999999999' is too large")
    }

    @Test func nulBytes() throws {
        let e = try #require(run(Array("who said LNG".utf8) + [0]).parseError)
        #expect(e.column == 13)
        #expect(throws: RecordError.self) { try Record.validate(Array("見出し\n\n本文。\u{0}続き。\n".utf8), path: "r.txt") }
        // Past the gate, NUL is only a character: segmentation and extraction still finish.
        #expect(extract(Array("見出し\n\n本文。\u{0}続き。\n".utf8)).records[0].sentences.count == 3)
    }

    @Test func invalidUTF8AndLoneSurrogates() throws {
        // The shell decodes lines lossily: bad bytes become U+FFFD and simply match nothing.
        let ff = try #require(run(Array("who said ".utf8) + [0xFF, 0xFE]).answer)
        #expect(ff.rows.isEmpty)
        // The engine, not the builder, says what found nothing.
        let engine = QueryEngine(store: Self.store, tables: .bundled)
        let notes = try engine.answer(String(decoding: Array("who said ".utf8) + [0xFF, 0xFE], as: UTF8.self)).answer.notes
        #expect(notes.first == "no quotes match '\u{FFFD}\u{FFFD}'")
        let surrogate = try #require(run(Array("who said ".utf8) + [0xED, 0xA0, 0x80]).answer)   // U+D800 as bytes
        #expect(surrogate.rows.isEmpty)
        let speaker = run(Array("quotes by ".utf8) + [0xED, 0xB0, 0x80] + Array(" about LNG".utf8))
        #expect(speaker.planError?.message.hasPrefix("unknown speaker") == true)
        // A record with them is refused by Record.load (no encoding reads them), and survives extraction if forced.
        #expect(TextEncoding.decode([0xED, 0xA0, 0x80, 0x0A, 0xE3, 0x80]) == nil)
        #expect(extract([0xED, 0xA0, 0x80, 0x0A, 0xE3, 0x80]).quotes.isEmpty)
    }

    @Test func cornerBracketNesting() throws {
        #expect(try #require(run("who said 「「「「関税").answer).rows.isEmpty)
        #expect(extract(Array((String(repeating: "「", count: 500) + "\n").utf8)).quotes.isEmpty)
        let nested = String(repeating: "「", count: 100) + "関税" + String(repeating: "」", count: 100)
        let store = extract(Array("石破総理大臣は\(nested)と述べました。\n".utf8))
        #expect(store.quotes.count == 1)
        #expect(store.quotes.first?.text.contains("関税") == true)
    }

    @Test func scriptReaderOnBadBytes() {
        let s = ScriptFile(path: "fuzz.summit", text: String(decoding: [0xFF, 0x0A, 0x00, 0x0A, 0x0A, 0x23, 0x0A], as: UTF8.self))
        #expect(s.header == nil)
        #expect(s.lines == [.command("\u{FFFD}"), .command("\u{0}"), .blank, .comment("#")])
        #expect(throws: QueryError.self) { try parseQuery("\u{FFFD}") }
    }

    /// Found while probing script-reader inputs, not a crash: "\r\n" is one Character in Swift, so
    /// `split(separator: "\n")` never splits a CRLF script and the whole file becomes one line.
    /// CRLF scripts (saved on Windows) split into lines like LF ones.
    @Test func crlfScriptsSplitIntoLines() {
        let s = ScriptFile(path: "fuzz.summit", text: "quotes\r\nwho said LNG\r\n")
        #expect(s.lines == [.command("quotes"), .command("who said LNG")])
    }
}
