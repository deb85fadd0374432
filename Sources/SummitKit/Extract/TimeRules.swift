/// Dates and times as Japanese news writes them (3日午後9時ごろ, 日本時間の4日午前11時ごろ,
/// 午前2時半前, 8日未明, 4月から, 来週, きょう), normalized as far as the text allows.
/// A class, not a struct: the rules hold the tables and lexicon, and a value copy of all of that
/// on every call from the scanning loop was the extractor's largest cost.
final class TimeRules: Sendable {
    /// The tables' extraction vocabulary, held here: the scanning loops read it directly.
    let words: ExtractionTables.Words
    /// Words a time expression can start with (time zones, 午前, 来週 …): with digits, the only
    /// places worth trying, which keeps the scan fast.
    private let starters: BytePatternSet
    /// The first characters of the starters and of every digit: a position whose character is
    /// not among them starts no time, and most are not.
    let startFilter: StartFilter
    private let dayParts: [ExtractionTables.TimeWord]
    private let qualifiers: [ExtractionTables.TimeWord]
    /// Words that start like a part of the day and are none (晩さん会, a banquet): no period there.
    private let notPeriods: [ExtractionTables.TimeWord]

    init(tables: ExtractionTables) {
        let words = tables.words
        self.words = words
        var set = BytePatternSet.Builder()
        for r in words.relativeTimes { set.insert(r.form, value: 0) }
        for z in words.timeZones { set.insert(z.form, value: 0) }
        dayParts = words.timeWords.filter { $0.role == "hour-shift" || $0.role == "period" }
        qualifiers = words.timeWords.filter { $0.role == "qualifier" }
        notPeriods = words.timeWords.filter { $0.role == "not-period" }
        for w in dayParts { set.insert(w.form, value: 0) }
        starters = set.frozen()
        var filter = StartFilter()
        for form in words.relativeTimes.map(\.form) + words.timeZones.map(\.form) + dayParts.map(\.form) {
            filter.insert(form)
        }
        for digit in Array("0123456789０１２３４５６７８９".unicodeScalars) {
            filter.insert(Array(String(digit).utf8))
        }
        startFilter = filter
    }

    @inline(__always) private func mayStart(_ bytes: [UInt8], _ i: Int, _ end: Int) -> Bool {
        guard startFilter.mayStart(bytes, i, end) else { return false }
        let b = bytes[i]
        if b >= 0x30 && b <= 0x39 { return true }
        if b == 0xEF && i + 2 < end && bytes[i + 1] == 0xBC && bytes[i + 2] >= 0x90 && bytes[i + 2] <= 0x99 { return true }
        return starters.longestMatch(in: bytes, at: i, limit: end) != nil
    }

    struct Draft {
        var range: Range<Int>
        var year: Int?, month: Int?, day: Int?, hour: Int?, minute: Int?
        var zone: String?, offsetMinutes: Int?
        var qualifier: String?, period: String?
        var relative: (shift: Int, scale: String, word: String)?
        var derivedZone = false
    }

    static let nen = Array("年".utf8), tsuki = Array("月".utf8), nichi = Array("日".utf8)
    static let ji = Array("時".utf8), fun = Array("分".utf8), han = Array("半".utf8)
    static let aida = Array("間".utf8), hon = Array("本".utf8), no = Array("の".utf8)

    /// Every time expression in `range`, left to right, not overlapping. `candidates` are the
    /// places one could start (see `startFilter`).
    func scan(_ bytes: [UInt8], _ range: Range<Int>, candidates: [Int]) -> [Draft] {
        var out: [Draft] = []
        var next = range.lowerBound
        for i in candidates where i >= next {
            if mayStart(bytes, i, range.upperBound),
               !(i > range.lowerBound && JapaneseNumber.digit(bytes, UTF8Bytes.previousStart(bytes, before: i, lower: range.lowerBound), range.upperBound) != nil),
               let d = parse(bytes, at: i, end: range.upperBound) {
                out.append(d)
                next = d.range.upperBound
            }
        }
        return out
    }

