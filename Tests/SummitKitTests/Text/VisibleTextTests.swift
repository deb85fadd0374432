import Testing
@testable import SummitKit

@Suite("Render: visible text")
struct RenderVisibleTextTests {
    @Test func plainTextUnchanged() {
        for text in ["", "LNG", "日本「首脳」会談", "café – “quoted” ─│┼ ©°", "e\u{301}", "👨\u{200D}👩\u{200D}👧"] {
            #expect(visible(text) == text)
        }
    }

    @Test func c0ControlsBecomePictures() {
        #expect(visible("\u{1B}[31mred") == "␛[31mred")
        #expect(visible("a\u{0}b") == "a␀b")
        #expect(visible("a\tb") == "a␉b")
        #expect(visible("a\nb") == "a␤b")
        #expect(visible("a\r\nb") == "a␍␤b")
        #expect(visible("\u{7F}") == "␡")
        #expect(visible("\u{1F}") == "␟")
    }

    @Test func c1AndBidiBecomeLabels() {
        #expect(visible("\u{9B}31m") == "<U+009B>31m")
        #expect(visible("\u{80}\u{9F}") == "<U+0080><U+009F>")
        #expect(visible("abc\u{202E}fed") == "abc<U+202E>fed")
        #expect(visible("\u{2066}x\u{2069}") == "<U+2066>x<U+2069>")
    }

    @Test func neighboursOfEscapedRangesPassThrough() {
        // U+00A0, U+2029, U+202F and U+206A share lead bytes with escaped ranges.
        let text = "\u{A0}\u{2029}\u{202F}\u{2065}\u{206A}\u{2000}"
        #expect(visible(text) == text)
    }

    @Test func outputHasNoRawControls() {
        var all = ""
        for value in 0..<0x200 { all.unicodeScalars.append(Unicode.Scalar(value)!) }
        let shown = visible(all)
        #expect(!shown.unicodeScalars.contains { $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) })
    }
}
