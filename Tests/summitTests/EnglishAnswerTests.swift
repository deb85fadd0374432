import Foundation
import Testing

/// Answers in the asker's language, run against the real binary.
@Suite struct EnglishAnswerTests {
    @Test func quotesShowEnglishFirstAndLangChooses() throws {
        let both = try SummitProcess.run(["-e", "what did Trump say about Alaska"])
        #expect(both.status == 0)
        let en = both.stdout.range(of: "Alaska is the major oil and gas")
        let ja = both.stdout.range(of: "「アラスカは")
        #expect(en != nil && ja != nil && en!.lowerBound < ja!.lowerBound)
        let japanese = try SummitProcess.run(["--lang", "ja", "-e", "what did Trump say about Alaska"])
        #expect(japanese.stdout.contains("「アラスカは"))
        #expect(!japanese.stdout.contains("Alaska is the major"))
        let english = try SummitProcess.run(["--lang", "en", "-e", "what did Trump say about Alaska"])
        #expect(english.stdout.contains("Alaska is the major"))
        #expect(!english.stdout.contains("「アラスカは"))
        let dot = try SummitProcess.run([], stdin: ".lang en\nwho said Alaska\n")
        #expect(dot.stdout.contains("Alaska is the major") && !dot.stdout.contains("「アラスカは"))
    }

    @Test func englishPhrasesOnlyInTheRenderingFindTheirQuotes() throws {
        // Neither phrase is in the lexicon: only the English rendering says it.
        for (question, line) in [("who said \"reasonable prices\"", 71), ("who said chronic", 36)] {
            let r = try SummitProcess.run(["--format", "json", "-e", question])
            let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
            let quotes = ((doc["rows"] as? [[String: Any]]) ?? []).flatMap { ($0["quotes"] as? [[String: Any]]) ?? [] }
            let hit = quotes.first { $0["line"] as? Int == line }
            #expect(hit?["matched"] as? String == "english", "\(question): \(quotes.map { $0["line"] ?? "" })")
        }
        let table = try SummitProcess.run(["-e", "who said chronic"])
        #expect(table.stdout.contains("Chronic trade deficits"))
    }

    @Test func factsCarryBothLanguages() throws {
        let r = try SummitProcess.run(["facts", "--format", "jsonl"])
        #expect(r.status == 0)
        var quotes = 0, figuresWithAbout = 0
        for line in r.stdout.split(separator: "\n") {
            let d = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            if d["kind"] as? String == "quote" {
                quotes += 1
                #expect(!((d["text_en"] as? String) ?? "").isEmpty, "\(d["id"] ?? "")")
            }
            if d["kind"] as? String == "figure", d["about"] is String {
                figuresWithAbout += 1
                #expect(!((d["about_en"] as? String) ?? "").isEmpty, "\(d["id"] ?? "")")
            }
        }
        #expect(quotes > 100 && figuresWithAbout > 5)
    }

    @Test func anotherReportGetsALabelledGlossOrTheOneLineNote() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let report = try dir.file("talks-2025-03-01.txt", """
        日加首脳会談

        カナダを訪れた中川首相は記者会見で「漁業の協力を強化したい」と述べました。
        """)
        let glossed = try SummitProcess.run(["--record", report.path, "-e", "quotes"])
        #expect(glossed.status == 0)
        #expect(glossed.stdout.contains("[gloss"), "\(glossed.stdout)")
        let hidden = try SummitProcess.run(["--record", report.path, "-e", "quotes"], environment: ["SUMMIT_GLOSS_HIDE": "mecab"])
        #expect(hidden.stdout.contains("libmecab"), "\(hidden.stdout)")
        #expect(hidden.status == 0)
    }
}
