import Foundation
import Testing

/// A misspelt topic is answered as the one word meant, and the answer says so; a real word, or a
/// slip two words are equally near, is never "corrected".
@Suite(.serialized) struct SpellingCorrectionTests {
    /// An invented report where two names are one letter apart from the same slip (panada: Canada, Panama).
    static let report = """
    北海国と南島国の首脳会談

    北海国の森山首相は5日、南島国の川田大統領と会談しました。
    川田大統領は「カナダとの貿易は重要だ」と述べました。
    森山首相は「パナマの運河は重要だ」と述べました。

    """

    static func ask(_ question: String, invented: Bool = false) throws -> [String: Any] {
        try EnglishAsk.json(question, report: invented ? ("canal-talks.txt", report) : nil)
    }

    static func notes(_ d: [String: Any]) -> [String] { (d["notes"] as? [String]) ?? [] }
    static func lines(_ d: [String: Any]) -> Set<Int> { Set(QuestionSetTests.lines(in: d["rows"] as Any)) }

    @Test(arguments: [
        ("trump tarrifs", "what did trump say about tariff", "read 'tarrifs' as 'tariff'", [210, 254, 256]),
        ("what did ishiba say about tarifs", "what did ishiba say about tariff", "read 'tarifs' as 'tariff'", [65, 67, 224, 226]),
        ("investmant", "overview investment", "read 'investmant' as 'investment'", [28, 30, 42]),
        // A misspelt name is read as the one person of the record it is a slip of.
        ("what did trmp say about tariffs", "what did Trump say about tariffs", "read 'trmp' as 'Trump'", [210, 254, 256]),
        ("what did ishbia say about tarifs", "what did Ishiba say about tariff", "read 'ishbia' as 'Ishiba'", [65, 67]),
        ("did ishbia mention ukraine", "did Ishiba say ukraine", "read 'ishbia' as 'Ishiba'", [272]),
        ("who is iwya", "who is Iwaya", "read 'iwya' as 'Iwaya'", [306]),
    ])
    func aSlipIsReadAsTheOneWordMeant(_ c: (String, String, String, [Int])) throws {
        let d = try Self.ask(c.0)
        #expect(d["understood_as"] as? String == c.1, "\(d["understood_as"] ?? "none")")
        #expect(Self.notes(d).first == c.2, "\(Self.notes(d))")
        #expect(Self.lines(d).isSuperset(of: c.3), "\(Self.lines(d).sorted())")
    }

    @Test func misspeltQuestionWordsAreReadFromTheSpellRows() throws {
        let d = try Self.ask("wot did trump say bout senkaku")
        #expect(d["understood_as"] as? String == "what did trump say about senkaku")
    }

    @Test func aRealWordIsNeverCorrected() throws {
        // "first" is a word of the record's English, one edit from "fist" (also one): it stays itself.
        let first = try Self.ask("who said first")
        #expect(!(first["understood_as"] as? String ?? "").contains("fist"))
        #expect(!Self.notes(first).contains { $0.hasPrefix("read ") })
        // A word too far from any other gets only the empty answer.
        let far = try Self.ask("who said sxeal")
        #expect(Self.rows(far).isEmpty)
        #expect(!Self.notes(far).contains { $0.hasPrefix("read ") })
    }

    @Test func twoEquallyNearWordsAreOfferedNotChosen() throws {
        let tie = try Self.ask("who said panada", invented: true)
        #expect(Self.rows(tie).isEmpty, "\(tie)")
        #expect(!Self.notes(tie).contains { $0.hasPrefix("read ") }, "\(Self.notes(tie))")
        #expect(Self.notes(tie).first?.contains("did you mean 'Canada'") == true, "\(Self.notes(tie))")
        // One slip with one nearest word on the same report is read as it.
        let one = try Self.ask("who said panamma", invented: true)
        #expect(Self.notes(one).first == "read 'panamma' as 'Panama'", "\(Self.notes(one))")
        #expect(Self.lines(one) == [5])
    }

    static func rows(_ d: [String: Any]) -> [[String: Any]] { (d["rows"] as? [[String: Any]]) ?? [] }

    /// An invented report naming two people of the lexicon one slip apart from the same typo
    /// (ishida: Ishiba, Kishida).
    static let leaders = """
    北海国の首脳会談

    石破首相は5日、岸田前首相と会談しました。
    石破首相は「港の整備は重要だ」と述べました。
    岸田前首相は「漁業の協力を進めたい」と述べました。

    """

    @Test func aNameIsNotCorrectedWhenTwoPeopleAreAsNearOrTheWordIsReal() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let report = try folder.file("leaders.txt", Self.leaders).path
        let tie = try SummitProcess.run(["--record", report, "--lang", "en", "-e", "what did ishida say"])
        #expect(tie.status != 0 && tie.stderr.contains("unknown speaker 'ishida'"), "\(tie.stderr)")
        #expect(!tie.stdout.contains("read 'ishida'"), "\(tie.stdout)")
        // The same report, a slip with one nearest person: read as that person.
        let one = try SummitProcess.run(["--record", report, "--lang", "en", "-e", "what did kishda say"])
        #expect(one.status == 0 && one.stdout.contains("note: read 'kishda' as 'Kishida'"), "\(one.stdout)\(one.stderr)")
        // 'are' is a word the question table uses, one edit from Abe, whom the record names: never a slip.
        let real = try SummitProcess.run(["--lang", "en", "-e", "what did are say"])
        #expect(real.status != 0 && real.stderr.contains("unknown speaker 'are'"), "\(real.stderr)")
        #expect(!real.stdout.contains("read 'are'"))
    }
}
