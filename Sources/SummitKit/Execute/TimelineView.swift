/// How `timeline` arranges time facts into what happened when: clock times first, in time order,
/// one row per moment (both zones where the record gives both); then days, weeks and relative
/// words (7日, 来週, きょう), by date, one row per date and event. A day or relative word that times
/// no event is left out (`timeline all` keeps every expression, one row each): a report says きょう
/// in a dozen quotes, and those rows said nothing about when anything happened.
struct TimelineView {
    /// One row: the times it stands for (several when a date and event repeat), and the same
    /// moment in another zone.
    struct Entry {
        var times: [Int]
        let partner: Int?
        let clock: Bool
        var main: Int { times[0] }
    }

    var entries: [Entry] = []
    /// Day and relative expressions left out for timing no event.
    var withoutEvent = 0
    /// How many rows lead because `first` took them (their event is the one asked about).
    var leading = 0

    /// `indices` are time facts in the executor's time order. `keepAll` lists each alone;
    /// `keepEventless` keeps days that time no event (a term already chose the rows);
    /// `first` says which rows lead (those whose event the question asked about).
    init(_ indices: [Int], store: FactStore, keepAll: Bool, keepEventless: Bool, first: (TimeFact) -> Bool) {
        if keepAll {
            entries = indices.map { Entry(times: [$0], partner: Self.partner(of: $0, store), clock: Self.isClock(store.times[$0])) }
            return
        }
        let listed = Set(indices)
        var shownAsPartner = Set<Int>()
        var clocks: [Entry] = []
        var days: [Entry] = []
        var dayKeys: [String: Int] = [:]
        for i in indices {
            let t = store.times[i]
            if Self.isClock(t) {
                if shownAsPartner.contains(i) { continue }
                let p = Self.partner(of: i, store).flatMap { listed.contains($0) ? $0 : nil }
                if let p { shownAsPartner.insert(p) }
                clocks.append(Entry(times: [i], partner: p ?? Self.partner(of: i, store), clock: true))
            } else if t.event != nil || keepEventless {
                let key = t.provenance.record + "\u{1}" + (t.iso ?? t.surface) + "\u{1}" + (t.event?.label ?? "") + "\u{1}" + (t.relative ?? "")
                if let k = dayKeys[key] { days[k].times.append(i); continue }
                dayKeys[key] = days.count
                days.append(Entry(times: [i], partner: nil, clock: false))
            } else {
                withoutEvent += 1
            }
        }
        let estimates = ClockEstimate(store: store)
        // Equal moments (or none known) keep the report's order.
        func place(_ e: Entry) -> (Int, Int) { (store.times[e.main].line, store.times[e.main].provenance.span.lowerBound) }
        clocks = Self.foldingUnzoned(estimates, clocks.map { ($0, estimates.minutes($0.main) ?? Int.max) }.sorted { a, b in
            a.1 != b.1 ? a.1 < b.1 : place(a.0) < place(b.0)
        })
        // Days in date order, and within a day by its part (27日朝 before 27日夜).
        days = days.enumerated().sorted { a, b in
            let ta = store.times[a.element.main], tb = store.times[b.element.main]
            return (ta.instant ?? Int.max, Self.periodRank(ta.period), a.offset) < (tb.instant ?? Int.max, Self.periodRank(tb.period), b.offset)
        }.map(\.element)
        let ordered = clocks + days
        let lead = ordered.filter { first(store.times[$0.main]) }
        leading = lead.count
        entries = lead + ordered.filter { !first(store.times[$0.main]) }
    }

    /// A clock time written without a zone (午前2時半前) that reads the same as one with a zone, for
    /// the same event, is the same moment said twice: it joins that row (the zoned time shown, both
    /// lines cited) instead of standing beside it as if something else happened then. It joins only
    /// when its own zone is unknown or, carried from the clock before it, gives the same moment.
    /// `sorted` is in time order with each row's estimated minute.
    static func foldingUnzoned(_ estimates: ClockEstimate, _ sorted: [(Entry, Int)]) -> [Entry] {
        let store = estimates.store
        var entries = sorted.map(\.0)
        var folded = Set<Int>()
        for (k, (entry, minute)) in sorted.enumerated() {
            let t = store.times[entry.main]
            guard t.zone != nil, let event = t.event, let iso = t.iso, let clock = ClockEstimate.clock(iso) else { continue }
            for (j, (other, otherMinute)) in sorted.enumerated() where j != k && !folded.contains(j) {
                let o = store.times[other.main]
                guard o.zone == nil, other.partner == nil, o.event == event, o.provenance.record == t.provenance.record,
                      let oIso = o.iso, ClockEstimate.clock(oIso)?.minutes == clock.minutes,
                      ClockEstimate.date(oIso).map({ $0 == ClockEstimate.date(iso) }) ?? true,
                      otherMinute == minute || estimates.carriedOffset(before: other.main) == nil else { continue }
                entries[k].times += other.times
                folded.insert(j)
            }
        }
        return entries.enumerated().filter { !folded.contains($0.offset) }.map(\.element)
    }

