import Foundation
import Testing

/// Follow-up questions through the real binary: `-e` lines are one session, a script replays
/// one, and `.save` keeps the lines as typed so the saved session answers the same way again.
@Suite(.serialized) struct FollowUpSessionTests {
    static let lines = ["what did trump say about alaska", "what did he say about cars", "and ishiba?", "what about tariffs?"]

    static func run(_ lines: [String]) throws -> SummitProcess.Result {
        try SummitProcess.run(["--lang", "en"] + lines.flatMap { ["-e", $0] })
    }

    @Test func followUpsLeanOnTheQuestionBefore() throws {
        let r = try Self.run(Self.lines)
        #expect(r.status == 0, "\(r.stderr)")
        let understood = r.stdout.split(separator: "\n").filter { $0.hasPrefix("understood as: ") }
        #expect(understood == ["understood as: what did trump say about cars", "understood as: what did ishiba say about cars",
                               "understood as: what did ishiba say about tariffs"], "\(understood)")
        #expect(r.stdout.contains("q231"))        // Ishiba on the car plant
        #expect(!r.stdout.contains("(0 rows)"))
    }

    @Test func aPronounWithNothingBeforeItIsAOneLineError() throws {
        let r = try Self.run(["what did he say about cars"])
        #expect(r.status != 0)
        let errors = r.stderr.split(separator: "\n").filter { $0.contains("error:") }
        #expect(errors.count == 1 && errors[0].contains("'he' has no one to stand for yet"), "\(r.stderr)")
        let two = try Self.run(["compare trump and ishiba on tariffs", "did he say cars"])
        #expect(two.stderr.contains("'he' could be trump or ishiba"), "\(two.stderr)")
    }

    @Test func aSavedSessionReplaysIdentically() throws {
        let dir = try TemporaryFolder()
        defer { dir.remove() }
        let saved = dir.url.appendingPathComponent("followups.summit").path
        let live = try SummitProcess.run(["--lang", "en"] + Self.lines.flatMap { ["-e", $0] } + ["-e", ".save \(saved)"])
        #expect(live.status == 0, "\(live.stderr)")
        let script = try String(contentsOfFile: saved, encoding: .utf8)
        #expect(script.contains("and ishiba?"), "\(script)")
        let replay = try SummitProcess.run(["run", saved])
        #expect(replay.status == 0, "\(replay.stderr)")
        // The live run ends with `.save`'s own "saved N lines" note; everything before it is the answers.
        let answers = live.stdout.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("saved ") }.joined(separator: "\n")
        #expect(replay.stdout == answers, "replay differs")
    }

    @Test func theyAfterTwoSpeakersAsksBothOfThem() throws {
        let r = try Self.run(["compare trump and ishiba on tariffs", "what did they say about cars", "彼らは関税について何と言いましたか",
                              "what did they talk about"])
        #expect(r.status == 0, "\(r.stderr)")
        let understood = r.stdout.split(separator: "\n").filter { $0.hasPrefix("understood as: ") }
        #expect(understood == ["understood as: compare trump and ishiba about tariffs", "understood as: compare trump and ishiba about cars",
                               "understood as: compare trump and ishiba about 関税", "understood as: topics"], "\(understood)")
        #expect(r.stdout.contains("q231"))        // Ishiba on the car plant
        let alone = try Self.run(["彼らは何と言いましたか"])
        #expect(alone.status != 0)
        let errors = alone.stderr.split(separator: "\n").filter { $0.contains("error:") }
        #expect(errors.count == 1 && errors[0].contains("'彼ら' has no one to stand for yet"), "\(alone.stderr)")
    }

    @Test func switchingTheRecordForgetsWhoHeWas() throws {
        let dir = try TemporaryFolder()
        defer { dir.remove() }
        let report = try dir.file("harbour-talks.txt", """
        北海国と南島国の首脳会談

        北海国の森山首相は5日、南島国の川田大統領と会談しました。
        川田大統領は「港の整備は重要だ」と述べました。

        """)
        let r = try Self.run(["what did trump say about alaska", ".record \(report.path)", "what did he say"])
        #expect(r.status != 0)
        let errors = r.stderr.split(separator: "\n").filter { $0.contains("error:") }
        #expect(errors.count == 1 && errors[0].contains("'he' has no one to stand for yet"), "\(r.stderr)")
        #expect(!r.stdout.contains("understood as: what did trump say"), "\(r.stdout)")
    }
}
