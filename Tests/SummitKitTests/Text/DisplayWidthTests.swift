import Testing
@testable import SummitKit

@Suite("Render: display width")
struct RenderDisplayWidthTests {
    @Test func asciiAndJapanese() {
        #expect(displayWidth("LNG") == 3)
        #expect(displayWidth("日本") == 4)
        #expect(displayWidth("「」") == 4)
        #expect(displayWidth("、。・") == 6)
        #expect(displayWidth("日米首脳会談 LNG") == 16)
        #expect(displayWidth("") == 0)
    }

    @Test func halfwidthAndFullwidthForms() {
        #expect(displayWidth("ｱ") == 1)          // U+FF71 halfwidth katakana
        #expect(displayWidth("ｶﾞ") == 2)         // halfwidth voiced mark is its own cell
        #expect(displayWidth("Ａ") == 2)          // U+FF21 fullwidth A
        #expect(displayWidth("￥") == 2)          // U+FFE5
        #expect(displayWidth("\u{3000}") == 2)    // ideographic space
    }

    @Test func combiningAndZeroWidth() {
        #expect(displayWidth("e\u{301}") == 1)
        #expect(displayWidth("か\u{3099}") == 2)  // combining dakuten
        #expect(displayWidth("a\u{200B}b") == 2)
        #expect(displayWidth("\u{FEFF}") == 0)
        #expect(displayWidth(of: "\u{200D}") == 0)
        #expect(displayWidth(of: "\u{FE0F}") == 0)
        #expect(displayWidth(of: "\u{301}") == 0)
        #expect(displayWidth(of: "\u{20DD}") == 0)   // enclosing circle (Me)
    }

    @Test func controlsAreZero() {
        #expect(displayWidth("\u{1B}[1m") == 3)
        #expect(displayWidth("\t\r\n\u{0}\u{7F}\u{9B}") == 0)
    }

    @Test func ambiguousIsNarrow() {
        #expect(displayWidth("°±×") == 3)
        #expect(displayWidth("─│┼") == 3)
        #expect(displayWidth("…") == 1)
        #expect(displayWidth("α") == 1)
    }

    @Test func emoji() {
        #expect(displayWidth("😀") == 2)
        #expect(displayWidth("👍🏽") == 2)                       // skin tone modifier
        #expect(displayWidth("👨\u{200D}👩\u{200D}👧") == 2)      // ZWJ family
        #expect(displayWidth("🇯🇵") == 2)                        // flag pair
        #expect(displayWidth("❤\u{FE0F}") == 2)                 // VS16 presentation
        #expect(displayWidth("❤") == 1)
        #expect(displayWidth("1\u{FE0F}\u{20E3}") == 2)          // keycap
    }

    @Test func substringsWork() {
        let text = "日本 and 米国"
        #expect(displayWidth(text.prefix(2)) == 4)
        #expect(displayWidth(text.dropFirst(3)) == 8)
    }

    @Test func wideTableHoldsNoCombiningMarks() {
        for span in WidthTables.wide where span.lower < 0x20000 {
            for value in span.lower...span.upper {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let category = scalar.properties.generalCategory
                #expect(category != .nonspacingMark && category != .enclosingMark,
                        "U+\(String(value, radix: 16)) is a mark")
            }
        }
    }

    @Test func widthTablesAreSortedAndDisjoint() {
        for spans in [WidthTables.wide, WidthTables.zeroWidth] {
            for (a, b) in zip(spans, spans.dropFirst()) {
                #expect(a.lower <= a.upper)
                #expect(a.upper < b.lower)
            }
        }
    }

    @Test func cjkPunctuationFastPath() {
        #expect(displayWidth("「」、。〃\u{3000}") == 12)
        #expect(displayWidth("\u{3029}\u{302A}\u{302D}\u{302E}") == 4)  // tone marks U+302A–302D are zero
    }

    /// The UTF-8 measurer used by tables and wrapping agrees with the String one.
    @Test func bytesAndStringsMeasureAlike() {
        let cases: [(String, Int)] = [("e\u{301}日本", 5), ("a\u{200B}日", 3), ("👨\u{200D}👩\u{200D}👧🇯🇵", 4),
                                      ("ｶﾞ\u{3000}", 4), ("\u{600}x", 2), ("", 0), ("LNG", 3), ("\u{1B}[1m", 3), ("❤\u{FE0F}", 2)]
        for (text, width) in cases {
            #expect(displayWidth(text) == width, "\(text)")
            #expect(withUTF8Bytes(of: text) { displayWidth(utf8: $0) } == width, "\(text)")
        }
    }
}
