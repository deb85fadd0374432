import Foundation
import Testing

/// Questions whose exact reading finds nothing, and shapes that ask for more than rows (who spoke
/// first, was there a deal), asked of the real binary. An invented report checks what the bundled
/// one cannot show: a scene that is not the first place anyone speaks, a count the record does give,
/// an agreement it does report.
@Suite(.serialized) struct QuestionFallbackTests {
    /// An invented report: a welcome dinner quote comes before the press conference in the text,
    /// the press conference gives a count of jobs and an amount of money, and the talks agree on tariffs.
    static let report = """
    北海国と南島国の首脳会談

    北海国の森山首相は5日、南島国の川田大統領と会談しました。
    会談に先立つ夕食会で、川田大統領は「古い友人として歓迎する」と述べました。
    両首脳は会談で、関税の引き下げで合意しました。
    会談は午後2時に始まり、午後3時に終わりました。
    その後の共同記者会見で、森山首相は「新しい工場で3000人の雇用が生まれる」と述べました。
    続いて川田大統領は記者会見で「投資は50億ドルに上る」と述べました。

    """

    /// The answer to `question` as JSON, on the invented report or the bundled record.
    static func ask(_ question: String, invented: Bool = false) throws -> [String: Any] {
        var args = ["--format", "json", "-e", question]
        var dir: TemporaryFolder?
        if invented {
            let folder = try TemporaryFolder()
            dir = folder
            args = ["--record", try folder.file("north-south-talks.txt", report).path] + args
        }
        defer { dir?.remove() }
        let r = try SummitProcess.run(args)
        #expect(r.status == 0, "\(question): \(r.stderr)")
        return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    }

    static func rows(_ d: [String: Any]) -> [[String: Any]] { (d["rows"] as? [[String: Any]]) ?? [] }
    static func notes(_ d: [String: Any]) -> [String] { (d["notes"] as? [String]) ?? [] }
    static func lines(_ d: [String: Any]) -> Set<Int> { Set(QuestionSetTests.lines(in: d["rows"] as Any)) }

    // MARK: most of the words

    @Test func aQuestionNoQuoteAnswersWhollyShowsTheQuotesWithMostOfItsWords() throws {
        let d = try Self.ask("who said that our alliance was in a golden age")
        #expect(d["understood_as"] as? String == "who said golden age")
        #expect(Self.lines(d).isSuperset(of: [53, 55]))
        let notes = Self.notes(d)
        #expect(notes.first == "no quote has both 'alliance' and 'golden age'; showing quotes with 'golden age'", "\(notes)")
        #expect(notes.contains("try: 'who said alliance'"), "\(notes)")
    }

    @Test func anExactQuestionGetsNoPartialNote() throws {
        let d = try Self.ask("who said golden age")
        #expect(!Self.notes(d).contains { $0.contains("showing") }, "\(Self.notes(d))")
        // Words that match nothing at all, together or alone, still end in suggestions, not rows.
        let none = try Self.ask("who said zzqx and qqzx")
        #expect(Self.rows(none).isEmpty)
        #expect(!Self.notes(none).contains { $0.contains("showing") })
        #expect(Self.notes(none).contains { $0.hasPrefix("searched for") })
    }

    @Test func partOfAQuestionIsNeverAYesNorAFillerWordAlone() throws {
        // A yes/no question is not answered "yes" on one of its words.
        let check = try Self.ask("did Trump bring up Alaska and zzqx")
        #expect(check["answer"] as? String != "yes", "\(check)")
        #expect(!Self.notes(check).contains { $0.contains("showing") })
        // A word the lexicon does not know ("like" is in like-minded) is not shown on its own.
        let filler = try Self.ask("what is the weather like in zzqx")
        #expect(Self.rows(filler).isEmpty, "\(filler)")
        #expect(!Self.notes(filler).contains { $0.contains("showing") })
        // Two people side by side on most of the words: quotes, said as quotes.
        let both = try Self.ask("compare Trump and Ishiba on alaska and zzqx")
        #expect(Self.notes(both).first == "no quote has both 'alaska' and 'zzqx'; showing quotes with 'alaska'", "\(Self.notes(both))")
    }

    // MARK: how many

