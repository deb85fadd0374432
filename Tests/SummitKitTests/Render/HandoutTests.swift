import Foundation
import Testing
@testable import SummitKit

/// The handout page: escaping of any record text, what the timeline places, narration markup.
@Suite("Render: handout")
struct HandoutTests {
    @Test func escapesTheFiveMarkupCharactersAndShowsControls() {
        #expect(htmlEscaped("a & b < c > d \" e ' f") == "a &amp; b &lt; c &gt; d &quot; e &#39; f")
        #expect(htmlEscaped("&amp;") == "&amp;amp;")
        #expect(htmlEscaped("</script>") == "&lt;/script&gt;")
        // Controls are made visible first (as on the terminal), then the stand-in is escaped.
        #expect(htmlEscaped("x\u{202E}y\u{1B}z\u{0}") == "x&lt;U+202E&gt;y␛z␀")
        #expect(htmlEscaped("改行\n") == "改行␤")
        #expect(htmlEscaped("石破首相「日米」") == "石破首相「日米」")
        #expect(htmlLines("“English”\n「日本語」") == "“English”<br><span lang=\"ja\">「日本語」</span>")
    }

    /// An invented record whose quote holds markup, an entity, a bidi override and a quote mark:
    /// every piece of it reaches the page as text, never as markup.
    @Test func hostileRecordTextStaysText() throws {
        let text = "北海道で首脳会談\n\n山田外務大臣は記者団に対し「</script><img src=x onerror=alert(1)>と&amp;の\u{202E}試験だ」と述べました。\n\n"
            + "会談は日本時間の8日午前1時50分ごろに始まりました。\n\n佐藤首相は「費用は100億円'だ\"」と述べました。\n"
        let record = Record(name: "hostile-<b>&-2025-02-07.txt", bytes: Array(text.utf8))
        let session = Session(records: [record], options: Session.Options(render: RenderOptions()), write: { _ in }, writeError: { _ in })
        let script = ScriptFile(path: "h.summit", text: "# Says <b>bold</b> & `</script>` here.\n#\n# A new paragraph.\nquotes by 山田外務大臣\nfigures in yen\ntimeline\nfigurs in yen\n.save x.summit\n")
        let result = session.handout(of: script, title: "<i>title</i>")
        let html = result.html
        #expect(result.queries == 4)
        #expect(result.failures.count == 1 && result.failures[0].hasPrefix("h.summit:7:1:"))
        for raw in ["<script", "<img", "<b>", "<i>", "\u{202E}", "onerror=alert(1)>"] {
            #expect(!html.contains(raw), "raw \(raw) in the page")
        }
        #expect(!html.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(html.contains("<title>&lt;i&gt;title&lt;/i&gt;</title>"))
        #expect(html.contains("<p class=\"narration\">Says &lt;b&gt;bold&lt;/b&gt; &amp; <code>&lt;/script&gt;</code> here.</p><p class=\"narration\">A new paragraph.</p>"))
        // The quote is marked on its line in the record section, escaped inside the mark.
        #expect(html.contains("<li id=\"r1-L3\">"))
        #expect(html.contains("<mark>&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;と&amp;amp;の&lt;U+202E&gt;試験だ</mark>"))
        #expect(html.contains("<mark>100億円</mark>&#39;だ&quot;"))
        #expect(html.contains("<h3>hostile-&lt;b&gt;&amp;-2025-02-07.txt</h3>"))
        #expect(html.components(separatedBy: "<mark>").count == html.components(separatedBy: "</mark>").count)
        // Each answer links its cited lines; every link has its target.
        for line in [3, 5, 7] {
            #expect(html.contains("href=\"#r1-L\(line)\""))
            #expect(html.contains("id=\"r1-L\(line)\""))
        }
        #expect(html.contains("<p class=\"error\">"))            // the mistyped query, shown in place
        #expect(html.contains("not run for the handout"))         // the dot-command, shown, not run
    }

    @Test func timelinePlacesClockTimesInBothZones() {
        let a = HandoutTimeline.instant("2025-02-08T01:50+09:00")
        let b = HandoutTimeline.instant("2025-02-07T11:50-05:00")
        #expect(a != nil && a?.0 == b?.0)
        #expect(a?.1 == 540 && b?.1 == -300)
        #expect(HandoutTimeline.instant("2025-02-07") == nil)
        #expect(HandoutTimeline.instant("2025-13-07T11:50Z") == nil)
        #expect(HandoutTimeline.instant("2024-02-29T23:59Z").map { HandoutTimeline.clock($0.0, offset: 540) } == "1 Mar 08:59")
        #expect(HandoutTimeline.clock(a!.0, offset: -300) == "7 Feb 11:50")
        #expect(HandoutTimeline.clock(a!.0, offset: 540) == "8 Feb 01:50")
        #expect(HandoutTimeline.offsetText(-300) == "UTC\u{2212}5" && HandoutTimeline.offsetText(330) == "UTC+5:30")
        // A clock time without a date takes the day nearest a dated moment: 02:00 JST after 01:50 JST
        // on the 8th, and 23:30 JST the evening before rather than 22 hours later.
        let facts: [JSONValue] = [
            .object([("id", "t1"), ("surface", "x"), ("iso", "2025-02-08T01:50+09:00"), ("zone", "JST")]),
            .object([("id", "t2"), ("surface", "y"), ("iso", "T02:00+09:00"), ("zone", "JST"), ("event", "the meeting began")]),
            .object([("id", "t3"), ("surface", "z"), ("iso", "T23:30+09:00"), ("zone", "JST")]),
            .object([("id", "t4"), ("surface", "きょう"), ("iso", "2025-02-07"), ("zone", .null)]),
        ]
        let timeline = HandoutTimeline(facts: facts) { _ in [] }
        #expect(timeline.moments.map { HandoutTimeline.clock($0.instant, offset: 540) } == ["7 Feb 23:30", "8 Feb 01:50", "8 Feb 02:00"])
        #expect(timeline.moments.map(\.inferred) == [true, false, true])
        #expect(timeline.moments[2].labels == ["the meeting began"])   // the event when there is one
        #expect(timeline.undrawn == 1)
        #expect(timeline.svg().contains("the meeting began (date inferred)"))
    }
}
