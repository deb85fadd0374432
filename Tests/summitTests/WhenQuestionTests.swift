import Foundation
import Testing

/// A when-question shows the times of what it asked about and nothing else; when the record ties
/// no time to it, it says so plainly. Run against the real binary on an invented report.
@Suite struct WhenQuestionTests {
    func run(_ lines: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let file = try dir.file("pier-2024-05-05.txt", AskedZoneTests.paired)
        let r = try SummitProcess.run(["--record", file.path, "--lang", "en"] + lines.flatMap { ["-e", $0] })
        return (r.status, r.stdout, r.stderr)
    }

    @Test func onlyTheTimesOfWhatWasAsked() throws {
        // Only the start of the talks is timed: the arrival, the dinner and next week are not shown.
        let start = try run(["when did the talks start"])
        #expect(start.status == 0, "\(start.stderr)")
        #expect(start.stdout.contains("summit talks, start") && !start.stdout.contains("arrival")
                && !start.stdout.contains("dinner") && !start.stdout.contains("next week"), "\(start.stdout)")
        let dinner = try run(["when did the dinner end"])
        #expect(dinner.stdout.contains("dinner, end") && dinner.stdout.contains("(1 row") && !dinner.stdout.contains("summit talks"), "\(dinner.stdout)")
    }

    @Test func noTimeForItIsSaidPlainly() throws {
        // The record times the dinner's end, not the talks': the answer says so, and no row of
        // another event pads it.
        let end = try run(["when did the talks end"])
        #expect(end.status == 0, "\(end.stderr)")
        #expect(end.stdout.contains("no time has both 'talks' and 'end'"), "\(end.stdout)")
        #expect(!end.stdout.contains("dinner") && !end.stdout.contains("arrival") && !end.stdout.contains("next week"), "\(end.stdout)")
    }

    @Test func timelineStillListsEverything() throws {
        let all = try run(["timeline"])
        for event in ["arrival", "summit talks, start", "dinner, end", "return home, plan"] {
            #expect(all.stdout.contains(event), "\(event): \(all.stdout)")
        }
    }

    /// Invented: the prime minister arrives (に着きました) and is met later (出迎えました), the talks
    /// start, a return home is planned.
    static let arrival = """
    日加首脳会談 港町で歓迎

    石破首相は日本時間の3日午前9時ごろ、オタワの空港に着きました。
    カナダの首相は現地時間の2日午後9時すぎ、首相官邸で石破首相を出迎えました。
    両首脳の会談は日本時間の3日午前10時から始まりました。
    石破首相は会談で「漁業の協力を強化したい」と述べました。
    石破首相は5日に帰国する予定です。

    """

    @Test func arrivalQuestionsReachTheArrivalAndTheWelcome() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let file = try dir.file("harbour-2025-04-02.txt", Self.arrival)
        for question in ["what time did Ishiba arrive at the airport", "when did the prime minister arrive", "when was Ishiba's arrival",
                         "石破首相は何時に到着しましたか"] {
            let r = try SummitProcess.run(["--record", file.path, "--lang", "en", "-e", question])
            #expect(r.status == 0, "\(question): \(r.stderr)")
            #expect(r.stdout.contains("about 9 a.m. on the 3rd, Japan time") && r.stdout.contains("after 9 p.m. on the 2nd, local time")
                    && r.stdout.contains("(2 rows)"), "\(question): \(r.stdout)")
            // The talks, the quote and the trip home are not the arrival.
            #expect(!r.stdout.contains("talks") && !r.stdout.contains("return home"), "\(question): \(r.stdout)")
        }
        // The bundled record writes the arrival as the host's welcome: the question finds it.
        let bundled = try SummitProcess.run(["--lang", "en", "-e", "what time did Ishiba arrive at the white house"])
        #expect(bundled.stdout.contains("welcome") && bundled.stdout.contains("(1 row)") && !bundled.stdout.contains("no time"), "\(bundled.stdout)")
    }
}