    @Test func howManyWithNoCountSaysSoInsteadOfAnsweringWithMoney() throws {
        let d = try Self.ask("how many jobs would the investment bring")
        let lead = d["lead"] as? String ?? ""
        #expect(lead.hasPrefix("The record gives no count of jobs"), "\(lead)")
        #expect(lead.contains("money"), "\(lead)")
        // A count the question names by its unit is answered as before, with no such lead.
        let people = try Self.ask("how many people")
        #expect(people["lead"] == nil)
        #expect(Self.rows(people).allSatisfy { $0["unit"] as? String == "people" } && !Self.rows(people).isEmpty)
    }

    @Test func howManyPrefersTheCountOverMoneyInTheSameSentences() throws {
        let d = try Self.ask("how many jobs will the new plant create", invented: true)
        let rows = Self.rows(d)
        #expect(rows.map { $0["unit"] as? String } == ["people"], "\(rows)")
        #expect(d["lead"] == nil)
        // How much still asks for money.
        let money = try Self.ask("how much will be invested", invented: true)
        #expect(Self.rows(money).map { $0["unit"] as? String } == ["USD"], "\(money)")
    }

    // MARK: who spoke first, what happened first

    @Test func whoSpokeFirstAtASceneLooksOnlyAtThatScene() throws {
        let d = try Self.ask("who talked first at the press conference", invented: true)
        #expect(Self.lines(d) == [7], "\(d)")
        #expect((d["lead"] as? String)?.contains("order the report gives") == true, "\(d)")
        // A scene no quote stands in: nothing, and the note says where it was looked for.
        let nowhere = try Self.ask("who spoke first at the rally", invented: true)
        #expect(Self.rows(nowhere).isEmpty)
        #expect(Self.notes(nowhere).contains { $0.hasSuffix("in the sentences and section headings the quotes stand in") }, "\(Self.notes(nowhere))")
        // Without a scene, the first quote of the whole report: the dinner's.
        let any = try Self.ask("who spoke first", invented: true)
        #expect(Self.lines(any) == [4], "\(any)")
    }

    /// A limit typed after the question replaces the shape's own `limit 1`: the same reading, more
    /// rows, the same lead; it used to make the shape fail and the question read as something else.
    @Test func aTypedLimitReplacesTheShapesOwn() throws {
        let d = try Self.ask("who spoke first at the press conference limit 2", invented: true)
        #expect(d["understood_as"] as? String == "quotes at press conference limit 2", "\(d)")
        #expect(Self.lines(d) == [7, 8], "\(d)")
        #expect((d["lead"] as? String)?.contains("order the report gives") == true, "\(d)")
        let text = try SummitProcess.run(["--lang", "en", "-e", "who spoke first limit 3 as text"])
        #expect(text.stdout.contains("understood as: quotes limit 3 as text"), "\(text.stdout)")
        #expect(text.stdout.split(separator: "\n").filter { $0.hasPrefix("q") }.count == 3, "\(text.stdout)")
    }

