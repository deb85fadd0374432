import Testing
@testable import SummitKit

/// `timeline at …`: the clock forms people type, in English and Japanese, and what is refused.
@Suite struct ClockReadingTests {
    func read(_ s: String) -> String? {
        ClockReading.read(s.split(separator: " ").map(String.init)).map { "\($0.0.text)/\($0.taken)" }
    }

    @Test func englishForms() {
        #expect(read("2") == "02:00/1")
        #expect(read("2am") == "02:00/1")
        #expect(read("2 am") == "02:00/2")
        #expect(read("2 p.m.") == "14:00/2")
        #expect(read("2:30pm") == "14:30/1")
        #expect(read("14:05") == "14:05/1")
        #expect(read("12am") == "00:00/1")     // midnight
        #expect(read("12pm") == "12:00/1")     // noon
        #expect(read("noon EST") == "12:00 EST/2")
        #expect(read("midnight") == "00:00/1")
        #expect(read("2 am Japan time") == "02:00 JST/4")
        #expect(read("2am jst about lunch") == "02:00 JST/2")
        // What follows the reading is not taken: `about`, a lower-case word, a long word.
        #expect(read("2 about lunch") == "02:00/1")
        #expect(read("2am TODAY") == "02:00/1")
    }

    @Test func japaneseForms() {
        #expect(read("午前2時") == "02:00/1")
        #expect(read("午後2時半") == "14:30/1")
        #expect(read("14時30分") == "14:30/1")
        #expect(read("午後１時") == "13:00/1")   // full-width digits
        #expect(read("午前2時 日本時間") == "02:00 JST/2")
    }

    @Test func refused() {
        #expect(read("25:00") == nil)
        #expect(read("2:3") == nil)
        #expect(read("2:60") == nil)
        #expect(read("13pm") == nil)
        #expect(read("lunch") == nil)
        #expect(read("午後13時") == nil)
        #expect(read("2時間") == nil)           // a duration, not a clock
        #expect(read("") == nil)
    }

    @Test func theQueryTakesTheClauseInEitherOrderOnce() throws {
        #expect(try parseQuery("timeline at 2am").query == .timeline(about: nil, all: false, at: ClockReading(minutes: 120)))
        #expect(try parseQuery("timeline about lunch at 2:30 pm JST").query
                == .timeline(about: .word("lunch"), all: false, at: ClockReading(minutes: 870, zone: "JST")))
        #expect(try parseQuery("timeline all at noon about lunch").query
                == .timeline(about: .word("lunch"), all: true, at: ClockReading(minutes: 720)))
        #expect(try parseQuery("timeline at 2am").canonicalText == "timeline at 02:00")
        // A place's clock after the time, and `in ZONE` in any order with the other clauses.
        #expect(try parseQuery("timeline at noon washington time").query
                == .timeline(about: nil, all: false, at: ClockReading(minutes: 720, zone: "washington time")))
        #expect(try parseQuery("timeline at 午後2時 ワシントン時間").query
                == .timeline(about: nil, all: false, at: ClockReading(minutes: 840, zone: "ワシントン時間")))
        #expect(try parseQuery("timeline in Japan time about lunch").query
                == .timeline(about: .word("lunch"), all: false, in: "Japan time"))
        #expect(try parseQuery("timeline about lunch in EST").canonicalText == "timeline about lunch in EST")
        #expect(throws: QueryError.self) { try parseQuery("timeline in EST in JST") }
        let noZone = #expect(throws: QueryError.self) { try parseQuery("timeline in") }
        #expect(noZone?.message == "expected a time zone after 'in'", "\(String(describing: noZone))")
        #expect(throws: QueryError.self) { try parseQuery("timeline at 2am at 3am") }
        let bad = #expect(throws: QueryError.self) { try parseQuery("timeline at lunch") }
        #expect(bad?.column == 13 && bad?.message == "expected a clock time after 'at'", "\(String(describing: bad))")
    }
}
