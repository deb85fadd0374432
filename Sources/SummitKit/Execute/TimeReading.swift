/// A time as the report wrote it, in English words (7日午前11時50分ごろ → "about 11:50 a.m. on the
/// 7th"; 日本時間の8日未明 → "the early hours of the 8th, Japan time"). Only what was written is
/// said: a day without its month stays "the 7th" (the `when` column gives the date as read).
struct TimeReading: Equatable {
    var year: Int?, month: Int?, day: Int?
    /// The clock, 0...24 hours as read (午後3時 is 15).
    var hour: Int?, minute: Int?
    /// The part of the day in English (early hours), when the report names one.
    var partOfDay: String?
    /// about, before, after, from, until: the time words' meanings, already English.
    var qualifier: String?
    /// The clock the report names, in English (Japan time).
    var zone: String?
    /// A relative word already read (next week, today): said as it is.
    var relative: String?

    var text: String {
        var out: String
        if let relative {
            out = relative
        } else {
            let date = Self.date(year: year, month: month, day: day)
            if let hour {
                out = Self.clock(hour: hour, minute: minute ?? 0, partOfDay: partOfDay)
                if let date { out += (day == nil ? " in " : " on ") + date }
            } else if let partOfDay, let date {
                out = "the \(partOfDay) of \(date)"
            } else {
                out = date ?? partOfDay ?? ""
            }
        }
        if let qualifier { out = qualifier + " " + out }
        if let zone { out += ", " + zone }
        return out
    }

    /// 11:50 → "11:50 a.m.", 15:00 → "3 p.m.", 0:00 → "midnight", 12:00 → "noon". A part of the day
    /// that is not 午前 or 午後 is said after it (夜9時, read as 21:00: "9 p.m. (night)"): it tells which
    /// night an hour after midnight belongs to (7日夜1時 is "1 a.m. (night) on the 7th").
    static func clock(hour: Int, minute: Int, partOfDay: String?) -> String {
        let mm = minute < 10 ? "0\(minute)" : "\(minute)"
        let h = hour % 12 == 0 ? 12 : hour % 12
        let text = minute == 0 && hour == 12 ? "noon"
            : minute == 0 && hour % 24 == 0 ? "midnight"
            : (minute == 0 ? "\(h)" : "\(h):\(mm)") + (hour % 24 < 12 ? " a.m." : " p.m.")
        return partOfDay.map { text + " (\($0))" } ?? text
    }

    /// "the 7th", "7 February", "7 February 2025", "February 2025", "2025"; nil when none is written.
    static func date(year: Int?, month: Int?, day: Int?) -> String? {
        let monthName = month.flatMap { (1...12).contains($0) ? monthNames[$0 - 1] : nil }
        switch (year, monthName, day) {
        case (nil, nil, let d?): return "the " + ordinal(d)
        case (let y, let m?, let d?): return "\(d) \(m)" + (y.map { " \($0)" } ?? "")
        case (let y, let m?, nil): return m + (y.map { " \($0)" } ?? "")
        case (let y?, nil, let d): return d.map { "the \(ordinal($0)), \(y)" } ?? "\(y)"
        default: return nil
        }
    }

    /// 1 → 1st, 2 → 2nd, 3 → 3rd, 11 → 11th, 22 → 22nd.
    static func ordinal(_ n: Int) -> String {
        let suffix = (11...13).contains(n % 100) ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th"
        return "\(n)\(suffix)"
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                             "November", "December"]
}
