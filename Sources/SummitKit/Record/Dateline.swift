extension Record {
    /// How many lines from the top a dateline may sit: after the title, before the story.
    static let datelineLines = 5
    private static let nen = Array("年".utf8), tsuki = Array("月".utf8), nichi = Array("日".utf8)

    /// The date of a dateline near the top (2025年5月12日 19時42分): a report whose file name
    /// carries no date still dates its relative times (きょう, 12日午後) from this.
    static func datelineDate(_ bytes: [UInt8], lineStarts: [Int]) -> CalendarDate? {
        for (k, start) in lineStarts.prefix(datelineLines).enumerated() {
            let end = k + 1 < lineStarts.count ? lineStarts[k + 1] : bytes.count
            var i = start
            while i < end && (bytes[i] == 0x20 || bytes[i] == 0x09) { i += 1 }
            guard let (y, a) = number(bytes, i, end, maxDigits: 4), y >= 1900, y <= 2200, UTF8Bytes.matches(bytes, at: a, Self.nen, limit: end),
                  let (m, b) = number(bytes, a + 3, end, maxDigits: 2), (1...12).contains(m), UTF8Bytes.matches(bytes, at: b, Self.tsuki, limit: end),
                  let (d, c) = number(bytes, b + 3, end, maxDigits: 2), d >= 1, d <= CalendarDate.daysIn(month: m, year: y),
                  UTF8Bytes.matches(bytes, at: c, Self.nichi, limit: end) else { continue }
            return CalendarDate(year: y, month: m, day: d)
        }
        return nil
    }

    /// Up to `maxDigits` half- or full-width digits at `i`: their value and where they end.
    private static func number(_ bytes: [UInt8], _ i: Int, _ end: Int, maxDigits: Int) -> (Int, Int)? {
        var j = i, v = 0, n = 0
        while j < end, n < maxDigits, let (d, w) = UTF8Bytes.digit(bytes, j, end) { v = v * 10 + d; j += w; n += 1 }
        return n > 0 ? (v, j) : nil
    }
}