    private func number(_ bytes: [UInt8], _ i: Int, _ end: Int, suffix: [UInt8]) -> (Int, Int)? {
        var j = i, v = 0, n = 0
        while j < end, let (d, w) = JapaneseNumber.digit(bytes, j, end), n < 5 { v = v * 10 + d; j += w; n += 1 }
        guard n > 0, UTF8Bytes.matches(bytes, at: j, suffix, limit: end) else { return nil }
        return (v, j + suffix.count)
    }

    func parse(_ bytes: [UInt8], at start: Int, end: Int) -> Draft? {
        var d = Draft(range: start..<start)
        var i = start
        for rel in words.relativeTimes where UTF8Bytes.matches(bytes, at: i, rel.form, limit: end) {
            d.relative = (rel.shift, rel.scale, UTF8Bytes.string(bytes, i..<(i + rel.form.count)))
            d.range = start..<(i + rel.form.count)
            return d
        }
        for z in words.timeZones where UTF8Bytes.matches(bytes, at: i, z.form, limit: end) {
            d.zone = z.name
            d.offsetMinutes = UTCOffset.minutes(z.offset)
            i += z.form.count
            if UTF8Bytes.matches(bytes, at: i, Self.no, limit: end) { i += Self.no.count }
            break
        }
        var found = false
        if let (y, j) = number(bytes, i, end, suffix: Self.nen), y >= 1000 { d.year = y; i = j; found = true }
        if let (m, j) = number(bytes, i, end, suffix: Self.tsuki), (1...12).contains(m) { d.month = m; i = j; found = true }
        if let (day, j) = number(bytes, i, end, suffix: Self.nichi), (1...31).contains(day),
           !UTF8Bytes.matches(bytes, at: j, Self.aida, limit: end), !UTF8Bytes.matches(bytes, at: j, Self.hon, limit: end) {
            d.day = day; i = j; found = true
        }
        var part: ExtractionTables.TimeWord?
        let isWord = notPeriods.contains { UTF8Bytes.matches(bytes, at: i, $0.form, limit: end) }
        for w in dayParts where !isWord && UTF8Bytes.matches(bytes, at: i, w.form, limit: end) {
            d.period = w.meaning
            i += w.form.count
            part = w
            break
        }
        if let (h, j) = number(bytes, i, end, suffix: Self.ji), h <= 24, !UTF8Bytes.matches(bytes, at: j, Self.aida, limit: end) {
            d.hour = Self.hour(h, after: part)
            i = j
            found = true
            if let (m, k) = number(bytes, i, end, suffix: Self.fun), m < 60, !UTF8Bytes.matches(bytes, at: k, Self.aida, limit: end) {
                d.minute = m; i = k
            } else if UTF8Bytes.matches(bytes, at: i, Self.han, limit: end) {
                d.minute = 30; i += Self.han.count
            } else {
                d.minute = 0
            }
            if d.period == "am" || d.period == "pm" { d.period = nil }
        }
        // A bare 午前 or 未明 is a time only when attached to a date (7日午前, 8日未明).
        guard found else { return nil }
        for w in qualifiers where UTF8Bytes.matches(bytes, at: i, w.form, limit: end) {
            d.qualifier = w.meaning
            i += w.form.count
            break
        }
        d.range = start..<i
        return d
    }

    /// The 24-hour clock hour of a written hour `h` after a part of the day: 午後 adds 12 below noon
    /// (午後0時 is noon); a part with hours (夜 18-24) takes the one of h and h+12 inside them, so
    /// 夜9時 is 21, 夜12時 24 (midnight) and 夜1時 stays 1; any other (朝, 未明, 午前) leaves it as written.
    static func hour(_ h: Int, after part: ExtractionTables.TimeWord?) -> Int {
        guard let part else { return h }
        if part.role == "hour-shift" { return part.meaning == "pm" && h < 12 ? h + 12 : h }
        guard let hours = part.hours, !hours.contains(h), h <= 12, hours.contains(h + 12) else { return h }
        return h + 12
    }

    /// Fills year and month from the report's date, as far as the text allows.
    static func resolvedDate(_ d: Draft, reference: CalendarDate?) -> (y: Int?, m: Int?, day: Int?) {
        var y = d.year, m = d.month
        if let ref = reference {
            if y == nil && (m != nil || d.day != nil) { y = ref.year }
            if m == nil && d.day != nil { m = ref.month }
        }
        return (y, m, d.day)
    }

