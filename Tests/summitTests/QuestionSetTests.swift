import Foundation
import Testing

/// Questions typed the way newcomers type them (English with ? and articles, bare keywords,
/// Japanese), asked of the real binary with `-e` and `--format json`. Each names lines of the
/// bundled record its answer must cite, read and checked by a person against the record; a
/// question whose answer is "no rows" must say what was searched and offer a query that answers.
@Suite(.serialized) struct QuestionSetTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let question: String
        let lines: [Int]
        let verdict: String?
        init(_ question: String, lines: [Int], verdict: String?) {
            self.question = question
            self.lines = lines
            self.verdict = verdict
        }
        var testDescription: String { question }
    }

    static let cases: [Case] = [
        Case("What did Trump say about the alliance?", lines: [130], verdict: nil),
        Case("what did trump say about alliance", lines: [130], verdict: nil),
        Case("what did Ishiba say about tariffs?", lines: [65,67,224,226], verdict: nil),
        Case("What did Ishiba think about Trump?", lines: [12,28,30,48,50,51], verdict: nil),
        Case("what did trump say about north korea", lines: [154,156,206,266], verdict: nil),
        Case("what did trump say about China", lines: [158,160], verdict: nil),
        Case("What did Trump say about Taiwan?", lines: [], verdict: nil),
        Case("what did ishiba say about jobs", lines: [67,231], verdict: nil),
        Case("What did Trump say about US Steel?", lines: [40,132,134,208,258,260], verdict: nil),
        Case("what did the official say about energy", lines: [320], verdict: nil),
        Case("what was said about the Senkaku Islands", lines: [102,104], verdict: nil),
        Case("what did both leaders say about North Korea", lines: [89,91,92,154,156,206], verdict: nil),
        Case("what did they say about steel", lines: [132,134], verdict: nil),
        Case("who said golden age", lines: [53,55], verdict: nil),
        Case("who said \"cutting edge\"", lines: [124,126], verdict: nil),
        Case("who said \"national interest\"", lines: [69,71,112], verdict: nil),
        Case("who mentioned Alaska?", lines: [140], verdict: nil),
        Case("who talked about the abduction issue", lines: [81,83,92], verdict: nil),
        Case("who raised Ukraine", lines: [272], verdict: nil),
        Case("who said LNG", lines: [69,71,73,75,136,138], verdict: nil),
        Case("who mentioned semiconductors", lines: [126], verdict: nil),
        Case("who talked about AI", lines: [124,126], verdict: nil),
        Case("trump alaska", lines: [140], verdict: nil),
        Case("ishiba deterrence", lines: [92,100,108,110,112], verdict: nil),
        Case("trump tariffs", lines: [210,254,256], verdict: nil),
        Case("ishiba LNG", lines: [69,71,73,75], verdict: nil),
        Case("Trump on China", lines: [158,160], verdict: nil),
        Case("Ishiba on the abductions", lines: [81,83,92], verdict: nil),
        Case("quantum", lines: [126], verdict: nil),
        Case("golden age", lines: [18,53,55], verdict: nil),
        Case("iwaya", lines: [306,308], verdict: nil),
        Case("Nippon Steel", lines: [4,30,40,134,208,260], verdict: nil),
        Case("tell me about US Steel", lines: [4,30,40,61,132,134], verdict: nil),
        Case("tell me about the joint statement", lines: [16,55,194,296], verdict: nil),
        Case("what about Alaska?", lines: [38,140], verdict: nil),
        Case("anything on Ukraine?", lines: [272], verdict: nil),
        Case("How much will Japan invest in the US?", lines: [4,28,57,59,67,148], verdict: nil),
        Case("how much investment", lines: [4,28,57,59,67,148], verdict: nil),
        Case("how big is the trade deficit?", lines: [36,144,202,248], verdict: nil),
        Case("how large is the deficit with Japan", lines: [36,144,202,248], verdict: nil),
        Case("how many people", lines: [12,190,304], verdict: nil),
        Case("how much is the deficit in yen", lines: [36,144,166,202,248], verdict: nil),
        Case("how much investment in yen", lines: [4,28,57,59,67,148], verdict: nil),
        Case("when did the meeting start?", lines: [182,218,230,239,264,272], verdict: nil),
        Case("when did the summit begin", lines: [182,218,230,239,264,272], verdict: nil),
        Case("what time did the meeting start", lines: [182,218,230,239,264,272], verdict: nil),
        Case("how long did the meeting last?", lines: [182,218], verdict: nil),
        Case("how long was the lunch", lines: [192,218], verdict: nil),
        Case("when was the press conference", lines: [28,59,126,130,192,218], verdict: nil),
        Case("did Ishiba mention Ukraine?", lines: [272], verdict: "no"),
        Case("did Trump mention Taiwan?", lines: [98,100,285], verdict: "no"),
        Case("did Trump say Alaska", lines: [140], verdict: "yes"),
        Case("did Ishiba talk about tariffs?", lines: [65,67,224,226], verdict: "yes"),
        Case("did trump mention kim jong un", lines: [156], verdict: "yes"),
        Case("did Ishiba mention Abe?", lines: [12,184,190], verdict: "yes"),
        Case("who is Iwaya?", lines: [], verdict: nil),
        Case("who is Abe", lines: [], verdict: nil),
        Case("what is Trump's role?", lines: [], verdict: nil),
        Case("who's Okano", lines: [], verdict: nil),
        Case("who attended?", lines: [], verdict: nil),
        Case("who was there", lines: [], verdict: nil),
        Case("who was at the meeting", lines: [], verdict: nil),
        Case("what did they agree on?", lines: [3,4,16,22,30,40], verdict: nil),
        Case("what was agreed", lines: [3,4,16,22,30,40], verdict: nil),
        Case("what was agreed about security", lines: [3,22,75,102,104,283], verdict: nil),
        Case("compare Trump and Ishiba on tariffs", lines: [65,67,210,224,226,254], verdict: nil),
        Case("Trump vs Ishiba", lines: [10,12,28,30,32,36], verdict: nil),
        Case("how many times was LNG mentioned?", lines: [], verdict: nil),
        Case("how many quotes by Trump?", lines: [], verdict: nil),
        Case("how many quotes are there", lines: [], verdict: nil),
        Case("how often did Trump mention tariffs", lines: [], verdict: nil),
        Case("where does it say golden age?", lines: [18,53,55], verdict: nil),
        Case("where is Alaska mentioned", lines: [38,140], verdict: nil),
        Case("which lines mention the Senkaku Islands", lines: [22,102,104,285], verdict: nil),
        Case("please show me what Trump said about steel", lines: [132,134], verdict: nil),
        Case("Show me quotes by Ishiba about tariffs", lines: [65,67,224,226], verdict: nil),
        Case("what topics were discussed", lines: [1,10,32,46,48,53], verdict: nil),
        Case("石破首相は関税について何と言いましたか", lines: [65,67,224,226], verdict: nil),
        Case("トランプ大統領は北朝鮮について何と言った", lines: [154,156,206,266], verdict: nil),
        Case("誰がLNGと言った", lines: [69,71,73,75,136,138], verdict: nil),
        Case("誰が同席しましたか", lines: [], verdict: nil),
        Case("関税について誰が何と言った", lines: [65,67,116,210,224,226], verdict: nil),
        Case("貿易赤字はいくら", lines: [36,144,202,248], verdict: nil),
        Case("トランプ大統領はアラスカに言及しましたか", lines: [140], verdict: "yes"),
        Case("何時に始まりましたか", lines: [182,218,230,239,264,272], verdict: nil),
        Case("Japan's defense spending", lines: [44,87], verdict: nil),
        Case("what did Trump say about Japan's defense spending?", lines: [44], verdict: nil),
        Case("what did Trump say about Alaska", lines: [140], verdict: nil),
        Case("who said steel", lines: [132,134], verdict: nil),
        Case("quotes about tariffs", lines: [65,67,116,210,224,226], verdict: nil),
        Case("what did Ishiba say", lines: [10,12,28,30,48,50], verdict: nil),
        Case("Did Trump talk about the Senkaku Islands?", lines: [22,102,104,285], verdict: "no"),
        Case("who mentioned Kim Jong Un", lines: [156], verdict: nil),
    ]

    @Test func thereAreAtLeastEightyQuestions() {
        #expect(Self.cases.count >= 80)
    }

    @Test(arguments: cases)
    func questionIsAnsweredWithItsLines(_ c: Case) throws {
        let r = try SummitProcess.run(["--format", "json", "-e", c.question])
        #expect(r.status == 0, "\(c.question): \(r.stderr)")
        let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        let cited = Set(Self.lines(in: doc["rows"] as Any))
        #expect(Set(c.lines).isSubset(of: cited), "\(c.question): cites \(cited.sorted())")
        #expect(doc["answer"] as? String == c.verdict, "\(c.question)")
        if c.lines.isEmpty {
            let notes = (doc["notes"] as? [String]) ?? []
            #expect(notes.contains { $0.hasPrefix("searched for") }, "\(c.question): \(notes)")
            #expect(notes.contains { $0.hasPrefix("try: ") }, "\(c.question): \(notes)")
        }
    }

    /// Every `line` number anywhere in the answer's rows.
    static func lines(in value: Any) -> [Int] {
        if let d = value as? [String: Any] {
            return d.flatMap { key, v in key == "line" ? ((v as? Int).map { [$0] } ?? []) : lines(in: v) }
        }
        if let a = value as? [Any] { return a.flatMap { lines(in: $0) } }
        return []
    }
}
