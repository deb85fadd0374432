import Foundation
import Testing

/// `summit eval DIR` on a folder of invented labelled reports.
@Suite struct EvalCommandTests {
    static let report = "見出し\n\n未来党の谷口代表は「賛成できない」と述べました。参加者は50人でした。\n"
    static let gold = """
    {"quotes": [{"text": "賛成できない", "speaker": "未来党の谷口代表", "line": 3, "kind": "statement"}],
     "not_quotes": [], "figures": [{"surface": "50人", "value": 50, "unit": "people", "line": 3}]}
    """

    func folder() throws -> TemporaryFolder {
        let dir = try TemporaryFolder()
        try Data(Self.report.utf8).write(to: dir.url.appendingPathComponent("r1-2024-03-01.txt"))
        try Data(Self.gold.utf8).write(to: dir.url.appendingPathComponent("r1-2024-03-01.gold.json"))
        return dir
    }

    @Test func tableHasEachReportAndTheTotal() throws {
        let dir = try folder(); defer { dir.remove() }
        let r = try SummitProcess.run(["eval", dir.url.path], timeout: 20)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("r1-2024-03-01.txt"))
        #expect(r.stdout.contains("quotes found") && r.stdout.contains("speakers right") && r.stdout.contains("not-quotes taken"))
        #expect(r.stdout.contains("total"))
        #expect(r.stdout.contains("100%"))
    }

    @Test func jsonHasTheFigures() throws {
        let dir = try folder(); defer { dir.remove() }
        let r = try SummitProcess.run(["eval", dir.url.path, "--format", "json"], timeout: 20)
        #expect(r.status == 0)
        for key in ["\"quotes_found\": 1", "\"speakers_right\": 1", "\"not_quotes_taken\": 0", "\"figures_found\": 1", "\"total\""] {
            #expect(r.stdout.contains(key), "\(key) in \(r.stdout)")
        }
    }

    @Test func aFolderWithoutLabelsOrAReportIsAClearError() throws {
        let empty = try TemporaryFolder(); defer { empty.remove() }
        let r = try SummitProcess.run(["eval", empty.url.path], timeout: 20)
        #expect(r.status == 2)
        #expect(r.stderr.contains("no NAME.gold.json"))
        let dir = try folder(); defer { dir.remove() }
        try FileManager.default.removeItem(at: dir.url.appendingPathComponent("r1-2024-03-01.txt"))
        let r2 = try SummitProcess.run(["eval", dir.url.path], timeout: 20)
        #expect(r2.status == 2)
        #expect(r2.stderr.contains("has no report beside it"))
        let r3 = try SummitProcess.run(["eval", "/nonexistent/folder"], timeout: 20)
        #expect(r3.status == 2 && r3.stderr.contains("no such folder"))
    }
}
