extension AnswerBuilder {
    /// `timeline`: what happened when (see `TimelineView`); `timeline all`: every time expression.
    func timeline(_ items: [Item], _ plan: QueryPlan, _ b: inout Rows) {
        var all = false
        if case .timeline(_, let a) = plan.statement.query.unexplained { all = a }
        let indices = items.compactMap { item -> Int? in if case .time(let i) = item { return i }; return nil }
        let matcher = plan.matcher
        let view = TimelineView(indices, store: store, keepAll: all, keepEventless: all || matcher != nil) { t in
            guard let m = matcher, let e = t.event else { return false }
            return m.matches(bytes: [TermMatcher.foldBytes(ArraySlice((e.ja + " " + (e.phase?.rawValue ?? "")).utf8))],
                             english: [TermMatcher.foldBytes(ArraySlice(e.label.utf8))])
        }
        b.columns = ["id", "times", "group", "when", "surface", "iso", "zone", "qualifier", "relative", "event", "event_en", "event_phase",
                     "line", "lines", "other_zone", "record"]
        b.tableColumns = [.init(title: "id", wrap: false), .number("line"), .init(title: "when"), .init(title: "same moment elsewhere"),
                          .init(title: "event"), .init(title: "as written")]
        let shown = plan.statement.limit.map { Array(view.entries.prefix($0)) } ?? view.entries
        for entry in shown {
            let t = store.times[entry.main]
            let partner = entry.partner.map { store.times[$0] }
            let ids = entry.times.map { store.times[$0].id }
            let lines = Array(Set(entry.times.flatMap { store.times[$0].lines })).sorted()
            let when = Self.when(t)
            let other = partner.map(Self.when) ?? ""
            b.rows.append(.object([
                ("id", .string(t.id)), ("times", .array(entry.times.map { k in .object([("id", .string(store.times[k].id)), ("line", .int(store.times[k].line))]) })), ("group", .string(entry.clock ? "clock" : "date")),
                ("when", .string(when)), ("surface", .string(t.surface)), ("iso", opt(t.iso)), ("zone", opt(t.zone)),
                ("qualifier", opt(t.qualifier ?? t.period)), ("relative", opt(t.relative)),
                ("event", opt(t.event?.ja)), ("event_en", opt(t.event?.en)), ("event_phase", opt(t.event?.phase?.rawValue)),
                ("line", .int(t.line)), ("lines", .array(lines.map(JSONValue.int))),
                ("other_zone", partner.map { .object([("id", .string($0.id)), ("iso", opt($0.iso)), ("zone", opt($0.zone)), ("surface", .string($0.surface))]) } ?? .null),
                ("record", .string(t.provenance.record))]))
            let written = ([t.surface] + (partner.map { [$0.surface] } ?? [])).joined(separator: "、")
            b.cells.append([ids.count > 1 ? ids[0] + " +\(ids.count - 1)" : ids[0], abbreviatedLines(lines), when, other, eventShown(t.event), written])
            b.text.append("\(t.id) L\(abbreviatedLines(lines)) \(when)\(other.isEmpty ? "" : " = \(other)")"
                          + (t.event.map { _ in " — " + eventShown(t.event) } ?? "") + " [\(written)]")
        }
        if view.withoutEvent > 0 || shown.count < view.entries.count {
            let rows = shown.count < view.entries.count ? "\(shown.count) of \(view.entries.count) rows" : "\(shown.count) row\(shown.count == 1 ? "" : "s")"
            let left = view.withoutEvent == 0 ? "" : "; \(view.withoutEvent) day or relative word\(view.withoutEvent == 1 ? "" : "s") timing no event left out: 'timeline all' lists every time expression"
            b.footer = "(" + rows + left + ")"
        }
    }

    /// The event as the language asks: "summit talks (start) — 首脳会談" in both.
    func eventShown(_ e: TimedEvent?) -> String {
        guard let e else { return "" }
        switch language {
        case .en: return e.label
        case .ja: return e.ja
        case .both: return e.label + " — " + e.ja
        }
    }

    /// A time as a reader wants it: `2025-02-07 11:50 UTC-05:00`, `02:00 JST`, `2025-02-07 (today)`,
    /// `2025-W07 (next week)`.
    static func when(_ t: TimeFact) -> String {
        guard let iso = t.iso else { return t.relative ?? t.surface }
        var text = iso
        if let tIndex = iso.firstIndex(of: "T") {
            let date = iso[..<tIndex]
            let clock = iso[iso.index(after: tIndex)...].prefix(5)
            text = (date.isEmpty ? "" : date + " ") + clock
            if let zone = t.zone { text += " " + zone }
        } else if let r = t.relative {
            text += " (\(r))"
        }
        return text
    }
}
