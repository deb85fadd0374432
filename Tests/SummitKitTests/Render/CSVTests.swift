import Testing
@testable import SummitKit

@Suite("Render: CSV")
struct RenderCSVTests {
    @Test func plainFieldsUnquoted() {
        #expect(csvRecord(["LNG", "日本", "1000", ""]) == "LNG,日本,1000,")
        #expect(csvRecord([]) == "")
        #expect(csvRecord([""]) == "")
    }

    @Test func quotingRules() {
        #expect(csvRecord(["a,b"]) == "\"a,b\"")
        #expect(csvRecord(["say \"hi\""]) == "\"say \"\"hi\"\"\"")
        #expect(csvRecord(["\""]) == "\"\"\"\"")
        #expect(csvRecord(["line1\nline2"]) == "\"line1\nline2\"")
        #expect(csvRecord(["cr\rhere"]) == "\"cr\rhere\"")
        #expect(csvRecord(["crlf\r\nhere"]) == "\"crlf\r\nhere\"")
        #expect(csvRecord([" lead", "trail ", "in side"]) == "\" lead\",\"trail \",in side")
        #expect(csvRecord(["「引用」、です"]) == "「引用」、です")   // ideographic comma is not a separator
    }

    @Test func documentUsesCRLFAndLeavesTheLastLineToTheCaller() {
        let document = csvDocument(header: ["who", "said"],
                                   rows: [["石破", "「黄金時代」"], ["Trump", "\"great\",\nreally"]])
        #expect(document == "who,said\r\n石破,「黄金時代」\r\nTrump,\"\"\"great\"\",\nreally\"")
    }

    @Test func emptyDocumentHasHeaderUnlessHeadersAreOff() {
        #expect(csvDocument(header: ["a", "b"], rows: []) == "a,b")
        #expect(csvDocument(header: nil, rows: [["1", "2"]]) == "1,2")
    }
}
