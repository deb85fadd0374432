import Testing
@testable import SummitKit

/// `timeline` on an invented report: events in time order with both zones, days after them,
/// days that time nothing left out, `timeline all` keeping every expression.
@Suite struct TimelineViewTests {
    static let text = """
    首脳会談 ２人が初の会談

    大統領はきょう、記者団に「寒いが、よい日だ」と述べました。
    首相は9日午後5時、日本時間の10日午前7時に空港に到着しました。
    両首脳の会談は9日午後6時に始まり、午後7時に終わりました。
    その後、両首脳は日本時間の10日午前10時から夕食会に臨みました。
    首相は来週、新たな方針を発表する予定です。
    首相はきょう、「来週も話したい」と述べました。
    首相は来週、新たな方針を発表する予定です。

    """
    static let store = extract(text, name: "visit-2025-03-09.txt")

    /// The answer's rows as JSON (the shape users get), and its footer.
    struct Rows { let rows: [JSONValue]; let footer: String? }

    func answer(_ q: String) throws -> Rows {
        let plan = try Planner(store: Self.store).plan(try parseQuery(q))
        let items = try Executor(store: Self.store).run(plan.root, cancel: .never)
        let a = AnswerBuilder(store: Self.store, executor: Executor(store: Self.store)).answer(plan, items: items)
        return Rows(rows: JSONAnswer.rows(a), footer: a.footer)
    }

    func column(_ a: Rows, _ name: String) -> [String] { a.rows.map { $0[name]?.stringValue ?? "-" } }

    @Test func eventsInTimeOrderThenDays() throws {
        let a = try answer("timeline")
        // The arrival is given in both zones: one row, the other zone beside it.
        #expect(column(a, "event_en") == ["arrival", "talks", "talks", "dinner", "announcement"])
        #expect(column(a, "event_phase") == ["-", "start", "end", "start", "plan"])
        #expect(column(a, "group") == ["clock", "clock", "clock", "clock", "date"])
        #expect(a.rows[0]["other_zone"]?["zone"]?.stringValue == "JST")
        // The talks' times name no zone: they keep the local clock of the moment before them (UTC-5),
        // so they end at 0:00 UTC, before the dinner at 10:00 JST (1:00 UTC).
        #expect(a.rows.map { $0["line"]?.intValue ?? 0 } == [4, 5, 5, 6, 7])
        // The announcement said twice is one row citing both lines; the bare きょう rows are left out and counted.
        #expect(a.rows.last?["lines"]?.arrayValue?.compactMap(\.intValue) == [7, 9])
        #expect(a.footer?.contains("left out") == true, "\(a.footer ?? "")")
    }

    @Test func allListsEveryExpression() throws {
        let all = try answer("timeline all")
        #expect(all.rows.count == Self.store.times.count)
        #expect(all.rows.contains { $0["surface"]?.stringValue == "きょう" && $0["event"] == .null })
    }

    @Test func limitCountsRowsAndATermPutsItsEventFirst() throws {
        #expect(try answer("timeline limit 2").rows.count == 2)
        let dinner = try answer("timeline about 夕食会")
        #expect(dinner.rows.first?["event"]?.stringValue == "夕食会")
    }
}
