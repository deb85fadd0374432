extension AnswerBuilder {
    /// `timeline`: what happened when (see `TimelineView`); `timeline all`: every time expression.
    func timeline(_ items: [PlanRow], _ plan: QueryPlan, _ a: inout Answer) {
        var all = false
        if case .timeline(_, let everything, _, _) = plan.statement.query.unexplained { all = everything }
        let indices = items.compactMap { item -> Int? in if case .time(let i) = item { return i }; return nil }
        let matcher = plan.matcher
        func names(_ m: TermMatcher, _ e: TimedEvent) -> Bool {
            m.matches(bytes: [TermMatcher.foldBytes(e.ja + " " + (e.phase?.rawValue ?? ""))],
                      english: [TermMatcher.foldBytes(e.label)])
        }
        // The rows whose event the question asked about lead. "when did Trump and Ishiba meet"
        // names people and an event: when no event answers to the whole term, the words that do
        // not name people or places (the talks) decide, all of them together, and the lead says
        // which words those were ("when did the summit end": no event is the summit's end).
        let events = indices.compactMap { store.times[$0].event }
        var asks = matcher
        if let m = matcher, !events.contains(where: { names(m, $0) }), let eventPart = withoutScene(m) { asks = eventPart }
        let view = TimelineView(indices, store: store, keepAll: all, keepEventless: all || matcher != nil) { t in
            guard let e = t.event, let asks else { return false }
            return names(asks, e)
        }
        let names = FactRows.timeColumns.map(\.name)
        let (idAt, linesAt, surfaceAt, eventAt) = (names.firstIndex(of: "id")!, names.firstIndex(of: "lines")!,
                                                   names.firstIndex(of: "surface")!, names.firstIndex(of: "event")!)
        // A question about something shows the times of it alone: the other times that only share
        // a sentence with its words answer nothing ("when did the meeting start" is not "from
        // April"); `timeline all about T` lists them.
        let restricted = matcher != nil && !all
        let entries = restricted ? Array(view.entries.prefix(view.leading)) : view.entries
        let untied = view.entries.count - entries.count
        let shown = plan.statement.limit.map { Array(entries.prefix($0)) } ?? entries
        let english = self.english
        /// A time as read, with the clock the report named in English for a reader of English.
        func when(_ t: TimeFact) -> AnswerValue {
            let text = Self.when(t)
            guard let english else { return .text(text) }
            return .shown(.text(text), as: .bilingual(.reading(text, english: Self.when(t, zone: english.zone(t)))))
        }
        var asked: [AskedZone] = []
        if case .timeline(let zones) = plan.answerKind { asked = zones }
        for (k, zone) in asked.enumerated() {
            var column = AnswerLayout.inAskedZone(k)
            column.title = "in " + zone.name
            column.englishTitle = "in " + zone.english
            a.columns.append(column)
            a.shown.insert(column.name, at: (a.shown.firstIndex(of: k == 0 ? "other_zone" : AnswerLayout.inAskedZone(k - 1).name) ?? a.shown.count - 1) + 1)
        }
        let estimates = ClockEstimate(store: store)
        for entry in shown {
            let t = store.times[entry.main]
            let partner = entry.partner.map { store.times[$0] }
            let ids = entry.times.map { store.times[$0].id }
            var values = facts.time(entry.main)
            values[idAt] = .shown(.id(t.id), ids.count > 1 ? ids[0] + " +\(ids.count - 1)" : ids[0])
            values[linesAt] = .lines(Array(Set(entry.times.flatMap { store.times[$0].lines })).sorted())
            let both = [t] + (partner.map { [$0] } ?? [])
            let written = both.map(\.surface).joined(separator: "、")
            values[surfaceAt] = .shown(.text(t.surface), as: english.map { e in
                .bilingual(.reading(written, english: both.map(e.time).joined(separator: "; ")))
            } ?? .text(written))
            if let e = t.event {
                let english = e.en + (e.phase.map { ", \($0.rawValue)" } ?? "")
                values[eventAt] = .shown(values[eventAt], as: .bilingual(Bilingual(ja: e.ja, rendering: english, style: .inline)))
            }
            values.append(.list(entry.times.map { k in .fields([("id", .id(store.times[k].id)), ("line", .int(store.times[k].line))]) }))
            values.append(.text(entry.clock ? "clock" : "date"))
            values.append(when(t))
            values.append(partner.map { p in
                .shown(.fields([("id", .id(p.id)), ("iso", .text(p.iso)), ("zone", .text(p.zone)), ("surface", .text(p.surface))]), as: when(p))
            } ?? .null)
            for zone in asked {
                values.append(([entry.main] + (entry.partner.map { [$0] } ?? [])).lazy.compactMap {
                    Self.inZone($0, offset: zone.offset, named: zone.name, shownAs: zone.shown(in: language), estimates)
                }.first ?? .null)
            }
            a.rows.append(AnswerRow(values))
        }
        var typed = ""
        if let m = matcher, restricted {
            var asked = m.leaves.map(\.typed).joined(separator: " ")
            if case .timeline(let term?, _, _, _) = plan.statement.query.unexplained { asked = term.canonicalText; typed = asked }
            if let asks, asks.leaves.count < m.leaves.count { asked = Self.spoken(asks) }
            // None is tied to it: say so plainly, rather than list times that answer something else.
            if view.leading == 0 { a.lead = "The record gives no time for \(asked); 'timeline' lists every time it gives." }
        }
        if view.withoutEvent > 0 || shown.count < entries.count || untied > 0 {
            let rows = shown.count < entries.count ? "\(shown.count) of \(entries.count) rows" : "\(shown.count) row\(shown.count == 1 ? "" : "s")"
            let other = untied == 0 ? "" : "; \(untied) other time\(untied == 1 ? "" : "s") only in sentences that mention it: 'timeline all about \(typed)' lists them"
            let left = view.withoutEvent == 0 || restricted ? "" : "; \(view.withoutEvent) day or relative word\(view.withoutEvent == 1 ? "" : "s") timing no event left out: 'timeline all' lists every time expression"
            a.footer = "(" + rows + other + left + ")"
        }
    }

    /// The term without the words that name people, groups, countries or places: what is left
    /// names the event (nil when nothing is, or a scene word stands in an `or`, so any event would do).
    func withoutScene(_ m: TermMatcher) -> TermMatcher? {
        let scene: Set<LexiconEntry.Kind> = [.person, .group, .country, .place]
        switch m {
        case .leaf(let l): return l.entries.contains { scene.contains(store.lexicon.entries[$0].kind) } ? nil : m
        case .and(let a, let b):
            switch (withoutScene(a), withoutScene(b)) {
            case (let x?, let y?): return .and(x, y)
            case (let x?, nil), (nil, let x?): return x
            case (nil, nil): return nil
            }
        case .or(let a, let b):
            guard let x = withoutScene(a), let y = withoutScene(b) else { return nil }
            return .or(x, y)
        case .not(let a): return withoutScene(a).map { .not($0) }
        }
    }

    /// A term's words as the lead names them: `talks`, `会談 or 到着`, `lunch and start`.
    static func spoken(_ m: TermMatcher) -> String {
        switch m {
        case .leaf(let l): return l.typed
        case .and(let a, let b): return spoken(a) + " and " + spoken(b)
        case .or(let a, let b): return spoken(a) + " or " + spoken(b)
        case .not(let a): return "not " + spoken(a)
        }
    }

    /// A time as a reader wants it: `about 2025-02-07 11:50 UTC-05:00`, `before 02:00 JST`,
    /// `2025-02-07 (today)`, `week of 2025-02-10 (next week)`. The qualifier the report wrote
    /// (ごろ, 前, 過ぎ, から, まで) leads: 午前2時前 is not 2:00, and a reader of the column alone
    /// would otherwise take it for the moment itself.
    /// `zone` names the clock in words instead of its code (`before 02:00 Japan time`).
    static func when(_ t: TimeFact, zone: String? = nil) -> String {
        guard let iso = t.iso else { return t.relative ?? t.surface }
        return (t.qualifier.map { $0 + " " } ?? "") + Self.moment(iso, t, zone: zone)
    }

    private static func moment(_ iso: String, _ t: TimeFact, zone named: String?) -> String {
        var text = iso
        if let tIndex = iso.firstIndex(of: "T") {
            let date = iso[..<tIndex]
            let clock = iso[iso.index(after: tIndex)...].prefix(5)
            text = (date.isEmpty ? "" : date + " ") + clock
            // A named clock whose offset was worked out (現地時間 beside 日本時間) keeps the offset too.
            if let named, let offset = t.zone, offset.hasPrefix("UTC") { text += " " + offset + " (" + named + ")" }
            else if let zone = named ?? t.zone { text += " " + zone }
        } else if let monday = Self.mondayOfISOWeek(iso) {
            text = "week of " + monday.iso
        }
        if !iso.contains("T"), let r = t.relative { text += " (\(r))" }
        return text
    }

    /// Time fact `k` read in the zone `offset` minutes east of UTC, named `zone`: `about 2025-02-07
    /// 12:00 EST` (a date when the fact has one, moved across midnight as the clock is), for data
    /// the zone and the ISO time. From the fact's own offset, else the one the report's clock
    /// carried to it (as `timeline at` reads it); nil when no offset is known. The data keeps the
    /// zone as asked; the text says it as `shownAs` (the answer's language).
    static func inZone(_ k: Int, offset: Int, named zone: String, shownAs: String? = nil, _ estimates: ClockEstimate) -> AnswerValue? {
        let t = estimates.store.times[k]
        guard let iso = t.iso, let clock = ClockEstimate.clock(iso), let own = clock.offset ?? estimates.carriedOffset(before: k) else { return nil }
        var minutes = clock.minutes + offset - own
        var date = ""
        if let day = ClockEstimate.date(iso) {
            let total = day.dayNumber * 1440 + minutes
            let dayNumber = total >= 0 ? total / 1440 : (total - 1439) / 1440
            minutes = total - dayNumber * 1440
            date = CalendarDate(dayNumber: dayNumber).iso
        } else {
            minutes = (minutes % 1440 + 1440) % 1440
        }
        let hhmm = two(minutes / 60) + ":" + two(minutes % 60)
        let shown = (t.qualifier.map { $0 + " " } ?? "") + (date.isEmpty ? "" : date + " ") + hhmm + " " + (shownAs ?? zone)
        return .shown(.fields([("zone", .text(zone)), ("iso", .text(date + "T" + hhmm + UTCOffset.text(offset)))]), shown)
    }

    /// `2025-W07` → 2025-02-10, the Monday of that ISO week (the week holding the year's 4 January
    /// is its first): a reader knows a date, not a week number.
    static func mondayOfISOWeek(_ iso: String) -> CalendarDate? {
        let parts = iso.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), parts[1].hasPrefix("W"), let week = Int(parts[1].dropFirst()),
              (1...53).contains(week) else { return nil }
        let january4 = CalendarDate(year: year, month: 1, day: 4).dayNumber
        let weekday = ((january4 + 3) % 7 + 7) % 7      // 1970-01-01 was a Thursday: Monday is 0
        return CalendarDate(dayNumber: january4 - weekday + (week - 1) * 7)
    }
}
