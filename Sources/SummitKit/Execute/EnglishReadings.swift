/// English readings of what a report wrote, for a reader who asked for English: a figure's
/// amount (`AmountReading`), a time as written (`TimeReading`, from the time rules read again on
/// the words as written: what the report gave, not what was resolved), and the clock a time
/// names. Made only when English is asked for; the time rules only when a time is read (they
/// need the extraction vocabulary, about half a millisecond to build).
struct EnglishReadings: Sendable {
    let words: ExtractionTables.EnglishWords
    private let tables: ExtractionTables
    private let rules = BuiltOnce<TimeRules>()

    init(tables: ExtractionTables) {
        words = tables.english
        self.tables = tables
    }

    var timeRules: TimeRules {
        let tables = self.tables
        return rules.value { TimeRules(tables: tables) }
    }

    func figure(_ f: FigureFact) -> String {
        var ends: (low: Double, high: Double)?
        if f.qualifier == .range, let (low, high) = AmountReading.ends(of: f.surface, scale: 1), low + high > 0 {
            // What one of the unit is (割 is ten percent): the value is the range's middle.
            let scale = f.value / ((low + high) / 2)
            ends = (low * scale, high * scale)
        }
        return AmountReading.text(value: f.value, unit: f.unit, qualifier: f.qualifier, ends: ends, words: words)
    }

    func time(_ t: TimeFact) -> String {
        let bytes = Array(t.surface.utf8)
        guard t.relative == nil, let d = timeRules.parse(bytes, at: 0, end: bytes.count) else {
            return TimeReading(qualifier: t.qualifier, zone: zone(t), relative: t.relative ?? t.surface).text
        }
        return TimeReading(year: d.year, month: d.month, day: d.day, hour: d.hour, minute: d.hour == nil ? nil : d.minute,
                           partOfDay: d.period.map { words.partsOfDay[$0] ?? $0 }, qualifier: d.qualifier,
                           zone: zone(t)).text
    }

    /// The clock the report says a time is in, in English ("Japan time" for 日本時間の…); nil when
    /// it names none (a zone worked out from another clock in the sentence is only an offset).
    func zone(_ t: TimeFact) -> String? {
        words.zones.first { t.surface.utf8.starts(with: $0.form.utf8) }?.english
    }
}
