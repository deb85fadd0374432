import Testing
@testable import SummitKit

@Suite struct QueryModifierTests {
    @Test func limitAndFormatInAnyOrder() {
        #expect(parsed("who said LNG limit 3 as json")?.limit == 3)
        #expect(parsed("who said LNG limit 3 as json")?.format == .json)
        #expect(parsed("who said LNG as csv limit 7")?.limit == 7)
        #expect(parsed("who said LNG as csv limit 7")?.format == .csv)
        #expect(parsed("timeline AS TEXT")?.format == .text)
        #expect(parsed("topics as table")?.format == .table)
        #expect(parsed("quotes by Trump LIMIT 10")?.query == .quotes(speaker: "Trump", about: nil))
        #expect(parsed("quotes by Trump LIMIT 10")?.limit == 10)
        #expect(parsed("timeline")?.limit == nil)
        #expect(parsed("timeline")?.format == nil)
    }

    @Test func everyFormatIsAccepted() {
        for format in OutputFormat.allCases {
            #expect(parsed("topics as \(format.rawValue)")?.format == format)
        }
    }
}
