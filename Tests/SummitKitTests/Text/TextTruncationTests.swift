import Testing
@testable import SummitKit

@Suite("Render: truncation")
struct RenderTextTruncationTests {
    @Test func shortTextUnchanged() {
        #expect(truncate("LNG", toWidth: 3) == "LNG")
        #expect(truncate("日本", toWidth: 4) == "日本")
    }

    @Test func cutsWithEllipsis() {
        #expect(truncate("liquefied", toWidth: 5) == "liqu…")
        #expect(truncate("liquefied", toWidth: 5, ellipsis: "...") == "li...")
    }

    @Test func wideCharacterStraddlingLimit() {
        // Budget is 4 cells before the ellipsis: 日本 fits, 米 would straddle.
        let cut = truncate("日本米国", toWidth: 5)
        #expect(cut == "日本…")
        // Budget of 3 cells: only 日 fits whole; the result is one cell short, never over.
        let short = truncate("日本米国", toWidth: 4)
        #expect(short == "日…")
        #expect(displayWidth(short) == 3)
    }

    @Test func neverExceedsWidth() {
        let samples = ["日米首脳会談でLNG輸入を協議", "e\u{301}e\u{301}e\u{301}e\u{301}",
                       "👨\u{200D}👩\u{200D}👧👨\u{200D}👩\u{200D}👧", "ｱｲｳｴｵ漢字abc", "🇯🇵🇺🇸🇯🇵"]
        for sample in samples {
            for width in 0...12 {
                let cut = truncate(sample, toWidth: width)
                #expect(displayWidth(cut) <= width, "\(sample) @ \(width) → \(cut)")
                #expect(sample.hasPrefix(cut.hasSuffix("…") ? String(cut.dropLast()) : cut))
            }
        }
    }

    @Test func neverSplitsGraphemes() {
        let cut = truncate("e\u{301}e\u{301}e\u{301}", toWidth: 2)
        #expect(cut == "e\u{301}…")
        #expect(cut.unicodeScalars.count == 3)
        let flags = truncate("🇯🇵🇺🇸", toWidth: 3)
        #expect(flags == "🇯🇵…")
    }

    @Test func ellipsisWiderThanLimit() {
        #expect(truncate("abcdef", toWidth: 2, ellipsis: "...") == "ab")
        #expect(truncate("abc", toWidth: 0) == "")
        #expect(truncate("日本", toWidth: 1) == "…")
    }
}
