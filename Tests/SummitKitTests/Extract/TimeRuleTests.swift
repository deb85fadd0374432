import Testing
@testable import SummitKit

@Suite struct TimeRuleTests {
    @Test func pairedClocksGiveBothZones() {
        let s = extract("大統領は7日午前11時50分ごろ、日本時間の8日午前1時50分ごろ首相を出迎えました。\n")
        #expect(s.times.map(\.iso) == ["2025-02-07T11:50-05:00", "2025-02-08T01:50+09:00"])
        #expect(s.times.map(\.zone) == ["UTC-05:00", "JST"])
        #expect(s.times.map(\.qualifier) == ["about", "about"])
        #expect(s.times[0].pairedWith == s.times[1].id)
        #expect(s.times[0].instant == s.times[1].instant)
    }

    @Test func partsOfTheDayAndQualifiers() {
        let s = extract("午前2時半前から始まり、8日未明に終わり、午後3時に再開した。\n")
        #expect(s.times.map(\.iso) == ["T02:30", "2025-02-08", "T15:00"])
        #expect(s.times.map(\.qualifier) == ["before", nil, nil])
        #expect(s.times[1].period == "early-morning")
    }

    /// The part of the day decides the half of the clock: 夜, 晩 and 夕方 are the afternoon and evening,
    /// 朝 and 未明 the morning, and 午後 is not shifted twice.
    @Test func partsOfTheDayShiftTheHour() {
        let s = extract("""
        首相は5日夜9時に到着し、晩8時半に会食し、夕方6時に会見した。朝9時に出発し、6日未明3時に戻った。
        長官は夜12時まで残り、夜11時半ごろ退庁し、午後9時に発表し、9時に再開した。

        """)
        #expect(s.times.map(\.iso) == ["2025-02-05T21:00", "T20:30", "T18:00", "T09:00", "2025-02-06T03:00",
                                        "T24:00", "T23:30", "T21:00", "T09:00"])
        #expect(s.times.map(\.qualifier) == [nil, nil, nil, nil, nil, "until", "about", nil, nil])
        #expect(s.times.map(\.period) == ["night", "night", "evening", "morning", "early-morning", "night", "night", nil, nil])
    }

    /// A period's hours hold only one of h and h+12: 夜1時 is after midnight, 昼1時 past noon, 昼12時 noon,
    /// 深夜0時 midnight; 晩さん会 (a banquet) has no clock and is no time.
    @Test func aPeriodShiftsOnlyIntoItsOwnHours() {
        let s = extract("夜1時に散会し、昼1時に再開し、昼12時に休憩し、深夜0時に閉じ、深夜11時に開いた。晩さん会に出た。\n")
        #expect(s.times.map(\.iso) == ["T01:00", "T13:00", "T12:00", "T00:00", "T23:00"])
        // A banquet on the 7th is the 7th, not the night of the 7th.
        let banquet = extract("首相は7日晩さん会に出た。\n")
        #expect(banquet.times.map(\.surface) == ["7日"] && banquet.times.first?.period == nil)
        let night = extract("7日夜12時に終わった。\n")
        #expect(night.times.first?.instant == extract("8日午前0時に終わった。\n").times.first?.instant)
    }

    @Test func relativeWordsResolveAgainstTheRecordDate() {
        let s = extract("きょう会談し、来週発表し、4月から稼働する。\n")
        #expect(s.times.map(\.iso) == ["2025-02-07", "2025-W07", "2025-04"])
        #expect(s.times[2].qualifier == "from")
    }

    @Test func withoutADateInTheNameOnlyWhatIsWritten() {
        let s = extract("7日に会談し、きょう発表した。\n", name: "report.txt")
        #expect(s.times.map(\.iso) == ["---07", nil])
    }

    @Test func durationsAreNotTimes() {
        let s = extract("3日間の訪問で、5時間話し、日本側は2日本社に戻った。\n")
        #expect(s.times.isEmpty)
    }
}
