import Foundation
import Testing

/// `summit facts` on the bundled record and on records of our own.
@Suite struct FactsCommandTests {
    func facts(_ args: [String]) throws -> [[String: Any]] {
        let r = try SummitProcess.run(["facts"] + args)
        #expect(r.status == 0, "\(r.stderr)")
        return r.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }

    @Test func everyFactHasKindIdAndLine() throws {
        let all = try facts([])
        #expect(all.count > 200)
        for f in all {
            #expect(f["kind"] is String && f["id"] != nil || f["kind"] as? String == "rate")
        }
    }

    @Test func quotesCarrySpeakerTextOccurrencesAndRules() throws {
        let quotes = try facts(["--kind", "quote"])
        let record = try String(contentsOf: SummitProcess.packageRoot.appendingPathComponent("Sources/SummitData/records/japan-us-summit-2025-02-07.txt"), encoding: .utf8)
        let lines = record.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for q in quotes {
            let speaker = q["speaker"] as! [String: Any]
            #expect(speaker["id"] is String && speaker["ja"] is String && speaker["en"] is String)
            let text = q["text"] as! String
            for o in q["occurrences"] as! [[String: Any]] {
                let line = o["line"] as! Int
                #expect(lines[line - 1].contains("「" + text + "」"), "quote \(q["id"]!) not on line \(line)")
            }
            let rule = q["rule"] as! [String: Any]
            #expect((rule["quote"] as? String)?.hasPrefix("quote:") == true)
            #expect((rule["speaker"] as? String)?.hasPrefix("speaker:") == true)
        }
        // The same words by the same speaker are one fact, listed wherever they occur.
        #expect(quotes.contains { ($0["occurrences"] as! [Any]).count > 1 })
        #expect(quotes.contains { $0["type"] as? String == "headline" })
        #expect(quotes.contains { $0["type"] as? String == "question" })
    }

    @Test func figuresHaveNumbersUnitsAndQualifiers() throws {
        let figures = try facts(["--kind", "figure"])
        let trillion = figures.first { $0["surface"] as? String == "1兆ドル" }
        #expect(trillion?["value"] as? Double == 1e12 || trillion?["value"] as? Int == 1_000_000_000_000)
        #expect(trillion?["unit"] as? String == "USD")
        #expect(figures.contains { $0["qualifier"] as? String == "over" && $0["about"] as? String == "貿易赤字" })
        let rates = try facts(["--kind", "rate"])
        #expect(rates.count == 1)
        #expect((rates[0]["rate"] as? Double ?? Double(rates[0]["rate"] as? Int ?? 0)) == 150)
    }

    @Test func otherRecordsOfTheSameKind() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let record = try dir.file("other-2024-11-15.txt", """
        日韓首脳会談

        石破首相「連携を確認」

        石破総理大臣はペルーで韓国のユン・ソンニョル大統領と会談し、「日韓の連携は重要だ」と述べました。
        これに対しユン・ソンニョル大統領は「協力を続けたい」と応じました。
        両首脳は15日午後3時ごろ、およそ40分間会談しました。
        """)
        let r = try SummitProcess.run(["facts", "--record", record.path, "--format", "json"])
        #expect(r.status == 0)
        let all = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [[String: Any]]
        let quotes = all.filter { $0["kind"] as? String == "quote" }
        #expect(quotes.count == 3)
        let speakers = quotes.map { ($0["speaker"] as! [String: Any])["ja"] as! String }
        #expect(speakers.filter { $0 == "石破総理大臣" }.count == 2)
        #expect(speakers.contains { $0.hasPrefix("ユン・ソンニョル") })
        let times = all.filter { $0["kind"] as? String == "time" }
        #expect(times.first?["iso"] as? String == "2024-11-15T15:00")
        let figures = all.filter { $0["kind"] as? String == "figure" }
        #expect(figures.first?["unit"] as? String == "minutes")
    }

    @Test func badRecordsGetOneLineErrors() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let empty = try dir.file("empty.txt", "")
        let binary = dir.url.appendingPathComponent("bin.txt")
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0xFF]).write(to: binary)
        for path in [empty.path, binary.path, dir.url.path, "/nonexistent/x.txt"] {
            let r = try SummitProcess.run(["facts", "--record", path])
            #expect(r.status == 2)
            #expect(r.stderr.split(separator: "\n").count == 1, "\(path): \(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
        let noQuotes = try dir.file("plain.txt", "ただの文章です。\n")
        let r = try SummitProcess.run(["facts", "--record", noQuotes.path, "--kind", "quote"])
        #expect(r.status == 0)
        #expect(r.stdout.isEmpty)
    }

    @Test func hugeSingleLineAndDeepNestingFinishInBoundedTime() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let big = dir.url.appendingPathComponent("big.txt")
        var chunk = Data("トランプ大統領は「よい」と述べた。1000億ドル。「".utf8)
        chunk.append(Data(repeating: 0x41, count: 200))
        var data = Data()
        data.reserveCapacity(50 << 20)
        while data.count < 50 << 20 { data.append(chunk) }
        try data.write(to: big)
        let r = try SummitProcess.run(["facts", "--record", big.path, "--kind", "rate"], timeout: 300)
        #expect(!r.timedOut)
        #expect(r.status == 0)
        let deep = try dir.file("deep.txt", String(repeating: "「", count: 10_000) + "と述べた。\n" + String(repeating: "」", count: 10_000))
        let d = try SummitProcess.run(["facts", "--record", deep.path, "--kind", "quote"], timeout: 30)
        #expect(d.status == 0)
        #expect(!d.timedOut)
    }
}