    /// ISO 8601 text and a UTC sort key (minutes) for a draft.
    static func iso(_ d: Draft, reference: CalendarDate?) -> (iso: String?, instant: Int?) {
        if let rel = d.relative {
            guard let ref = reference else { return (nil, nil) }
            switch rel.scale {
            case "day":
                let date = ref.adding(days: rel.shift)
                return (date.iso, date.dayNumber * 1440)
            case "week":
                let date = ref.adding(days: 7 * rel.shift)
                let (wy, w) = isoWeek(date)
                return ("\(four(wy))-W\(two(w))", nil)
            case "month":
                var m = ref.month + rel.shift, y = ref.year
                while m > 12 { m -= 12; y += 1 }
                while m < 1 { m += 12; y -= 1 }
                return ("\(four(y))-\(two(m))", nil)
            case "year": return (four(ref.year + rel.shift), nil)
            default: return (nil, nil)
            }
        }
        let (y, m, day) = resolvedDate(d, reference: reference)
        var text = ""
        var instant: Int? = nil
        switch (y, m, day) {
        case let (y?, m?, day?):
            text = "\(four(y))-\(two(m))-\(two(day))"
            // A sort key: exact when clock and zone are known, the day's start (taken as UTC) otherwise.
            instant = CalendarDate(year: y, month: m, day: day).dayNumber * 1440 + (d.hour ?? 0) * 60 + (d.minute ?? 0) - (d.offsetMinutes ?? 0)
        case let (y?, m?, nil): text = "\(four(y))-\(two(m))"
        case let (y?, nil, nil): text = four(y)
        case let (nil, m?, day?): text = "--\(two(m))-\(two(day))"
        case let (nil, nil, day?): text = "---\(two(day))"
        case let (nil, m?, nil): text = "--\(two(m))"
        default: break
        }
        if let h = d.hour {
            text += "T\(two(h)):\(two(d.minute ?? 0))"
            if let off = d.offsetMinutes { text += UTCOffset.text(off) }
        }
        return (text.isEmpty ? nil : text, instant)
    }

    /// ISO 8601 week-numbering year and week of a date.
    static func isoWeek(_ date: CalendarDate) -> (Int, Int) {
        let weekday = ((date.dayNumber % 7) + 7 + 3) % 7 + 1   // 1 = Monday; day 0 (1970-01-01) was a Thursday
        let thursday = date.adding(days: 4 - weekday)
        let jan1 = CalendarDate(year: thursday.year, month: 1, day: 1)
        return (thursday.year, (thursday.dayNumber - jan1.dayNumber) / 7 + 1)
    }

    /// Two times in one sentence, one with a zone and full date and time, one without: the
    /// record states both clocks (3日午後9時ごろ、日本時間の4日午前11時ごろ), so the
    /// unzoned one's offset follows.
    static func pairZones(_ drafts: inout [Draft], reference: CalendarDate?) {
        guard drafts.count >= 2 else { return }
        for a in drafts.indices where drafts[a].offsetMinutes == nil && drafts[a].hour != nil {
            for b in drafts.indices where b != a && drafts[b].offsetMinutes != nil && drafts[b].hour != nil {
                let da = resolvedDate(drafts[a], reference: reference), db = resolvedDate(drafts[b], reference: reference)
                guard let ya = da.y, let ma = da.m, let dA = da.day, let yb = db.y, let mb = db.m, let dB = db.day else { continue }
                let localA = CalendarDate(year: ya, month: ma, day: dA).dayNumber * 1440 + drafts[a].hour! * 60 + (drafts[a].minute ?? 0)
                let localB = CalendarDate(year: yb, month: mb, day: dB).dayNumber * 1440 + drafts[b].hour! * 60 + (drafts[b].minute ?? 0)
                let offset = drafts[b].offsetMinutes! - (localB - localA)
                guard abs(offset) <= 14 * 60, offset % 15 == 0 else { continue }
                drafts[a].offsetMinutes = offset
                drafts[a].zone = "UTC" + UTCOffset.text(offset)
                drafts[a].derivedZone = true
                break
            }
        }
    }
}
