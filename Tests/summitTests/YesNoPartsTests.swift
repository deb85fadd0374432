import Foundation
import Testing

/// A yes/no question about two things at once that no quote answers as a whole: the "no" must
/// still say who is quoted on each part, and claim the record does not mention something only
/// when no line mentions it.
@Suite(.serialized) struct YesNoPartsTests {
    /// An invented report: one leader speaks of tariffs (and the narration too), the other of investment.
    static let report = """
    北海国と南島国の首脳会談

    北海国の森山首相は5日、南島国の川田大統領と会談しました。
    両首脳は会談で、関税について話し合いました。
    川田大統領は「投資は50億ドルに上る」と述べました。
    森山首相は「関税は下げるべきだ」と述べました。

    """

    static func ask(_ question: String, invented: Bool) throws -> [String: Any] {
        try EnglishAsk.json(question, report: invented ? ("north-south.txt", report) : nil)
    }

    static func lead(_ d: [String: Any]) -> String { (d["lead"] as? String) ?? "\(d)" }

    @Test func aNoOnTwoTermsNamesWhoIsQuotedOnEach() throws {
        let d = try Self.ask("did trump say the alliance was a golden age", invented: false)
        #expect(d["answer"] as? String == "no")
        let lead = Self.lead(d)
        #expect(!lead.contains("does not mention"), "\(lead)")
        #expect(lead.contains("quoted on golden age: only Ishiba (q53, q55)"), "\(lead)")
        #expect(Set(QuestionSetTests.lines(in: d["rows"] as Any)).isSuperset(of: [53, 55]))
    }

    @Test func onAnInventedReportEachPartIsAnsweredAndOnlyTheUnmentionedOneIsSaidToBeMissing() throws {
        let both = try Self.ask("did 川田 say tariffs and investment", invented: true)
        let lead = Self.lead(both)
        #expect(lead.hasPrefix("No — "), "\(lead)")
        #expect(lead.contains("quoted on tariffs: only 森山"), "\(lead)")
        #expect(lead.contains("quoted on investment: 川田"), "\(lead)")
        #expect(!lead.contains("does not mention"), "\(lead)")
        let half = try Self.ask("did 川田 say tariffs and qqzx", invented: true)
        #expect(Self.lead(half).contains("the record does not mention qqzx"), "\(Self.lead(half))")
        // Nothing anywhere: then, and only then, the record does not mention it.
        let none = try Self.ask("did 川田 say qqzx and zzqx", invented: true)
        #expect(Self.lead(none).hasSuffix("the record does not mention it."), "\(Self.lead(none))")
    }
}
