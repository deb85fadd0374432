import Testing
@testable import SummitKit

@Suite("Render: wrapping")
struct RenderTextWrapTests {
    @Test func latinBreaksAtSpaces() {
        #expect(wrap("the quick brown fox", toWidth: 10) == ["the quick", "brown fox"])
        #expect(wrap("a  b", toWidth: 2) == ["a", "b"])
    }

    @Test func longWordIsCut() {
        #expect(wrap("abcdefghij", toWidth: 4) == ["abcd", "efgh", "ij"])
    }

    @Test func japaneseBreaksAnywhere() {
        #expect(wrap("日米首脳会談", toWidth: 4) == ["日米", "首脳", "会談"])
        #expect(wrap("日米首脳会談", toWidth: 5) == ["日米", "首脳", "会談"])
    }

    @Test func kinsokuKeepsClosingPunctuation() {
        // A break before 。 would start a line with it; move 談 down with it instead.
        #expect(wrap("会談。", toWidth: 4) == ["会", "談。"])
        // Opening bracket stays with what follows.
        #expect(wrap("日「米」", toWidth: 6) == ["日", "「米」"])
    }

    @Test func mixedJapaneseAndEnglish() {
        let lines = wrap("日本はLNGの輸入を拡大 to buy more US energy", toWidth: 12)
        for line in lines { #expect(displayWidth(line) <= 12, "\(line)") }
        #expect(lines.joined().filter { $0 != " " } ==
                "日本はLNGの輸入を拡大 to buy more US energy".filter { $0 != " " })
        #expect(lines == ["日本はLNGの", "輸入を拡大", "to buy more", "US energy"])
        #expect(!lines.contains { $0.hasPrefix(" ") || $0.hasSuffix(" ") })
    }

    @Test func neverExceedsWidthAndKeepsGraphemes() {
        let text = "e\u{301}xposé 日本👨\u{200D}👩\u{200D}👧🇯🇵 ｱｲｳ 「引用」です。 word"
        for width in 1...20 {
            let lines = wrap(text, toWidth: width)
            for line in lines {
                #expect(displayWidth(line) <= max(width, 2), "width \(width): \(line)")
            }
            #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
        }
    }

    @Test func singleWideGraphemeMayExceedTinyWidth() {
        #expect(wrap("日本", toWidth: 1) == ["日", "本"])
    }

    @Test func edgeCases() {
        #expect(wrap("anything at all", toWidth: 0) == ["anything at all"])
        #expect(wrap("", toWidth: 5) == [""])
        #expect(wrap("one\ntwo", toWidth: 10) == ["one", "two"])
        #expect(wrap("one\r\ntwo\rthree\n", toWidth: 10) == ["one", "two", "three", ""])
        #expect(wrap("  indented", toWidth: 20) == ["  indented"])
    }
}
