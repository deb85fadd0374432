import Foundation
import Testing

/// One question asked of the binary in English, as JSON, on the bundled record or on an invented
/// report written for the test: how the answer-wording tests read an answer.
enum EnglishAsk {
    static func json(_ question: String, report: (name: String, text: String)? = nil) throws -> [String: Any] {
        var args = ["--lang", "en", "--format", "json", "-e", question]
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        if let report { args = ["--record", try folder.file(report.name, report.text).path] + args }
        let r = try SummitProcess.run(args)
        #expect(r.status == 0, "\(question): \(r.stderr)")
        return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    }
}
