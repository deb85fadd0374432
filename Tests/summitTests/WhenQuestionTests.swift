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
}
