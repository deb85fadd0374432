/// The handout's timeline: every time fact with a date, a clock time and a zone, drawn as an
/// SVG picture, one row per moment, its clock time in each of the record's two commonest zones
/// (Washington and Japan time for a summit in the US), then what happened. Facts are read
/// through their JSON shape (the event in English and Japanese when the extractor found one, else the words as written),
/// so fields the fact types gain later show up without changes here.
struct HandoutTimeline {
    /// One moment: minutes since 1970 in UTC, and what the record says happened then.
    struct Moment {
        var instant: Int
        var labels: [String]
        var cited: [CitedLine]
        /// Only a clock time was given; the date is the nearest dated moment's.
        var inferred = false
    }

    /// A zone as the record names it, with its offset from UTC in minutes.
    struct Zone: Hashable {
        let name: String
        let offset: Int
    }

    var moments: [Moment] = []
    var zones: [Zone] = []
    /// Time facts that could not be placed (a date without a clock time, きょう, 来週).
    var undrawn = 0

    init(facts: [JSONValue], cite: (JSONValue) -> [CitedLine]) {
        var byInstant: [Int: Int] = [:]
        var zoneCounts: [Zone: Int] = [:]
        // A clock time with a zone but no date (日本時間の午前2時前) is put on the day that brings
        // it nearest to a fully dated moment of the same record, and drawn as inferred.
        let anchors = facts.compactMap { $0["iso"]?.stringValue.flatMap(Self.instant)?.0 }
        for fact in facts {
            var inferred = false
            var placed = fact["iso"]?.stringValue.flatMap(Self.instant)
            if placed == nil, let iso = fact["iso"]?.stringValue, let (minute, offset) = Self.clockOnly(iso) {
                placed = Self.nearest(minute, offset: offset, to: anchors).map { ($0, offset) }
                inferred = placed != nil
            }
            guard let (instant, offset) = placed else { undrawn += 1; continue }
            let zone = Zone(name: fact["zone"]?.stringValue ?? Self.offsetText(offset), offset: offset)
            zoneCounts[zone, default: 0] += 1
            let label = Self.label(fact)
            let lines = cite(fact)
            if let k = byInstant[instant] {
                if !label.isEmpty, !moments[k].labels.contains(label) { moments[k].labels.append(label) }
                moments[k].cited += lines.filter { !moments[k].cited.contains($0) }
            } else {
                byInstant[instant] = moments.count
                moments.append(Moment(instant: instant, labels: label.isEmpty ? [] : [label], cited: lines, inferred: inferred))
            }
            if !inferred, let k = byInstant[instant] { moments[k].inferred = false }
        }
        moments.sort { $0.instant < $1.instant }
        // One column per zone offset, the two most used, west first; a name used for several
        // offsets (local) gives way to the one that is used most.
        var byOffset: [Int: (Zone, Int)] = [:]
        for (z, n) in zoneCounts where n > (byOffset[z.offset]?.1 ?? 0) { byOffset[z.offset] = (z, n) }
        zones = Array(byOffset.values.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.offset < $1.0.offset }.prefix(2).map(\.0))
            .sorted { $0.offset < $1.offset }
    }

    /// `2025-02-08T01:50+09:00` → (minutes since 1970-01-01 UTC, +540); nil unless date, time
    /// and offset are all there.
    static func instant(_ iso: String) -> (Int, Int)? {
        let s = Array(iso.utf8)
        func num(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= s.count, !r.isEmpty else { return nil }
            var v = 0
            for b in s[r] { guard b >= 0x30 && b <= 0x39 else { return nil }; v = v * 10 + Int(b - 0x30) }
            return v
        }
        guard s.count >= 17, s[4] == 0x2D, s[7] == 0x2D, s[10] == 0x54, s[13] == 0x3A,
              let y = num(0..<4), let mo = num(5..<7), let d = num(8..<10), let h = num(11..<13), let mi = num(14..<16),
              (1...12).contains(mo), (1...31).contains(d), h <= 24, mi < 60 else { return nil }
        var rest = 16
        if s.count > rest, s[rest] == 0x3A { rest += 3 }   // seconds
        let offset: Int
        if s.count == rest + 1, s[rest] == 0x5A { offset = 0 }
        else if s.count == rest + 6, s[rest] == 0x2B || s[rest] == 0x2D, s[rest + 3] == 0x3A,
                let oh = num(rest + 1..<rest + 3), let om = num(rest + 4..<rest + 6) {
            offset = (s[rest] == 0x2D ? -1 : 1) * (oh * 60 + om)
        } else { return nil }
        return ((CalendarDate(year: y, month: mo, day: d).dayNumber * 24 + h) * 60 + mi - offset, offset)
    }

    /// `T02:30+09:00` → (minute of the day, +540); nil unless time and offset are there.
    /// What a moment is labelled with: its event, English first (`summit talks, start — 首脳会談`),
    /// else the time as the record writes it.
    static func label(_ fact: JSONValue) -> String {
        let ja = fact["event"]?.stringValue, en = fact["event_en"]?.stringValue
        if let en, let phase = fact["event_phase"]?.stringValue, let ja { return "\(en), \(phase) — \(ja)" }
        if let en, let ja { return "\(en) — \(ja)" }
        return en ?? ja ?? fact["surface"]?.stringValue ?? ""
    }

    static func clockOnly(_ iso: String) -> (Int, Int)? {
        guard iso.hasPrefix("T"), let (instant, offset) = instant("1970-01-01" + iso) else { return nil }
        return (((instant + offset) % 1440 + 1440) % 1440, offset)
    }

    /// The instant of a minute of the day in a zone, on whichever day puts it nearest one of
    /// `anchors` (at most a day away); nil without anchors.
    static func nearest(_ minute: Int, offset: Int, to anchors: [Int]) -> Int? {
        var best: (Int, Int)? = nil
        for a in anchors {
            let localDay = ((a + offset) - (((a + offset) % 1440) + 1440) % 1440) / 1440
            for day in localDay - 1...localDay + 1 {
                let candidate = day * 1440 + minute - offset
                let distance = abs(candidate - a)
                if distance <= 1440, best == nil || distance < best!.1 { best = (candidate, distance) }
            }
        }
        return best?.0
    }

    /// `7 Feb 11:50` for an instant seen from a zone.
    static func clock(_ instant: Int, offset: Int) -> String {
        let local = instant + offset
        let minutes = ((local % 1440) + 1440) % 1440
        let days = (local - minutes) / 1440
        let date = CalendarDate(dayNumber: days)
        let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(date.day) \(names[date.month - 1]) \(two(minutes / 60)):\(two(minutes % 60))"
    }

    /// `UTC+9`, `UTC−5`, `UTC+5:30`.
    static func offsetText(_ offset: Int) -> String {
        let a = abs(offset)
        return "UTC" + (offset < 0 ? "\u{2212}" : "+") + "\(a / 60)" + (a % 60 == 0 ? "" : ":\(a % 60 < 10 ? "0" : "")\(a % 60)")
    }

    /// `+2 h 10 min` between two moments.
    static func gap(_ minutes: Int) -> String {
        let d = minutes / 1440, h = (minutes % 1440) / 60, m = minutes % 60
        return "+" + [d > 0 ? "\(d) d" : nil, h > 0 ? "\(h) h" : nil, m > 0 ? "\(m) min" : nil].compactMap { $0 }.joined(separator: " ")
    }

    /// Labels longer than this many characters are cut (SVG text does not wrap).
    static let labelLimit = 60

    func svg() -> String {
        guard !moments.isEmpty else {
            return "<p class=\"note\">The record gives no time with a date, a clock time and a zone, so there is no timeline to draw.</p>"
        }
        let rowHeight = 36, top = 44, columnWidth = 120
        let lineX = zones.count * columnWidth + 24
        let labelX = lineX + 18
        let width = 760
        let height = top + moments.count * rowHeight + 8
        var out = "<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-labelledby=\"timeline-title\">"
        out += "<title id=\"timeline-title\">Timeline: \(moments.count) moment\(moments.count == 1 ? "" : "s"), clock times in \(zones.map { htmlEscaped($0.name) }.joined(separator: " and "))</title>"
        for (i, z) in zones.enumerated() {
            out += "<text class=\"zone\" x=\"\(i * columnWidth + 4)\" y=\"18\">\(htmlEscaped(z.name))</text>"
            if !z.name.hasPrefix("UTC") { out += "<text class=\"offset\" x=\"\(i * columnWidth + 4)\" y=\"34\">\(Self.offsetText(z.offset))</text>" }
        }
        out += "<text class=\"zone\" x=\"\(labelX)\" y=\"18\">what happened</text>"
        let firstY = top + rowHeight / 2, lastY = top + (moments.count - 1) * rowHeight + rowHeight / 2
        out += "<line class=\"axis\" x1=\"\(lineX)\" y1=\"\(firstY)\" x2=\"\(lineX)\" y2=\"\(lastY)\"/>"
        for (i, m) in moments.enumerated() {
            let y = top + i * rowHeight + rowHeight / 2
            if i > 0 {
                out += "<text class=\"gap\" x=\"\(lineX + 6)\" y=\"\(y - rowHeight / 2 + 4)\">\(Self.gap(m.instant - moments[i - 1].instant))</text>"
            }
            for (c, z) in zones.enumerated() {
                out += "<text class=\"clock\" x=\"\(c * columnWidth + 4)\" y=\"\(y + 5)\">\(Self.clock(m.instant, offset: z.offset))</text>"
            }
            out += "<circle class=\"\(m.inferred ? "dot inferred" : "dot")\" cx=\"\(lineX)\" cy=\"\(y)\" r=\"5\"/>"
            var label = m.labels.joined(separator: " · ") + (m.inferred ? " (date inferred)" : "")
            if label.count > Self.labelLimit { label = String(label.prefix(Self.labelLimit - 1)) + "…" }
            let text = "<text class=\"event\" x=\"\(labelX)\" y=\"\(y + 5)\"\(containsJapanese(label) ? " lang=\"ja\"" : "")>\(htmlEscaped(label))</text>"
            out += m.cited.first.map { "<a href=\"#\($0.anchor)\">\(text)</a>" } ?? text
        }
        return out + "</svg>"
    }
}
