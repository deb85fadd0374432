import Testing
@testable import SummitKit

/// Answers for a reader of English on an invented report: amounts and times read in English,
/// speakers by their English name, a clock asked in a zone shown in it; `ja`, `both` and the
/// data formats keep the words as written.
@Suite struct EnglishAnswerRenderingTests {
    static let text = """
    首脳会談 夜の到着

    石破首相は9日午後11時40分、日本時間の10日午後1時40分に空港に到着しました。
    石破首相は記者団に「港湾におよそ650億ドルを投じる」と述べました。
    両首脳の会談は日本時間の11日午前1時10分に始まりました。
    夕食会は午前2時に終わりました。

    """
    static let engine = QueryEngine(store: extract(text, name: "arrival-2025-03-09.txt"), tables: .bundled)

    func answer(_ line: String, _ language: AnswerLanguage) throws -> Answer {
        try Self.engine.answer(line, language: language).answer
    }

    func render(_ line: String, _ language: AnswerLanguage, width: Int? = nil) throws -> String {
        AnswerRenderer.render(try answer(line, language), RenderOptions(width: width, language: language))
    }

    @Test func englishReadsWhatWasWrittenAndTheOtherLanguagesKeepIt() throws {
        let en = try render("figures", .en)
        #expect(en.contains("about $65 billion") && !en.contains("650億ドル"))
        for language in [AnswerLanguage.both, .ja] {
            let shown = try render("figures", language)
            #expect(shown.contains("650億ドル") && !shown.contains("$65 billion"), "\(language)")
        }
        let timeline = try render("timeline", .en)
        #expect(timeline.contains("11:40 p.m. on the 9th; 1:40 p.m. on the 10th, Japan time"))
        #expect(timeline.contains("2 a.m.") && timeline.contains("01:10 Japan time") && !timeline.contains("JST"))
        #expect(try render("timeline", .both).contains("01:10 JST"))
    }

    @Test func dataIsTheSameWhateverTheLanguage() throws {
        for line in ["figures", "timeline", "timeline all", "timeline at 11am EST", "quotes", "count quotes by speaker", "entities"] {
            let en = try answer(line, .en), both = try answer(line, .both)
            #expect(JSONAnswer.document(en) == JSONAnswer.document(both), "\(line)")
            #expect(CSVAnswer.document(en) == CSVAnswer.document(both), "\(line)")
        }
        let row = JSONAnswer.rows(try answer("figures", .en))[0]
        #expect(row["surface"]?.stringValue == "650億ドル")
    }

    @Test func speakersAreNamedInEnglishAloneForAReaderOfEnglish() throws {
        let en = try render("quotes", .en)
        #expect(en.contains("Ishiba") && !en.contains("石破"))
        #expect(try render("quotes", .both).contains("Ishiba (石破総理大臣)"))
        #expect(try render("quotes", .ja).contains("Ishiba (石破総理大臣)"))
        let counted = try render("count quotes by speaker", .en)
        #expect(counted.contains("Ishiba") && !counted.contains("石破"))
    }

    func inAskedZone(_ line: String) throws -> [String] {
        let a = try answer(line, .en)
        return a.rows.map { ReaderText.line(a.value("in_asked_zone", in: $0), nil, .en) }
    }

    @Test func aClockAskedInAZoneShowsEveryRowInThatZone() throws {
        // 01:10 Japan time on the 11th is 11:10 on the 10th in UTC-5: the date moves back.
        #expect(try inAskedZone("timeline at 11am EST") == ["2025-03-10 11:10 EST"])
        // 23:40 on the 9th in UTC-5 is 13:40 on the 10th in Japan: the date moves on.
        #expect(try inAskedZone("timeline at 1:40pm JST") == ["2025-03-10 13:40 JST"])
        // A time with no zone and no date keeps the clock before it (Japan time): a clock only.
        #expect(try inAskedZone("timeline at noon EST") == ["12:00 EST"])
        let a = try answer("timeline at 11am EST", .both)
        #expect(a.column("in_asked_zone")?.column.title == "in EST")
        #expect(JSONAnswer.rows(a)[0]["in_asked_zone"]?["iso"]?.stringValue == "2025-03-10T11:10-05:00")
        // A clock asked without a zone reads each row in its own: no such column.
        #expect(try answer("timeline at 2am", .en).column("in_asked_zone") == nil)
    }

    @Test func narrowTablesKeepEveryEnglishWordWhole() throws {
        for line in ["figures", "timeline", "timeline at 11am EST", "quotes"] {
            let full = try render(line, .en)
            for width in [60, 80] {
                let narrow = try render(line, .en, width: width)
                let words = Set(narrow.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "│" }).map(String.init))
                for word in full.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "│" }) where word.allSatisfy(\.isASCII) && word.count <= 12 {
                    #expect(words.contains(String(word)), "\(line) at \(width): '\(word)' cut")
                }
                #expect(narrow.split(separator: "\n").allSatisfy { displayWidth(String($0)) <= width }, "\(line) at \(width)")
            }
        }
    }
}