    @Test func aSceneMayBeTheHeadingTheQuotesStandUnder() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let report = try dir.file("east-west-talks.txt", """
        東国と西国の首脳会談

        東国の森山首相は、西国の川田大統領と会談しました。
        川田大統領は夕食会で「心から歓迎する」と述べました。

        【詳細】共同記者会見

        森山首相は「協力を一段と深める」と述べました。
        川田大統領は「両国の未来は明るい」と述べました。

        """)
        let r = try SummitProcess.run(["--record", report.path, "--format", "json", "-e", "who went first at the news conference"])
        let d = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        #expect(Self.lines(d) == [8], "\(r.stdout)")
        // A report that times nothing says so rather than showing an empty timeline without a word.
        let none = try SummitProcess.run(["--record", report.path, "--format", "json", "-e", "what happened first"])
        let n = try JSONSerialization.jsonObject(with: Data(none.stdout.utf8)) as! [String: Any]
        #expect(n["lead"] as? String == "The record gives no times, so nothing to put first.", "\(none.stdout)")
    }

    @Test func whatHappenedFirstLeadsWithTheFirstEvent() throws {
        let d = try Self.ask("what came first", invented: true)
        #expect(d["understood_as"] as? String == "timeline")
        #expect((d["lead"] as? String)?.hasPrefix("First: ") == true, "\(d)")
        let order = try Self.ask("in what order did things happen")
        #expect((order["lead"] as? String)?.contains("line 302") == true, "\(order["lead"] ?? "")")
        #expect(Self.rows(order).count > 5)
    }

    // MARK: how many attended

    /// The number leads and the rows name them, on a report summit has never seen; a report that
    /// names no one attending says so rather than giving a count of nothing.
    @Test func howManyAttendedCountsWhoAttended() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let named = try dir.file("lake-talks-2024-04-02.txt", """
        湖国と森国の首脳会談

        湖国の大西首相は2日、森国の北村大統領と会談しました。
        会談には湖国の村上外務大臣と三浦官房副長官が同席しました。
        新工場では500人が雇用されます。

        """)
        for question in ["how many people attended the meeting", "How many attended?"] {
            let r = try SummitProcess.run(["--record", named.path, "--format", "json", "-e", question])
            let d = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
            #expect(d["lead"] as? String == "The record names 2 people as attending: 村上外務大臣 and 三浦官房副長官.", "\(d)")
            #expect(Self.rows(d).count == 2)
        }
        // Hiring is a figure, not attendance.
        let hired = try SummitProcess.run(["--record", named.path, "--format", "json", "-e", "how many people will be hired"])
        let h = try JSONSerialization.jsonObject(with: Data(hired.stdout.utf8)) as! [String: Any]
        #expect((h["lead"] as? String)?.contains("attending") != true && h["understood_as"] as? String != "who attended", "\(h)")
        let nobody = try dir.file("quiet-talks-2024-04-03.txt", "湖国の首脳会談\n\n大西首相は3日に記者会見しました。\n")
        let none = try SummitProcess.run(["--record", nobody.path, "-e", "how many attended"])
        #expect(none.stdout.contains("The record names no one where it says who attended, so there is no one to count."), "\(none.stdout)")
        let bundled = try SummitProcess.run(["--lang", "en", "-e", "how many attended"])
        #expect(bundled.stdout.contains("The record names 5 people as attending: Ishiba, Trump, Iwaya, Tachibana and Okano."), "\(bundled.stdout)")
    }

    // MARK: was there a deal

    @Test func aDealTheRecordReportsIsAYes() throws {
        let d = try Self.ask("did the two leaders reach a deal on tariffs", invented: true)
        #expect(d["answer"] as? String == "yes", "\(d)")
        #expect(Self.lines(d) == [5])
    }

    @Test func noReportedDealIsSaidPlainlyWithoutAVerdict() throws {
        let d = try Self.ask("was there any agreement on tariffs")
        #expect(d["answer"] == nil)
        #expect(d["lead"] as? String == "The record reports no agreement about tariffs; it does not say whether there was one.")
        #expect(Self.notes(d).contains { $0.hasPrefix("try: ") && $0.contains("mentions tariffs") })
    }

    // MARK: who else

    @Test func whoElseBesidesNamedPeopleAsksWhoAttended() throws {
        // Not "what did Trump say about Ishiba": the names after "besides" are who is already known,
        // and left out of the list (WhoElseTests).
        let d = try Self.ask("who else was there besides trump and ishiba")
        #expect(d["understood_as"] as? String == "who attended except trump and ishiba", "\(d["understood_as"] ?? "none")")
        #expect(Self.rows(d).count == 3)
    }

    // MARK: did you mean

    @Test func didYouMeanNeverCorrectsARealWord() throws {
        // 'first' and 'taken' are words of the record's English (no 'fist', no 'taxes'): when
        // nothing matches them, the answer says so and offers no other word.
        for question in ["quotes about first and conference by the official", "timeline about taken"] {
            let d = try Self.ask(question)
            #expect(Self.rows(d).isEmpty, "\(question)")
            #expect(Self.notes(d).first?.hasPrefix("no ") == true, "\(question): \(Self.notes(d))")
            #expect(!Self.notes(d).contains { $0.contains("did you mean") }, "\(question): \(Self.notes(d))")
        }
        // A slip is still mended, now by answering it (SpellingCorrectionTests): one letter missing
        // from a short word, two slips in a longer one.
        #expect(Self.notes(try Self.ask("who said stel")).first == "read 'stel' as 'steel'")
        #expect(Self.notes(try Self.ask("who said tarrifs")).first == "read 'tarrifs' as 'tariff'")
        #expect(Self.notes(try Self.ask("who said semicondcuters")).first == "read 'semicondcuters' as 'semiconductors'")
        // Two edits from a word of up to five letters is too far to be a slip of it.
        #expect(Self.notes(try Self.ask("who said sxeal")).allSatisfy { !$0.contains("did you mean") })
    }
}
