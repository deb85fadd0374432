import Testing
@testable import SummitKit

/// English readings of what a report wrote: amounts from a figure's value, unit and qualifier,
/// times from the words as written. Reports and values here are invented.
@Suite struct EnglishReadingTests {
    let words = ExtractionTables.bundled.english

    func amount(_ value: Double, _ unit: String, _ q: FigureQualifier = .exact, ends: (Double, Double)? = nil) -> String {
        AmountReading.text(value: value, unit: unit, qualifier: q, ends: ends.map { (low: $0.0, high: $0.1) }, words: words)
    }

    @Test func myriadScalesReadAsThousands() {
        #expect(AmountReading.number(7e11) == "700 billion")
        #expect(AmountReading.number(2.5e12) == "2.5 trillion")
        #expect(AmountReading.number(4.5e7) == "45 million")
        #expect(AmountReading.number(12_000) == "12,000")
        #expect(AmountReading.number(2.5) == "2.5")
        #expect(AmountReading.number(6.75e15) == "6,750 trillion")
        // More digits than three decimals of a scale word would keep: every digit, grouped.
        #expect(AmountReading.number(1_234_567_891) == "1,234,567,891")
    }

    @Test func dollarsTakeTheirSignAndYenItsWord() {
        #expect(amount(7e11, "USD", .nearly) == "nearly $700 billion")
        #expect(amount(3.2e10, "USD", .about) == "about $32 billion")
        #expect(amount(2.5e12, "JPY") == "2.5 trillion yen")
        #expect(amount(4.5e7, "JPY", .over) == "over 45 million yen")
        #expect(amount(9e9, "EUR", .under) == "under €9 billion")
        #expect(amount(300, "JPY", .atMost) == "at most 300 yen")
        #expect(amount(40, "percent", .atLeast) == "at least 40 percent")
    }

    @Test func oneIsSingularAndAnUnknownUnitKeepsItsCode() {
        #expect(amount(1, "people") == "1 person")
        #expect(amount(3, "people") == "3 people")
        #expect(amount(1, "years") == "1 year")
        #expect(amount(1e6, "people") == "1 million people")
        #expect(amount(1, "JPY") == "1 yen")
        #expect(amount(5, "widgets") == "5 widgets")
    }

    @Test func rangesReadBothEnds() {
        #expect(amount(4.3e12, "JPY", .range, ends: (4.2e12, 4.4e12)) == "4.2 to 4.4 trillion yen")
        #expect(amount(1e12, "JPY", .range, ends: (8e11, 1.2e12)) == "800 billion to 1.2 trillion yen")
        #expect(amount(7.5e9, "USD", .range, ends: (6e9, 9e9)) == "$6 billion to $9 billion")
        #expect(amount(15, "people", .range, ends: (10, 20)) == "10 to 20 people")
        // Without its ends a range is its middle, about.
        #expect(amount(7.5e9, "USD", .range) == "about $7.5 billion")
    }

