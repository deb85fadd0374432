import Foundation
import Testing

/// `summit -e`, piped stdin and exit codes, run against the real binary.
@Suite struct OneShotTests {
    @Test func whoSaidLNGNamesBothLeadersWithLines() throws {
        let r = try SummitProcess.run(["-e", "who said LNG", "--format", "json"])
        #expect(r.status == 0)
        let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        #expect(doc["query"] as? String == "who said LNG")
        #expect((doc["plan"] as? String)?.contains("match") == true)
        let rows = doc["rows"] as! [[String: Any]]
        let ids = rows.compactMap { ($0["speaker"] as? [String: Any])?["id"] as? String }
        #expect(Set(ids) == ["ishiba", "trump"])
        for row in rows {
            for q in row["quotes"] as! [[String: Any]] {
                #expect((q["line"] as? Int ?? 0) > 0)
                let text = q["text"] as? String ?? ""
                let section = q["section"] as? String ?? ""
                #expect(text.contains("LNG") || text.contains("液化天然ガス") || section.contains("LNG"))
            }
        }
    }

    @Test func figuresInYenMarkStatedAndConverted() throws {
        let r = try SummitProcess.run(["-e", "figures in yen as json"])
        #expect(r.status == 0)
        let rows = (try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any])["rows"] as! [[String: Any]]
        let stated = rows.filter { $0["basis"] as? String == "stated" }
        let converted = rows.filter { $0["basis"] as? String == "converted" }
        #expect(!stated.isEmpty && !converted.isEmpty)
        #expect(rows.allSatisfy { $0["unit"] as? String == "JPY" })
        for c in converted {
            let rate = c["rate"] as! [String: Any]
            let statedValue = (c["stated"] as! [String: Any])["value"] as! Double
            #expect(c["value"] as! Double == statedValue * (rate["rate"] as! Double))
            #expect(rate["line"] as? Int == stated.first { ($0["surface"] as? String)?.hasSuffix("円") == true }?["line"] as? Int)
        }
    }

    @Test func malformedQueryExitsOneWithCaretAndSuggestion() throws {
        let r = try SummitProcess.run(["-e", "figurs in yen"])
        #expect(r.status == 1)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[1] == "^")
        #expect(lines[2].contains("did you mean 'figures'"))
        #expect(r.stdout.isEmpty)
    }

    @Test func unknownSpeakerSuggestsTheNearestName() throws {
        // Musk is in the lexicon but not in this record: offered, not read as meant.
        let r = try SummitProcess.run(["-e", "quotes by Musc"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("unknown speaker 'Musc'"))
        #expect(r.stderr.contains("did you mean 'Musk'"))
        // A slip of someone the record does name is read as them, and said to be.
        let slip = try SummitProcess.run(["-e", "quotes by Trmp"])
        #expect(slip.status == 0, "\(slip.stderr)")
        #expect(slip.stdout.contains("understood as: what did Trump say") && slip.stdout.contains("note: read 'Trmp' as 'Trump'"), "\(slip.stdout)")
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try SummitProcess.run(["--no-such-flag"]).status == 2)
        #expect(try SummitProcess.run(["run"]).status == 2)
        #expect(try SummitProcess.run(["facts", "--kind", "nonsense"]).status == 2)
        let missing = try SummitProcess.run(["--record", "/nonexistent/record.txt", "-e", "people"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no such file"))
    }

    @Test func pipedStdinHasNoPromptNoise() throws {
        let r = try SummitProcess.run([], stdin: "who said LNG\n.format text\nquotes by the official limit 1\n")
        #expect(r.status == 0)
        #expect(!r.stdout.contains("summit>"))
        #expect(!r.stdout.contains("summit 0.1.0"))
        #expect(r.stdout.contains("Trump (トランプ大統領)"))
        #expect(r.stdout.contains("the official (アメリカ政府高官)"))
    }

    @Test func pipedStdinWithAFailingLineExitsOne() throws {
        let r = try SummitProcess.run([], stdin: "who sad LNG\npeople limit 1\n")
        #expect(r.status == 1)
        #expect(r.stdout.contains("Trump") || r.stdout.contains("Ishiba"))
        #expect(r.stderr.contains("did you mean 'said'"))
    }

    @Test func csvIsRFC4180() throws {
        let r = try SummitProcess.run(["-e", "quotes by Trump limit 3 as csv"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("kind,id,type,speaker,text,text_en,gloss_en,"))
        #expect(r.stdout.contains("\r\n"))
        // Four lines (header and three quotes), the last ended by the shell's newline: no blank line.
        #expect(r.stdout.components(separatedBy: "\r\n").count == 4)
        #expect(r.stdout.hasSuffix("\n") && !r.stdout.hasSuffix("\n\n") && !r.stdout.hasSuffix("\r\n"))
    }

    @Test func colorNeverWithNoColorOrPipes() throws {
        let r = try SummitProcess.run(["-e", "people limit 3"], environment: ["NO_COLOR": "1"])
        #expect(!r.stdout.contains("\u{1B}"))
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NO_COLOR")
        let piped = try SummitProcess.run(["-e", "people limit 3"], environment: ["TERM": "xterm-256color"])
        #expect(!piped.stdout.contains("\u{1B}"))
    }

    @Test func sourceShowsTheSentenceInItsParagraphWithTheMatchMarked() throws {
        let r = try SummitProcess.run(["-e", "source q48", "--format", "text"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("[["))
        #expect(r.stdout.contains("]]"))
        #expect(r.stdout.contains("japan-us-summit-2025-02-07.txt:"))
    }
}
