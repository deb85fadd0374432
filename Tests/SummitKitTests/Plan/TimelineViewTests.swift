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
    struct Rows { let rows: [JSONValue]; let footer: String?; let lead: String? }

    func answer(_ q: String) throws -> Rows {
        let plan = try Planner(store: Self.store).plan(try parseQuery(q))
        let items = try Executor(store: Self.store).run(plan.root, cancel: .never)
        let a = AnswerBuilder(store: Self.store, executor: Executor(store: Self.store)).answer(plan, items: items)
        return Rows(rows: JSONAnswer.rows(a), footer: a.footer, lead: a.lead)
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

    @Test func theLeadSaysWhichRowsAreTheAskedEvents() throws {
        // The dinner is an event of the report: it leads, and the line says so.
        let dinner = try answer("timeline about 夕食会")
        #expect(dinner.lead == nil && dinner.rows.count == 1, "\(dinner.lead ?? "-")")   // every row is the dinner: nothing to say
        // The arrival is an event; the next week's rows only share the words: they are left out,
        // and the footer says how many and where to find them.
        let mixed = try answer("timeline about 到着 or 来週")
        #expect(mixed.lead == nil && mixed.rows.count == 1, "\(mixed.lead ?? "-") \(mixed.rows.count)")
        #expect(mixed.rows.first?["event_en"]?.stringValue == "arrival")
        #expect(mixed.footer?.contains("other time") == true && mixed.footer?.contains("'timeline all about 到着 or 来週'") == true, "\(mixed.footer ?? "-")")
        #expect(try answer("timeline all about 到着 or 来週").rows.count > 1)
        // Nothing is timed as an airport departure: no row, and the lead says so plainly.
        let airport = try answer("timeline about 空港")
        #expect(airport.lead == "The record gives no time for 空港; 'timeline' lists every time it gives.", "\(airport.lead ?? "-")")
        #expect(airport.rows.isEmpty)
        #expect(try answer("timeline").lead == nil)
    }

    /// People and an event ("when did Trump and Ishiba meet"): no event names the people, so the
    /// other words decide which rows are the answer, all of them together.
    @Test func peopleSetTheSceneAndTheOtherWordsNameTheEvent() throws {
        let text = """
        首脳会談

        トランプ大統領と石破総理大臣は9日午後6時から会談を行いました。
        トランプ大統領と石破総理大臣は10日午前9時に空港に到着しました。

        """
        let store = extract(text, name: "talks-2025-03-09.txt")
        func lead(_ q: String) throws -> (String?, [String]) {
            let plan = try Planner(store: store).plan(try parseQuery(q))
            let items = try Executor(store: store).run(plan.root, cancel: .never)
            let a = AnswerBuilder(store: store, executor: Executor(store: store)).answer(plan, items: items)
            return (a.lead, JSONAnswer.rows(a).map { $0["event_en"]?.stringValue ?? "-" })
        }
        let (talks, events) = try lead("timeline about トランプ大統領 and 石破総理大臣 and 会談")
        #expect(talks == nil && events == ["talks"], "\(talks ?? "-") \(events)")
        let (arrival, order) = try lead("timeline about トランプ大統領 and (会談 or 到着)")
        #expect(arrival == nil && order == ["talks", "arrival"], "\(arrival ?? "-") \(order)")
        // Every word that is not a person must fit the event ("when did the summit end"): 午後
        // names no event, so no row leads, and the lead says which words were asked.
        let (afternoon, _) = try lead("timeline about トランプ大統領 and 会談 and 午後")
        #expect(afternoon?.hasPrefix("The record gives no time for 会談 and 午後") == true, "\(afternoon ?? "-")")
    }

    @Test func weeksShowTheirMonday() throws {
        // 来週 of a report dated Sunday 9 March 2025 is the ISO week of Monday 10 March.
        let next = try answer("timeline")
        #expect(next.rows.last?["when"]?.stringValue == "week of 2025-03-10 (next week)")
        #expect(AnswerBuilder.mondayOfISOWeek("2025-W07")?.iso == "2025-02-10")
        #expect(AnswerBuilder.mondayOfISOWeek("2026-W01")?.iso == "2025-12-29")   // week 1 may start in December
        #expect(AnswerBuilder.mondayOfISOWeek("2020-W53")?.iso == "2020-12-28")
        #expect(AnswerBuilder.mondayOfISOWeek("2025-W00") == nil)
        #expect(AnswerBuilder.mondayOfISOWeek("2025-02") == nil)
    }

    /// The same moment said twice, once with its zone and once without (as reports do a few
    /// sentences apart), is one row; a zone-less time of another event, or another minute, is not.
    @Test func aZonelessTimeJoinsTheSameMomentOfTheSameEvent() throws {
        let text = """
        首脳会談 昼食会へ

        両首脳は午後1時半前から昼食会に臨みました。
        首相は午後1時半前に記者団の取材に応じました。
        首相は、日本時間の午後1時半前から昼食会に臨んだと説明しました。
        両首脳は午後3時すぎに会見を開きました。

        """
        let store = extract(text, name: "lunch-2025-04-02.txt")
        let plan = try Planner(store: store).plan(try parseQuery("timeline"))
        let items = try Executor(store: store).run(plan.root, cancel: .never)
        let a = AnswerBuilder(store: store, executor: Executor(store: store)).answer(plan, items: items)
        let rows = JSONAnswer.rows(a)
        let lunch = rows.filter { $0["event_en"]?.stringValue == "lunch" }
        #expect(lunch.count == 1, "\(rows)")
        #expect(lunch.first?["lines"]?.arrayValue?.compactMap(\.intValue) == [3, 5])
        #expect(lunch.first?["zone"]?.stringValue == "JST")
        // The same reading with no event (the press questions) is another thing that happened then.
        #expect(rows.contains { $0["line"]?.intValue == 4 && $0["event"] == .null })
        // The qualifier leads the reader's time: 午後1時半前 is before 13:30, 午後3時すぎ after 15:00.
        #expect(lunch.first?["when"]?.stringValue == "before 13:30 JST")
        #expect(rows.contains { $0["when"]?.stringValue == "after 15:00" && $0["event_en"]?.stringValue == "press conference" })
    }

    /// `timeline at`: a reading matches a time in its own zone or in its twin's, and a named zone
    /// reads every time in that zone (the talks at 18:00 local are 08:00 in Japan).
    @Test func atKeepsTimesNearAReading() throws {
        #expect(column(try answer("timeline at 7am"), "event_en") == ["arrival"])         // the JST twin
        #expect(column(try answer("timeline at 5:20 pm"), "event_en") == ["arrival"])     // 17:00 local, 20 minutes off
        #expect(column(try answer("timeline at 6:45pm"), "event_en") == ["talks"])        // the end at 19:00
        #expect(column(try answer("timeline at 8am JST"), "event_phase") == ["start"])    // the talks' start, read in Japan time
        #expect(try answer("timeline at 3am").rows.isEmpty)
        #expect(throws: QueryError.self) { try answer("timeline at 2am XYZ") }
    }

    /// `source` of a time says what it was read as and which event it times.
    @Test func sourceOfATimeSaysItsReadingAndEvent() throws {
        let plan = try Planner(store: Self.store).plan(try parseQuery("source t5a"))
        let items = try Executor(store: Self.store).run(plan.root, cancel: .never)
        let a = AnswerBuilder(store: Self.store, executor: Executor(store: Self.store)).answer(plan, items: items)
        let last = a.document?.split(separator: "\n").last.map(String.init)
        #expect(last?.hasPrefix("read as: 2025-03-09 18:00") == true && last?.contains("times talks (start) (会談)") == true, "\(a.document ?? "-")")
    }
}