    /// The parts of the day the time-word table names, in the order they come; none in the middle.
    static func periodRank(_ period: String?) -> Int {
        ["early-morning", "morning", "am", "midday", nil, "pm", "evening", "night", "late-night"].firstIndex(of: period) ?? 4
    }

    static func isClock(_ t: TimeFact) -> Bool { t.iso?.contains("T") == true }

    static func partner(of i: Int, _ store: FactStore) -> Int? {
        guard let id = store.times[i].pairedWith, case .time(let k)? = store.fact(id: id) else { return nil }
        return k
    }
}

/// A sort key for clock times whose zone or day the record leaves out (午後6時に始まり,
/// 日本時間の午前2時前). A time with no zone keeps to the clock of the report's last clock time
/// before it: Japan time when that one named Japan time only; the local clock when it gave a moment
/// in two zones (local first, Japan time as the gloss). A time with no date falls on the day, of
/// the report's date and the days either side, nearest the report's dated clock times. Only for
/// ordering: rows still show the time as written.
struct ClockEstimate {
    let store: FactStore

    func minutes(_ i: Int) -> Int? {
        let t = store.times[i]
        guard let iso = t.iso, let clock = Self.clock(iso) else { return t.instant }
        if clock.offset != nil, let instant = t.instant { return instant }
        let offset = clock.offset ?? carriedOffset(before: i)
        if let date = Self.date(iso) { return date.dayNumber * 1440 + clock.minutes - (offset ?? 0) }
        guard let record = store.record(named: t.provenance.record), let reference = record.referenceDate else { return nil }
        let dated = store.times.filter { $0.provenance.record == t.provenance.record && $0.instant != nil && Self.clock($0.iso ?? "")?.offset != nil }
            .compactMap(\.instant).sorted()
        let day = { (shift: Int) in reference.adding(days: shift).dayNumber * 1440 + clock.minutes - (offset ?? 0) }
        guard !dated.isEmpty else { return day(0) }
        let middle = dated[dated.count / 2]
        return [-1, 0, 1].map(day).min { abs($0 - middle) < abs($1 - middle) }
    }

    /// The offset of the last clock time before `i` in its record that has one; of a moment given
    /// in two zones, the one written first.
    func carriedOffset(before i: Int) -> Int? {
        let record = store.times[i].provenance.record
        for k in stride(from: i - 1, through: 0, by: -1) where store.times[k].provenance.record == record {
            var t = store.times[k]
            if let p = TimelineView.partner(of: k, store), p < k { t = store.times[p] }
            if let offset = Self.clock(t.iso ?? "")?.offset { return offset }
        }
        return nil
    }

    /// The clock part of an ISO text: minutes since midnight, and the offset when written.
    static func clock(_ iso: String) -> (minutes: Int, offset: Int?)? {
        guard let t = iso.firstIndex(of: "T") else { return nil }
        let rest = Array(iso[iso.index(after: t)...].utf8)
        guard rest.count >= 5, let h = Int(String(decoding: rest[0..<2], as: UTF8.self)),
              let m = Int(String(decoding: rest[3..<5], as: UTF8.self)) else { return nil }
        let offset = rest.count >= 11 ? UTCOffset.minutes(String(decoding: rest[5..<11], as: UTF8.self)) : nil
        return (h * 60 + m, offset)
    }

    /// The full date of an ISO text (`2025-02-07T…`), when it has one.
    static func date(_ iso: String) -> CalendarDate? {
        let u = Array(iso.utf8)
        guard u.count >= 10, u[4] == 0x2D, u[7] == 0x2D, let y = Int(String(decoding: u[0..<4], as: UTF8.self)),
              let m = Int(String(decoding: u[5..<7], as: UTF8.self)), let d = Int(String(decoding: u[8..<10], as: UTF8.self)) else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }
}
