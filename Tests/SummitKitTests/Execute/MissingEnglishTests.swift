import Testing
@testable import SummitKit

/// What an English answer shows where the record has no English: a speaker the lexicon does not
/// list, an "about" phrase no lexicon name covers, a heading of a report with no rendering. An
/// invented report, and a stand-in gloss (the real one, MeCab + EDICT, is the executable's).
@Suite struct MissingEnglishTests {
    static let text = """
    日加首脳会談 港町で協力

    カナダを訪れた中川首相は記者会見で「漁業の協力を強化したい」と述べました。
    同行した大野恵子外相は記者団に対し「港町の再生について話し合った」と述べました。
    両政府は港湾の整備費を500億円とすることで一致しました。

    """
    static let store = extract(text, name: "harbour-2025-03-01.txt")

    /// A stand-in gloss: the words it knows, labelled as the real one labels them.
    static let glosses = ["中川首相": "Nakagawa · prime minister", "大野恵子外相": "Ono Keiko · Foreign Minister",
                          "整備費": "maintenance · cost", "日加首脳会談 港町で協力": "Japan and Canada · summit · port city · cooperation"]

    func engine(gloss: (@Sendable (String) -> String?)?) -> QueryEngine {
        var e = QueryEngine(store: Self.store, tables: .bundled)
        e.gloss = gloss
        return e
    }

    func render(_ line: String, _ language: AnswerLanguage, _ e: QueryEngine) throws -> String {
        AnswerRenderer.render(try e.answer(line, language: language).answer, RenderOptions(width: nil, language: language))
    }

    static let stand: @Sendable (String) -> String? = { ja in glosses[ja].map { "[gloss] " + $0 } ?? "[gloss] —" }

    @Test func englishShowsTheGlossWhereTheRecordHasNoEnglishAndSaysSoOnce() throws {
        let e = engine(gloss: Self.stand)
        let quotes = try render("quotes", .en, e)
        #expect(quotes.contains("Nakagawa · prime minister") && quotes.contains("Ono Keiko · Foreign Minister"), "\(quotes)")
        #expect(!quotes.contains("中川首相 ") && !quotes.contains("│ 大野恵子外相"), "\(quotes)")
        let notes = quotes.split(separator: "\n").filter { $0.hasPrefix("note: no English in the record") }
        #expect(notes.count == 1 && notes[0].contains("中川首相, 大野恵子外相") && notes[0].contains("word gloss"), "\(quotes)")
        // The gloss label is in the note, not in every name cell.
        #expect(!quotes.contains("[gloss] Nakagawa"), "\(quotes)")
        let figures = try render("figures", .en, e)
        #expect(figures.contains("maintenance · cost") && !figures.contains("整備費 │"), "\(figures)")
        // Two speakers compared: the titles and the footer name them in English too.
        let compared = try render("compare 中川首相 and 大野恵子外相", .en, e)
        #expect(compared.hasPrefix("Nakagawa · prime minister") && compared.contains("1 by Ono Keiko · Foreign Minister"), "\(compared)")
        let topics = try render("topics", .en, e)
        #expect(topics.contains("Japan and Canada · summit") && topics.contains("Nakagawa · prime minister, Ono Keiko · Foreign Minister"), "\(topics)")
    }

    @Test func aLeadNamesThemInEnglishForAReaderAndAsBuiltForData() throws {
        let e = engine(gloss: Self.stand)
        let shown = try render("did 中川首相 say 港町", .en, e)
        #expect(shown.hasPrefix("understood as") || shown.hasPrefix("No — "), "\(shown)")
        #expect(shown.contains("No — Nakagawa · prime minister") && !shown.contains("No — 中川首相"), "\(shown)")
        let en = try e.answer("did 中川首相 say 港町", language: .en).answer, both = try e.answer("did 中川首相 say 港町", language: .both).answer
        #expect(en.lead == both.lead && JSONAnswer.document(en) == JSONAnswer.document(both))
    }

    @Test func bothJapaneseAndDataAreUnchanged() throws {
        let glossing = engine(gloss: Self.stand), plain = engine(gloss: nil)
        for line in ["quotes", "figures", "topics", "people", "compare 中川首相 and 大野恵子外相", "count quotes by speaker"] {
            for language in [AnswerLanguage.both, .ja] {
                // (Quotes have their own gloss in every language; names, headings and phrases do not.)
                let shown = try render(line, language, glossing)
                for english in Self.glosses.values { #expect(!shown.contains(english), "\(line) \(language): \(shown)") }
                #expect(!shown.contains("no English in the record"))
                if !line.hasPrefix("quotes") && !line.hasPrefix("compare") { #expect(try shown == render(line, language, plain), "\(line) \(language)") }
            }
            let en = try glossing.answer(line, language: .en).answer, both = try glossing.answer(line, language: .both).answer
            #expect(JSONAnswer.document(en) == JSONAnswer.document(both), "\(line)")
            #expect(CSVAnswer.document(en) == CSVAnswer.document(both), "\(line)")
        }
    }

    @Test func withoutAGlossTheWordsStayAsWrittenAndAreMarkedOnce() throws {
        let missing = engine(gloss: { _ in "[gloss unavailable] MeCab is not installed" })
        let quotes = try render("quotes", .en, missing)
        #expect(quotes.contains("中川首相") && quotes.contains("大野恵子外相"), "\(quotes)")
        let notes = quotes.split(separator: "\n").filter { $0.hasPrefix("note: no English in the record") }
        #expect(notes.count == 1 && notes[0].contains("shown as written") && notes[0].contains("MeCab is not installed"), "\(quotes)")
        let none = try render("figures", .en, engine(gloss: nil))
        #expect(none.contains("note: no English in the record for 整備費: shown as written"), "\(none)")
    }

    @Test func theBundledRecordNeedsNoGloss() throws {
        // Every speaker and heading of the bundled record has English: nothing is glossed or noted
        // (so no answer there pays for loading the dictionary).
        var e = QueryEngine(store: Extractor().extract(Record.bundled()), tables: .bundled)
        e.gloss = { _ in "[gloss] GLOSSED" }
        for line in ["quotes", "topics", "figures", "people", "count quotes by speaker", "compare Trump and Ishiba"] {
            let shown = try render(line, .en, e)
            #expect(!shown.contains("GLOSSED") && !shown.contains("no English in the record"), "\(line)")
        }
    }
}
