import Foundation
import Testing

/// Ids name places, so a saved `source ID` keeps showing the same sentence when the record gains
/// facts elsewhere on earlier lines (the check: the exchange-rate figure).
@Suite struct StableIDTests {
    static let bundled = SummitProcess.packageRoot.appendingPathComponent("Sources/SummitData/records/japan-us-summit-2025-02-07.txt")

    func jsonl(_ args: [String]) throws -> [[String: Any]] {
        let r = try SummitProcess.run(args)
        #expect(r.status == 0, "\(r.stderr)")
        return r.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    @Test func theRateFiguresIdSurvivesAQuoteAddedBeforeIt() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let original = try String(contentsOf: Self.bundled, encoding: .utf8)
        var lines = original.components(separatedBy: "\n")

        // Where the rate is, and the id of the figure it is stated in, found as a user would.
        let rate = try #require(try jsonl(["facts", "--kind", "rate", "--format", "jsonl"]).first)
        let rateLine = try #require(rate["line"] as? Int)
        let rateSurface = try #require(rate["surface"] as? String)
        let figures = try jsonl(["facts", "--kind", "figure", "--format", "jsonl"])
        let rateFigure = try #require(figures.first { $0["line"] as? Int == rateLine && $0["unit"] as? String == rate["from"] as? String })
        let id = try #require(rateFigure["id"] as? String)
        let figuresBefore = figures.filter { ($0["line"] as? Int ?? 0) < rateLine }.count
        let quotesBefore = try jsonl(["facts", "--kind", "quote", "--format", "jsonl"]).count

        // A new quoted sentence, with a figure in it, appended to a paragraph line before the rate's line.
        let target = try #require((1..<rateLine).reversed().first { lines[$0 - 1].hasSuffix("。") && !lines[$0 - 1].contains("「") })
        lines[target - 1] += "石破総理大臣は「ふらもり橋には7億ドルを出すつもりだ」と述べました。"
        let copy = try dir.file("summit-copy-2025-02-07.txt", lines.joined(separator: "\n"))

        // The copy really has one quote and one figure more, before the rate.
        let quotesAfter = try jsonl(["facts", "--record", copy.path, "--kind", "quote", "--format", "jsonl"])
        #expect(quotesAfter.count == quotesBefore + 1)
        #expect(quotesAfter.contains { ($0["text"] as? String)?.contains("ふらもり橋") == true })
        let figuresAfter = try jsonl(["facts", "--record", copy.path, "--kind", "figure", "--format", "jsonl"])
        #expect(figuresAfter.filter { ($0["line"] as? Int ?? 0) < rateLine }.count == figuresBefore + 1)

        // The same id still shows the rate's sentence, on the same line.
        let shown = try SummitProcess.run(["--record", copy.path, "-e", "source \(id)", "--format", "text"])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("\(id) (figure) — summit-copy-2025-02-07.txt:\(rateLine)"), "\(shown.stdout)")
        #expect(shown.stdout.contains(rateSurface.replacingOccurrences(of: "およそ", with: "")
            .components(separatedBy: "、").first ?? rateSurface), "\(shown.stdout)")
        #expect(shown.stdout.contains("日本円にして"), "\(shown.stdout)")
        // The new figure has its own id on its own line, and `source L…` shows that line.
        let line = try SummitProcess.run(["--record", copy.path, "-e", "source L\(target)", "--format", "text"])
        #expect(line.stdout.contains("[[") && line.stdout.contains("ふらもり橋"), "\(line.stdout)")
    }

    @Test func anUnknownIdSuggestsTheIdsOnItsLine() throws {
        // The rate's line states two figures (dollars and yen): f<line> alone names neither.
        let rate = try #require(try jsonl(["facts", "--kind", "rate", "--format", "jsonl"]).first)
        let line = try #require(rate["line"] as? Int)
        let r = try SummitProcess.run(["-e", "source f\(line)"])
        #expect(r.status == 1)
        let lastLine = r.stderr.split(separator: "\n").last.map(String.init) ?? ""
        #expect(lastLine.hasPrefix("error: no fact with id 'f\(line)'"), "\(r.stderr)")
        #expect(lastLine.contains("line \(line) holds f\(line)a, f\(line)b"), "\(r.stderr)")
    }
}

/// Questions about when something happened get the row of that event first.
@Suite struct TimelineQuestionTests {
    @Test func whenDidTheMeetingStartLeadsWithTheTalksStart() throws {
        for q in ["when did the meeting start?", "what time did the summit begin"] {
            let r = try SummitProcess.run(["--format", "json", "-e", q])
            #expect(r.status == 0, "\(r.stderr)")
            let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
            let first = try #require((doc["rows"] as? [[String: Any]])?.first)
            #expect(first["event_en"] as? String == "summit talks", "\(q): \(first)")
            #expect(first["event_phase"] as? String == "start", "\(q): \(first)")
            #expect(first["group"] as? String == "clock")
        }
    }

    @Test func timelineAllKeepsEveryExpressionAndTimelineLeavesBareDaysOut() throws {
        let facts = try SummitProcess.run(["facts", "--kind", "time", "--format", "jsonl"])
        let times = facts.stdout.split(separator: "\n").count
        let all = try SummitProcess.run(["--format", "json", "-e", "timeline all"])
        let allRows = (try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as! [String: Any])["rows"] as! [[String: Any]]
        #expect(allRows.count == times)
        let events = try SummitProcess.run(["--format", "json", "-e", "timeline"])
        let rows = (try JSONSerialization.jsonObject(with: Data(events.stdout.utf8)) as! [String: Any])["rows"] as! [[String: Any]]
        #expect(rows.count < times)
        // Every row that is not a clock time names its event; clock rows come first.
        #expect(rows.allSatisfy { $0["group"] as? String == "clock" || $0["event_en"] is String })
        let groups = rows.map { $0["group"] as? String ?? "" }
        #expect(groups == groups.sorted(), "clock before date: \(groups)")
        // A moment the record gives in two zones is one row with the other zone beside it.
        #expect(rows.contains { ($0["other_zone"] as? [String: Any])?["zone"] as? String == "JST" })
    }
}
