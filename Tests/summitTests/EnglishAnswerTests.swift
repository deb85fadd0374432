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

    @Test func namesAndPhrasesWithNoEnglishGetTheGlossInEnglishAnswers() throws {
        // A minister the lexicon does not list, and a cost it has no name for.
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let report = try dir.file("harbour-2025-03-01.txt", """
        日加首脳会談

        同行した大野恵子外相は記者団に対し「港町の再生について話し合った」と述べました。
        両政府は港湾の整備費を500億円とすることで一致しました。
        """)
        let en = try SummitProcess.run(["--record", report.path, "--lang", "en", "-e", "quotes", "-e", "figures"])
        #expect(en.status == 0, "\(en.stderr)")
        #expect(en.stdout.contains("Ono Keiko") && !en.stdout.contains("│ 大野恵子外相"), "\(en.stdout)")
        #expect(!en.stdout.contains("│ 整備費"), "\(en.stdout)")
        let notes = en.stdout.split(separator: "\n").filter { $0.hasPrefix("note: no English in the record for") }
        #expect(notes.count == 2 && notes[0].contains("大野恵子外相") && notes[1].contains("整備費") && notes.allSatisfy { $0.contains("word gloss") }, "\(en.stdout)")
        // Both languages show the name as written, with no note; data is the same in every language.
        let both = try SummitProcess.run(["--record", report.path, "-e", "quotes"])
        #expect(both.stdout.contains("大野恵子外相") && !both.stdout.contains("Ono Keiko") && !both.stdout.contains("no English in the record"), "\(both.stdout)")
        let jsonEn = try SummitProcess.run(["--record", report.path, "--lang", "en", "--format", "json", "-e", "quotes", "-e", "figures"])
        let jsonBoth = try SummitProcess.run(["--record", report.path, "--format", "json", "-e", "quotes", "-e", "figures"])
        #expect(jsonEn.stdout == jsonBoth.stdout && !jsonEn.stdout.contains("Ono Keiko"))
        // Without MeCab the words stay as written, marked once.
        let hidden = try SummitProcess.run(["--record", report.path, "--lang", "en", "-e", "quotes"], environment: ["SUMMIT_GLOSS_HIDE": "mecab"])
        #expect(hidden.status == 0 && hidden.stdout.contains("大野恵子外相"), "\(hidden.stdout)")
        #expect(hidden.stdout.contains("note: no English in the record for 大野恵子外相: shown as written"), "\(hidden.stdout)")
    }

    /// An invented report read by the binary: amounts and times as written read in English with
    /// `--lang en`; `both` and JSON keep the words as written.
    static let invented = """
    日豪首脳会談 港湾で協力

    中川首相は日本時間の3日午後11時半ごろからキャンベラで首脳会談に臨みました。
    中川首相は記者団に「港湾におよそ650億ドルを投じる」と述べました。
    両政府は防衛費を4兆2000億円から4兆4000億円に増やす計画について協議しました。
    会談は現地時間の4日午前1時過ぎに終わりました。

    """

    @Test func inventedReportReadsInEnglishAndKeepsItsWordsElsewhere() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let report = try dir.file("harbor-2024-10-03.txt", Self.invented)
        let en = try SummitProcess.run(["--record", report.path, "--lang", "en", "-e", "figures", "-e", "timeline"])
        #expect(en.status == 0, "\(en.stderr)")
        for reading in ["about $65 billion", "4.2 to 4.4 trillion yen", "about 11:30 p.m. on the 3rd, Japan time",
                        "after 1 a.m. on the 4th, local time", "about 2024-10-03 23:30 Japan time"] {
            #expect(en.stdout.contains(reading), "\(reading) in \(en.stdout)")
        }
        #expect(!en.stdout.contains("650億ドル") && !en.stdout.contains("日本時間") && !en.stdout.contains("JST"))
        let both = try SummitProcess.run(["--record", report.path, "--lang", "both", "-e", "figures", "-e", "timeline"])
        #expect(both.stdout.contains("650億ドル") && both.stdout.contains("日本時間の3日午後11時半ごろ") && both.stdout.contains("23:30 JST"))
        #expect(!both.stdout.contains("$65 billion") && !both.stdout.contains("Japan time"))
        for query in ["figures", "timeline"] {
            let jsonEn = try SummitProcess.run(["--record", report.path, "--lang", "en", "--format", "json", "-e", query])
            let jsonBoth = try SummitProcess.run(["--record", report.path, "--format", "json", "-e", query])
            #expect(jsonEn.stdout == jsonBoth.stdout && jsonEn.stdout.contains("650億ドル") == (query == "figures"))
            #expect(!jsonEn.stdout.contains("Japan time") && !jsonEn.stdout.contains("$65"))
        }
    }

    @Test func bundledAnswersInEnglishNameSpeakersAndAmountsInEnglish() throws {
        let en = try SummitProcess.run(["--lang", "en", "-e", "figures about investment", "-e", "who said LNG", "-e", "timeline at noon EST"])
        #expect(en.status == 0)
        for text in ["$1 trillion", "nearly $800 billion", "5 years", "about 11:50 a.m. on the 7th; about 1:50 a.m. on the 8th, Japan time",
                     "before 02:00 Japan time", "in EST", "before 12:00 EST", "Ishiba  "] {
            #expect(en.stdout.contains(text), "\(text)")
        }
        #expect(!en.stdout.contains("(石破総理大臣)") && !en.stdout.contains("兆") && !en.stdout.contains("JST"))
        let both = try SummitProcess.run(["-e", "figures about investment", "-e", "who said LNG"])
        #expect(both.stdout.contains("1兆ドル") && both.stdout.contains("Ishiba (石破総理大臣)") && !both.stdout.contains("$1 trillion"))
        // A narrow screen: every field on its own line, no English word cut.
        for width in ["60", "80"] {
            let narrow = try SummitProcess.run(["--lang", "en", "-e", "timeline at noon EST"], environment: ["COLUMNS": width])
            #expect(narrow.stdout.contains("-[ 1 ]") && narrow.stdout.contains("in EST"), "\(width)")
            #expect(narrow.stdout.contains("about 11:50 a.m. on the 7th; about"), "\(width)")
            #expect(narrow.stdout.split(separator: "\n").allSatisfy { $0.count <= Int(width)! }, "\(width)")
        }
    }

    /// A quote that answers a reporter's question says so in every language; English names what
    /// was asked about with the lexicon's words, never the record's Japanese.
    @Test func aQuotesQuestionIsNamedInTheAnswersLanguage() throws {
        let en = try SummitProcess.run(["--lang", "en", "-e", "what did trump say about cars"])
        let rows = en.stdout.split(separator: "\n").filter { $0.contains("asked by reporters") }
        #expect(!rows.isEmpty)
        #expect(rows.contains { $0.contains("asked by reporters about ") && $0.contains("tariffs") })
        #expect(rows.allSatisfy { row in !row.unicodeScalars.contains { (0x3040...0x9FFF).contains($0.value) } }, "\(rows)")
        let both = try SummitProcess.run(["--lang", "both", "-e", "what did trump say about cars"])
        #expect(both.stdout.contains("asked by reporters: "))
        // Evidence rows of an overview name the question the same way.
        let overview = try SummitProcess.run(["--lang", "en", "-e", "Nippon Steel"])
        let asked = overview.stdout.split(separator: "\n").filter { $0.contains(", asked") }
        #expect(!asked.isEmpty && asked.allSatisfy { row in !row.unicodeScalars.contains { (0x3040...0x9FFF).contains($0.value) } }, "\(asked)")
    }

    /// A qualifier is said in words and a quote's topic in the lexicon's English for a reader of English;
    /// the other languages and the data keep the code and the words as written. An invented report,
    /// so no rendering: only the lexicon can give the topic's English.
    @Test func qualifiersAndTopicsReadInEnglish() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let report = try dir.file("tariffs-2024-11-05.txt", """
        日加首脳会談

        中川首相は関税について「互いの利益を守りたい」と述べました。
        中川首相は海藻の研究について「研究を続けたい」と述べました。
        両政府は300億ドル以上の投資で一致しました。

        """)
        let en = try SummitProcess.run(["--record", report.path, "--lang", "en", "-e", "quotes as text", "-e", "figures as text", "-e", "figures"])
        #expect(en.status == 0, "\(en.stderr)")
        #expect(en.stdout.contains(" on tariff: ") && !en.stdout.contains("関税:"), "\(en.stdout)")
        // A topic the lexicon does not know keeps its words.
        #expect(en.stdout.contains(" on 海藻の研究: "), "\(en.stdout)")
        #expect(en.stdout.contains("(at least)") && en.stdout.contains("│ at least ") && !en.stdout.contains("at-least"), "\(en.stdout)")
        let both = try SummitProcess.run(["--record", report.path, "--lang", "both", "-e", "quotes as text", "-e", "figures as text"])
        #expect(both.stdout.contains(" on 関税: ") && both.stdout.contains("(at-least)") && !both.stdout.contains("on tariff"), "\(both.stdout)")
        for query in ["quotes", "figures"] {
            let jsonEn = try SummitProcess.run(["--record", report.path, "--lang", "en", "--format", "json", "-e", query])
            let jsonBoth = try SummitProcess.run(["--record", report.path, "--format", "json", "-e", query])
            #expect(jsonEn.stdout == jsonBoth.stdout, "\(query)")
            #expect(jsonEn.stdout.contains(query == "quotes" ? "\"topic\": \"関税\"" : "\"qualifier\": \"at-least\""), "\(jsonEn.stdout)")
        }
        let csv = try SummitProcess.run(["--record", report.path, "--lang", "en", "--format", "csv", "-e", "figures"])
        #expect(csv.stdout.contains(",at-least,"), "\(csv.stdout)")
    }
}
