import Foundation
import Testing

/// Questions typed the way newcomers type them (English with ? and articles, bare keywords,
/// Japanese), asked of the real binary with `-e` and `--format json`. Each names lines of the
/// bundled record its answer must cite, read and checked by a person against the record; a
/// question whose answer is "no rows" must say what was searched and offer a query that answers.
@Suite(.serialized) struct QuestionSetTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let question: String
        /// The rows the answer had when a person read it; 0 means "nothing in the record".
        let rows: Int
        let lines: [Int]
        let verdict: String?
        init(_ question: String, rows: Int, lines: [Int], verdict: String?) {
            self.question = question
            self.rows = rows
            self.lines = lines
            self.verdict = verdict
        }
        var testDescription: String { question }
    }

    static let cases: [Case] = [
        Case("What did Trump say about the alliance?", rows: 1, lines: [130], verdict: nil),
        Case("what did trump say about alliance", rows: 1, lines: [130], verdict: nil),
        Case("what did Ishiba say about tariffs?", rows: 4, lines: [65,67,224,226], verdict: nil),
        Case("What did Ishiba think about Trump?", rows: 16, lines: [12,28,30,48,50,51], verdict: nil),
        Case("what did trump say about north korea", rows: 4, lines: [154,156,206,266], verdict: nil),
        Case("what did trump say about China", rows: 2, lines: [158,160], verdict: nil),
        Case("What did Trump say about Taiwan?", rows: 0, lines: [], verdict: nil),
        Case("what did ishiba say about jobs", rows: 2, lines: [67,231], verdict: nil),
        Case("What did Trump say about US Steel?", rows: 8, lines: [40,132,134,208,258,260], verdict: nil),
        Case("what did the official say about energy", rows: 1, lines: [320], verdict: nil),
        Case("what was said about the Senkaku Islands", rows: 2, lines: [102,104], verdict: nil),
        Case("what did both leaders say about North Korea", rows: 7, lines: [89,91,92,154,156,206], verdict: nil),
        Case("what did they say about steel", rows: 10, lines: [30,40,61,132,134,208], verdict: nil),
        Case("who said golden age", rows: 1, lines: [53,55], verdict: nil),
        Case("who said \"cutting edge\"", rows: 1, lines: [124,126], verdict: nil),
        Case("who said \"national interest\"", rows: 1, lines: [69,71,112], verdict: nil),
        Case("who mentioned Alaska?", rows: 1, lines: [140], verdict: nil),
        Case("who talked about the abduction issue", rows: 1, lines: [81,83,92], verdict: nil),
        Case("who raised Ukraine", rows: 1, lines: [272], verdict: nil),
        Case("who said LNG", rows: 2, lines: [69,71,73,75,136,138], verdict: nil),
        Case("who mentioned semiconductors", rows: 1, lines: [126], verdict: nil),
        Case("who talked about AI", rows: 1, lines: [124,126], verdict: nil),
        Case("trump alaska", rows: 1, lines: [140], verdict: nil),
        Case("ishiba deterrence", rows: 5, lines: [92,100,108,110,112], verdict: nil),
        Case("trump tariffs", rows: 3, lines: [210,254,256], verdict: nil),
        Case("ishiba LNG", rows: 4, lines: [69,71,73,75], verdict: nil),
        Case("Trump on China", rows: 2, lines: [158,160], verdict: nil),
        Case("Ishiba on the abductions", rows: 3, lines: [81,83,92], verdict: nil),
        Case("quantum", rows: 1, lines: [126], verdict: nil),
        Case("golden age", rows: 3, lines: [18,53,55], verdict: nil),
        Case("iwaya", rows: 2, lines: [306,308], verdict: nil),
        Case("Nippon Steel", rows: 6, lines: [4,30,40,134,208,260], verdict: nil),
        Case("tell me about US Steel", rows: 11, lines: [4,30,40,61,132,134], verdict: nil),
        Case("tell me about the joint statement", rows: 4, lines: [16,55,194,296], verdict: nil),
        Case("what about Alaska?", rows: 2, lines: [38,140], verdict: nil),
        Case("anything on Ukraine?", rows: 1, lines: [272], verdict: nil),
        Case("How much will Japan invest in the US?", rows: 7, lines: [4,28,57,59,67,148], verdict: nil),
        Case("how much investment", rows: 6, lines: [4,28,57,59,67,148], verdict: nil),
        Case("how big is the trade deficit?", rows: 4, lines: [36,144,202,248], verdict: nil),
        Case("how large is the deficit with Japan", rows: 4, lines: [36,144,202,248], verdict: nil),
        Case("how many people", rows: 3, lines: [12,190,304], verdict: nil),
        Case("how much is the deficit in yen", rows: 4, lines: [36,144,166,202,248], verdict: nil),
        Case("how much investment in yen", rows: 6, lines: [4,28,57,59,67,148], verdict: nil),
        Case("when did the meeting start?", rows: 1, lines: [182], verdict: nil),
        Case("when did the summit begin", rows: 1, lines: [182], verdict: nil),
        Case("what time did the meeting start", rows: 1, lines: [182], verdict: nil),
        Case("how long did the meeting last?", rows: 2, lines: [182,218], verdict: nil),
        Case("how long was the lunch", rows: 3, lines: [192,218], verdict: nil),
        Case("when was the press conference", rows: 0, lines: [], verdict: nil),
        Case("did Ishiba mention Ukraine?", rows: 1, lines: [272], verdict: "no"),
        Case("did Trump mention Taiwan?", rows: 3, lines: [98,100,285], verdict: "no"),
        Case("did Trump say Alaska", rows: 1, lines: [140], verdict: "yes"),
        // From a newcomer's class preparation (1 December 2026, third session): slips, contractions,
        // scene-setting words and plain "when" / "how much" / "what did they talk about".
        Case("did trump say anything about tariffs on japan", rows: 3, lines: [210,254,256], verdict: "yes"),
        Case("how much has japan already invested in america", rows: 6, lines: [148], verdict: nil),
        Case("whats the trade deficit with japan", rows: 11, lines: [36,144], verdict: nil),
        Case("wat did trump say abut japan", rows: 25, lines: [36], verdict: nil),
        Case("what time did Ishiba arrive at the white house", rows: 1, lines: [302], verdict: nil),
        Case("when did the prime minister arrive", rows: 1, lines: [302], verdict: nil),
        Case("what did they talk about", rows: 56, lines: [], verdict: nil),
        Case("what happened at 2 am?", rows: 3, lines: [182,218,302], verdict: nil),
        Case("did Ishiba talk about tariffs?", rows: 4, lines: [65,67,224,226], verdict: "yes"),
        Case("did trump mention kim jong un", rows: 1, lines: [156], verdict: "yes"),
        Case("did Ishiba mention Abe?", rows: 3, lines: [12,184,190], verdict: "yes"),
        Case("who is Iwaya?", rows: 1, lines: [], verdict: nil),
        Case("who is Abe", rows: 1, lines: [], verdict: nil),
        Case("what is Trump's role?", rows: 1, lines: [], verdict: nil),
        Case("who's Okano", rows: 1, lines: [], verdict: nil),
        Case("who attended?", rows: 5, lines: [], verdict: nil),
        Case("who was there", rows: 5, lines: [], verdict: nil),
        Case("who else was there besides trump and ishiba", rows: 5, lines: [], verdict: nil),
        Case("who was at the meeting", rows: 5, lines: [], verdict: nil),
        Case("what did they agree on?", rows: 18, lines: [3,4,16,22,30,42], verdict: nil),
        Case("what was agreed", rows: 18, lines: [3,4,16,22,30,42], verdict: nil),
        Case("what was agreed about security", rows: 5, lines: [3,22,75,96,104], verdict: nil),
        Case("compare Trump and Ishiba on tariffs", rows: 4, lines: [65,67,210,224,226,254], verdict: nil),
        Case("Trump vs Ishiba", rows: 62, lines: [10,12,28,30,32,36], verdict: nil),
        Case("how many times was LNG mentioned?", rows: 1, lines: [], verdict: nil),
        Case("how many quotes by Trump?", rows: 1, lines: [], verdict: nil),
        Case("how many quotes are there", rows: 1, lines: [], verdict: nil),
        Case("how often did Trump mention tariffs", rows: 1, lines: [], verdict: nil),
        Case("where does it say golden age?", rows: 3, lines: [18,53,55], verdict: nil),
        Case("where is Alaska mentioned", rows: 2, lines: [38,140], verdict: nil),
        Case("which lines mention the Senkaku Islands", rows: 4, lines: [22,102,104,285], verdict: nil),
        Case("please show me what Trump said about steel", rows: 8, lines: [40,132,134,208,258,260], verdict: nil),
        Case("Show me quotes by Ishiba about tariffs", rows: 4, lines: [65,67,224,226], verdict: nil),
        Case("what topics were discussed", rows: 56, lines: [1,10,32,46,48,53], verdict: nil),
        Case("石破首相は関税について何と言いましたか", rows: 4, lines: [65,67,224,226], verdict: nil),
        Case("トランプ大統領は北朝鮮について何と言った", rows: 4, lines: [154,156,206,266], verdict: nil),
        Case("誰がLNGと言った", rows: 2, lines: [69,71,73,75,136,138], verdict: nil),
        Case("誰が同席しましたか", rows: 5, lines: [], verdict: nil),
        Case("関税について誰が何と言った", rows: 3, lines: [65,67,116,210,224,226], verdict: nil),
        Case("貿易赤字はいくら", rows: 4, lines: [36,144,202,248], verdict: nil),
        Case("トランプ大統領はアラスカに言及しましたか", rows: 1, lines: [140], verdict: "yes"),
        Case("何時に始まりましたか", rows: 1, lines: [182], verdict: nil),
        Case("Japan's defense spending", rows: 2, lines: [44,87], verdict: nil),
        Case("what did Trump say about Japan's defense spending?", rows: 1, lines: [44], verdict: nil),
        Case("what did Trump say about Alaska", rows: 1, lines: [140], verdict: nil),
        Case("who said steel", rows: 2, lines: [30,40,61,132,134,208], verdict: nil),
        Case("quotes about tariffs", rows: 8, lines: [65,67,116,210,224,226], verdict: nil),
        Case("what did Ishiba say", rows: 49, lines: [10,12,28,30,48,50], verdict: nil),
        Case("Did Trump talk about the Senkaku Islands?", rows: 4, lines: [22,102,104,285], verdict: "no"),
        Case("who mentioned Kim Jong Un", rows: 1, lines: [156], verdict: nil),
        Case("how much trade is there between the US and Japan?", rows: 3, lines: [36,144,148], verdict: nil),
        Case("What is Japan's position on Ukraine?", rows: 1, lines: [272], verdict: nil),
        Case("what did they have for lunch?", rows: 4, lines: [16,192,216,218], verdict: nil),
        Case("joint statement", rows: 4, lines: [16,55,194,296], verdict: nil),
        Case("compare what trump and ishiba said about the trade deficit", rows: 12, lines: [32,36,38,40,42,44], verdict: nil),
        Case("who talked more, trump or ishiba?", rows: 5, lines: [], verdict: nil),
        Case("what time did the meeting start in Washington?", rows: 1, lines: [182], verdict: nil),
        Case("what was agreed about the Senkaku Islands", rows: 2, lines: [22,104], verdict: nil),
        // From a newcomer's class rehearsal (1 December 2026, fourth session): words no quote has all
        // of, how many of something, who spoke first, what happened first, whether there was a deal.
        Case("who said that our alliance was in a golden age", rows: 1, lines: [53,55], verdict: nil),
        Case("how many jobs would the investment bring", rows: 1, lines: [67], verdict: nil),
        Case("who talked first at the joint press conference", rows: 1, lines: [28], verdict: nil),
        Case("in which order did events unfold", rows: 10, lines: [302,182,192,218], verdict: nil),
        Case("what came first?", rows: 10, lines: [302], verdict: nil),
        Case("was there an agreement on security", rows: 5, lines: [3,22,75,96,104], verdict: "yes"),
        Case("did the two leaders reach a deal on tariffs", rows: 0, lines: [], verdict: nil),
        Case("when was the picture taken", rows: 0, lines: [], verdict: nil),
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
        let rows = (doc["rows"] as? [Any]) ?? []
        #expect(rows.isEmpty == (c.rows == 0), "\(c.question): \(rows.count) rows")
        if c.rows == 0 {
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