    @Test func figuresOfAnInventedReportReadInEnglish() {
        let s = extract("""
        首相は「港湾におよそ650億ドルを投じる」と述べた。予算を4兆2000億円から4兆4000億円に増やし、職員の2割から3割が参加し、1人が欠席した。三千億円近くの支出もある。

        """)
        let readings = EnglishReadings(tables: .bundled)
        #expect(s.figures.map(readings.figure) == ["about $65 billion", "4.2 to 4.4 trillion yen", "20 to 30 percent", "1 person",
                                                   "nearly 300 billion yen"])
    }

    @Test func clocksReadInTwelveHours() {
        #expect(TimeReading.clock(hour: 0, minute: 0, partOfDay: nil) == "midnight")
        #expect(TimeReading.clock(hour: 24, minute: 0, partOfDay: nil) == "midnight")
        #expect(TimeReading.clock(hour: 0, minute: 30, partOfDay: nil) == "12:30 a.m.")
        #expect(TimeReading.clock(hour: 12, minute: 0, partOfDay: nil) == "noon")
        #expect(TimeReading.clock(hour: 12, minute: 5, partOfDay: nil) == "12:05 p.m.")
        #expect(TimeReading.clock(hour: 23, minute: 45, partOfDay: nil) == "11:45 p.m.")
        #expect(TimeReading.clock(hour: 21, minute: 0, partOfDay: "night") == "9 p.m. (night)")
        #expect(TimeReading.clock(hour: 24, minute: 0, partOfDay: "night") == "midnight (night)")
        #expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31].map(TimeReading.ordinal)
                == ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "31st"])
    }

    @Test func timesOfAnInventedReportReadAsWritten() {
        let s = extract("""
        首脳会談は日本時間の10日午後11時半ごろに始まり、ワシントン時間の11日午前0時過ぎまで続いた。午後6時に再開し、2024年3月に合意した。5月20日まで協議し、12日夜に発表し、来週また会う。

        """, name: "talks-2024-03-09.txt")
        let readings = EnglishReadings(tables: .bundled)
        #expect(s.times.map(readings.time) == [
            "about 11:30 p.m. on the 10th, Japan time", "after midnight on the 11th, Washington time", "6 p.m.", "March 2024",
            "until 20 May", "the night of the 12th", "next week",
        ])
        #expect(s.times.map { readings.zone($0) } == ["Japan time", "Washington time", nil, nil, nil, nil, nil])
    }

    @Test func anEveningHourReadsAsPM() {
        let (written, when) = readAndWhen("首相は3日夜9時に到着し、夕方6時半ごろ会見し、朝9時に出発した。")
        #expect(written == ["9 p.m. (night) on the 3rd", "about 6:30 p.m. (evening)", "9 a.m. (morning)"])
        #expect(when == ["2024-06-03 21:00", "about 18:30", "09:00"])
    }

    /// A sentence's times as written and as "when" says them, in English.
    func readAndWhen(_ sentence: String) -> (written: [String], when: [String]) {
        let s = extract(sentence + "\n", name: "visit-2024-06-03.txt")
        let readings = EnglishReadings(tables: .bundled)
        return (s.times.map(readings.time), s.times.map { AnswerBuilder.when($0, zone: readings.zone($0)) })
    }

    @Test func aMomentGivenInTwoClocksNamesOnlyTheClockTheReportNamed() {
        let (written, when) = readAndWhen("大統領は3日午後9時ごろ、日本時間の4日午前11時ごろ首相を出迎えました。")
        #expect(written == ["about 9 p.m. on the 3rd", "about 11 a.m. on the 4th, Japan time"])
        // The first clock's zone was worked out from the second: an offset, not a place.
        #expect(when == ["about 2024-06-03 21:00 UTC-05:00", "about 2024-06-04 11:00 Japan time"])
        let s = extract("大統領は3日午後9時ごろ、日本時間の4日午前11時ごろ首相を出迎えました。\n", name: "visit-2024-06-03.txt")
        #expect(s.times.map { AnswerBuilder.when($0) } == ["about 2024-06-03 21:00 UTC-05:00", "about 2024-06-04 11:00 JST"])
    }

    @Test func localTimeKeepsTheOffsetWorkedOutForIt() {
        let (written, when) = readAndWhen("大統領は現地時間の3日午後9時ごろ、日本時間の4日午前11時ごろ首相を出迎えました。")
        #expect(written == ["about 9 p.m. on the 3rd, local time", "about 11 a.m. on the 4th, Japan time"])
        #expect(when == ["about 2024-06-03 21:00 UTC-05:00 (local time)", "about 2024-06-04 11:00 Japan time"])
    }

    @Test func theTablesGiveEveryZoneAndPartOfTheDayItsEnglish() {
        #expect(words.zones.first { $0.form == "日本時間" }?.english == "Japan time")
        #expect(words.zones.first { $0.form == "現地時間" }?.english == "local time")
        #expect(words.partsOfDay["early-morning"] == "early hours")
        #expect(words.units["USD"] == .init(many: "$", one: "$", before: true))
        // Longest form first: 米東部時間 is not read as 東部時間.
        let forms = words.zones.map(\.form)
        #expect(forms.firstIndex(of: "米東部時間")! < forms.firstIndex(of: "東部時間")!)
    }
}
