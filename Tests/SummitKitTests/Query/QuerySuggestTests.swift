import Testing
@testable import SummitKit

@Suite struct QuerySuggestTests {
    @Test func distanceCountsSwapsAsOneEdit() {
        #expect(Suggest.distance("quotse", "quotes") == 1)
        #expect(Suggest.distance("figurs", "figures") == 1)
        #expect(Suggest.distance("sad", "said") == 1)
        #expect(Suggest.distance("", "abc") == 3)
        #expect(Suggest.distance("kitten", "sitting") == 3)
        // With a limit it stops once past it, and says so with limit + 1; within it, the same answer.
        #expect(Suggest.distance("kitten", "sitting", limit: 1) == 2)
        #expect(Suggest.distance("quotse", "quotes", limit: 1) == 1)
        #expect(Suggest.distance("abcdef", "badcfe", limit: 3) == 3)
        #expect(Suggest.distance("関税", "関税") == 0)
    }

    @Test func nearestRespectsThresholds() {
        #expect(Suggest.nearest(to: "jsn", among: ["table", "json", "csv", "text"]) == "json")
        #expect(Suggest.nearest(to: "xml", among: ["table", "json", "csv", "text"]) == nil)
        #expect(Suggest.nearest(to: "tmeline", among: Keywords.queryStarts) == "timeline")
        #expect(Suggest.nearest(to: "FIGURS", among: Keywords.queryStarts) == "figures")
        #expect(Suggest.nearest(to: "quotes", among: ["quotes"]) == nil)
        #expect(Suggest.nearest(to: "ab", among: ["as"]) == "as")
        #expect(Suggest.nearest(to: "abc", among: ["as"]) == nil)
    }
}
