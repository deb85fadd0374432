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

    // The cases below pin the byte-range wrapper's fast paths (one unit per scalar, ASCII and
    // CJK measured from UTF-8) and its fallback to grapheme clusters.

    @Test func mixedASCIIAndCJK() {
        #expect(wrap("LNG輸入を拡大 to buy more", toWidth: 10) == ["LNG輸入を", "拡大 to", "buy more"])
        #expect(wrap("日本はLNGの輸入", toWidth: 9) == ["日本はLNG", "の輸入"])
    }

    @Test func combiningMarksStayWithTheirBase() {
        let e = "e\u{301}"
        #expect(wrap(String(repeating: e, count: 6), toWidth: 4) == [String(repeating: e, count: 4), e + e])
        #expect(wrap("日本\u{301}語の文章です", toWidth: 6) == ["日本\u{301}語", "の文章", "です"])
    }

    @Test func emojiSequencesStayWhole() {
        let family = "👨\u{200D}👩\u{200D}👧"
        #expect(wrap("家族\(family)と旅行🇯🇵へ", toWidth: 6) == ["家族\(family)", "と旅行", "🇯🇵へ"])
    }

    @Test func zeroWidthCharactersTakeNoRoom() {
        #expect(wrap("a\u{200B}b\u{200B}c\u{200B}d\u{200B}e", toWidth: 3) == ["a\u{200B}b\u{200B}c\u{200B}", "d\u{200B}e"])
    }

    @Test func wordLongerThanTheColumn() {
        #expect(wrap("Supercalifragilistic word", toWidth: 8) == ["Supercal", "ifragili", "stic", "word"])
    }

    @Test func exactFit() {
        #expect(wrap("日本語です", toWidth: 10) == ["日本語です"])
        #expect(wrap("日本語です", toWidth: 9) == ["日本語で", "す"])
        #expect(wrap("abcde fghij", toWidth: 11) == ["abcde fghij"])
        #expect(wrap("abcde fghij", toWidth: 10) == ["abcde", "fghij"])
        #expect(wrap("abcde fghij", toWidth: 5) == ["abcde", "fghij"])
    }

    @Test func spacesHalfwidthKanaAndBrackets() {
        #expect(wrap("one\u{2028}二つ目の段落です", toWidth: 6) == ["one", "二つ目", "の段落", "です"])
        #expect(wrap("ｶﾞｷﾞｸﾞｹﾞｺﾞ", toWidth: 4) == ["ｶﾞｷﾞ", "ｸﾞｹﾞ", "ｺﾞ"])
        #expect(wrap("\u{3000}全角\u{3000}空白", toWidth: 4) == ["\u{3000}全", "角", "空白"])
        #expect(wrap("「日本」と「米国」。", toWidth: 6) == ["「日", "本」と", "「米", "国」。"])
    }

    /// Tables pad wrapped lines by the width the wrapper reports instead of measuring them
    /// again, so it must be what `displayWidth` says, on both the scalar and the cluster path.
    @Test func reportedLineWidthsAreDisplayWidths() {
        let texts = ["LNG輸入を拡大 to buy more US energy", "e\u{301}xposé 日本👨\u{200D}👩\u{200D}👧🇯🇵 ｱｲｳ 「引用」です。 word",
                     "one\ntwo\r\nthree\u{2028}四五六七八九", "a\u{200B}b\u{200B}c\u{200B}d", "", "   ", "ｶﾞｷﾞｸﾞｹﾞｺﾞ"]
        for text in texts {
            for width in 1...12 {
                withUTF8Bytes(of: text) { bytes in
                    var wrapper = TextWrapper()
                    wrapper.wrap(bytes, 0..<bytes.count, toWidth: width)
                    #expect(wrapper.lines.map { string(bytes, $0.bytes) } == wrap(text, toWidth: width))
                    for line in wrapper.lines {
                        #expect(line.width == displayWidth(string(bytes, line.bytes)), "\(text) at \(width)")
                    }
                }
            }
        }
    }
}
