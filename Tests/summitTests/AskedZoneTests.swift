import Foundation
import Testing

/// When-questions that name a clock or a place (`in Washington`, `in EST`, `local time`,
/// `日本時間で`) show each time in that zone, run against the real binary on invented reports.
@Suite struct AskedZoneTests {
    /// Two clocks paired in one sentence (local 10:00 = Japan 18:00, so local is UTC+01:00); the
    /// other times are given in Japan time only.
    static let paired = """
    日英首脳会談 埠頭で合意

    中村首相は現地時間の5日午前10時、日本時間の5日午後6時にロンドンに到着しました。
    中村首相とスミス首相の首脳会談は日本時間の5日午後8時ごろから始まりました。
    中村首相は記者団に「埠頭の整備で協力する」と述べました。
    両首脳は夕食会に臨み、夕食会は日本時間の6日午前0時半ごろに終わりました。
    中村首相は来週、帰国する予定です。

    """

    /// Japan time only: the record has no local clock.
    static let oneZone = """
    日韓首脳会談 漁業で協力

    中村首相は日本時間の1日午後3時ごろからソウルで首脳会談に臨みました。
    中村首相は記者団に「漁業で協力する」と述べました。
    会談は日本時間の1日午後4時過ぎに終わりました。

    """

    func run(_ report: String, _ lines: [String], name: String = "pier-2024-05-05.txt") throws -> (status: Int32, stdout: String, stderr: String) {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let file = try dir.file(name, report)
        let r = try SummitProcess.run(["--record", file.path, "--lang", "en"] + lines.flatMap { ["-e", $0] })
        return (r.status, r.stdout, r.stderr)
    }

    @Test func whenQuestionsNamingAZoneShowTheTimesInIt() throws {
        for (question, title, shown) in [
            ("what time did the talks start in london", "in London time", "about 2024-05-05 11:00 London time"),
            ("when did the talks start in London time", "in London time", "about 2024-05-05 11:00 London time"),
            ("what time was it in london when the talks started", "in London time", "about 2024-05-05 11:00 London time"),
            ("when did the talks start in local time", "in local time", "about 2024-05-05 12:00 local time"),
            ("when did the talks start in EST", "in EST", "about 2024-05-05 06:00 EST"),
            ("when did the dinner end in washington time", "in Washington time", "about 2024-05-05 10:30 Washington time"),
        ] {
            let r = try run(Self.paired, [question])
            #expect(r.status == 0, "\(question): \(r.stderr)")
            #expect(r.stdout.contains(title) && r.stdout.contains(shown), "\(question): \(r.stdout)")
            let understood = r.stdout.split(separator: "\n").first.map(String.init) ?? ""
            #expect(understood.hasPrefix("understood as: timeline about") && understood.contains(" in "), "\(question): \(understood)")
        }
    }

    @Test func japaneseQuestionsNameTheirZoneToo() throws {
        // The zone's column is titled, and its cells say the zone, in the answer's language: a
        // reader of English who typed the report's 日本時間 reads "Japan time".
        let r = try run(Self.paired, ["会談は日本時間で何時に始まった", "ロンドン時間で何時に始まった", "timeline in ワシントン時間"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("in Japan time") && r.stdout.contains("about 2024-05-05 20:00 Japan time"), "\(r.stdout)")
        #expect(r.stdout.contains("in London time") && r.stdout.contains("about 2024-05-05 11:00 London time"), "\(r.stdout)")
        #expect(r.stdout.contains("in Washington time") && r.stdout.contains("2024-05-05 04:00 Washington time"), "\(r.stdout)")
        // Only "understood as" repeats the words as typed.
        let shown = r.stdout.split(separator: "\n").filter { !$0.hasPrefix("understood as:") }.joined(separator: "\n")
        #expect(!shown.contains("日本時間") && !shown.contains("ロンドン時間") && !shown.contains("ワシントン時間"), "\(r.stdout)")
        // Answers in Japanese keep the zone as the question wrote it; the data keeps it whatever the language.
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let file = try dir.file("pier-2024-05-05.txt", Self.paired)
        let ja = try SummitProcess.run(["--record", file.path, "--lang", "ja", "-e", "timeline in ワシントン時間"])
        #expect(ja.stdout.contains("in ワシントン時間") && ja.stdout.contains("04:00 ワシントン時間"), "\(ja.stdout)")
        for language in ["en", "ja", "both"] {
            let json = try SummitProcess.run(["--record", file.path, "--lang", language, "--format", "json", "-e", "timeline in ワシントン時間"])
            #expect(json.stdout.contains("\"zone\" : \"ワシントン時間\"") || json.stdout.contains("\"zone\": \"ワシントン時間\""), "\(language): \(json.stdout)")
        }
    }

    @Test func timelineInAZoneAndAtAPlacesClock() throws {
        let r = try run(Self.paired, ["timeline in EST", "timeline at 11am london time", "what happened at 11 am london time"])
        #expect(r.status == 0, "\(r.stderr)")
        let answers = r.stdout.components(separatedBy: "id  ").flatMap { $0.components(separatedBy: "id │") }.filter { !$0.isEmpty }
        #expect(answers.count == 3, "\(r.stdout)")
        // Every clock row in EST (local 10:00 is UTC+01:00, so 04:00 EST); the relative word has none.
        #expect(answers[0].contains("in EST") && answers[0].contains("2024-05-05 04:00 EST") && answers[0].contains("about 2024-05-05 10:30 EST"))
        #expect(answers[0].contains("(4 rows)"), "\(answers[0])")
        for answer in answers.dropFirst() {
            #expect(answer.contains("in London time") && answer.contains("summit talks, start") && !answer.contains("dinner"), "\(answer)")
        }
    }

    @Test func twoZonesGetAColumnEach() throws {
        let r = try run(Self.paired, ["when did the talks start in washington and japan time"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("in Washington time") && r.stdout.contains("in Japan time")
                && r.stdout.contains("about 2024-05-05 06:00 Washington time") && r.stdout.contains("about 2024-05-05 20:00 Japan time"), "\(r.stdout)")
    }

    @Test func wordsThatNameNoZoneAreNotReadAsOne() throws {
        // A question keeps its plain reading; the canonical form says what is wrong, and where.
        let q = try run(Self.paired, ["when did the talks start in the EST building"])
        #expect(q.status == 0 && q.stdout.hasPrefix("understood as: timeline about talks and start\n") && !q.stdout.contains("in EST"), "\(q.stdout)")
        let c = try run(Self.paired, ["timeline in the EST building"])
        #expect(c.status != 0 && c.stderr.contains("unknown time zone 'the EST building' at column 13"), "\(c.stderr)")
        #expect(c.stderr.split(separator: "\n").filter { $0.hasPrefix("error:") }.count == 1)
    }

    @Test func aOneZoneReportHasNoLocalClockToShow() throws {
        let r = try run(Self.oneZone, ["timeline in local time"], name: "solo-2024-06-01.txt")
        #expect(r.status != 0 && r.stderr.contains("the record gives no local clock"), "\(r.stderr)")
        let est = try run(Self.oneZone, ["when did the talks start in EST"], name: "solo-2024-06-01.txt")
        #expect(est.status == 0 && est.stdout.contains("about 2024-06-01 01:00 EST"), "\(est.stdout)")
    }
}
