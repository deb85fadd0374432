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
