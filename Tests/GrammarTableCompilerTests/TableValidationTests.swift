import Testing
import GrammarTableCompiler

/// The build-time checks of the TSV tables: a malformed row is a build error naming FILE:LINE.
@Suite struct TableValidationTests {
    @Test func unknownLexiconKindIsReportedWithItsLine() {
        let text = "# comment\nperson\tkato\tKato\t加藤\tminister\n\npersn\tsato\tSato\t佐藤\t-\n"
        let errors = SwiftTableEmitter.problems(in: text, kind: .lexicon, file: "Grammar/lexicon.tsv")
        #expect(errors.count == 1)
        #expect(errors.first?.line == 4)
        #expect(errors.first?.description.hasPrefix("Grammar/lexicon.tsv:4: error: unknown lexicon kind 'persn'") == true)
    }

    @Test func lexiconRowWithoutFormsOrWithBadDateFails() {
        let text = "topic\tnothing\t-\t-\t-\nperson\tx\tX\tエックス\tminister\t2025-2\nperson\ty\tY\t\n"
        let errors = SwiftTableEmitter.problems(in: text, kind: .lexicon, file: "l.tsv")
        #expect(errors.map(\.line) == [1, 2])
        #expect(errors[0].message.contains("neither an English nor a Japanese form"))
        #expect(errors[1].message.contains("not YYYY-MM"))
    }

    @Test func extractionNumbersAndKindsAreChecked() {
        let text = "unit\t円\tJPY\tcurrency\nunit\t割\t%\tquantity\tten\nreporting-verb\tと述べ\tstatment\tadjacent\nfraction\t半\t0.5\n"
        let errors = SwiftTableEmitter.problems(in: text, kind: .extraction, file: "e.tsv")
        #expect(errors.map(\.line) == [2, 3])
        #expect(errors[0].message.contains("the scale (field 5) 'ten' is not a number"))
        #expect(errors[1].message.contains("'statment' is not one of statement, question, written"))
    }

    @Test func englishAnswersWordsAreChecked() {
        let text = """
        time-zone\t架空時間\tXST\t+03:00
        time-zone\t架空時間\tXST\t+03:00\tInvented time
        time-word\t宵\tevening\tperiod\t-
        time-word\tごろ\tabout\tqualifier
        unit-english\tXDL\t§
        unit-english\tXDL\t§\tbefore
        unit-english\tgadgets\tgadgets\tgadget
        time-word\t宵\tevening\tperiod\tevening\t18-21
        time-word\t宵\tevening\tperiod\tevening\t21-18
        time-word\t宵\tevening\tperiod\tevening\t6pm

        """
        let errors = SwiftTableEmitter.problems(in: text, kind: .extraction, file: "e.tsv")
        #expect(errors.map(\.line) == [1, 3, 5, 9, 10])
        #expect(errors[0].message.contains("the English name of the clock (field 5) is missing"))
        #expect(errors[1].message.contains("the English for the part of the day (field 5) is missing"))
        #expect(errors[2].message.contains("field 4 is the English for one, or 'before' for a sign"))
        #expect(errors[3].message.contains("the hours (field 6) '21-18' are not FROM-TO"))
        #expect(errors[4].message.contains("the hours (field 6) '6pm' are not FROM-TO"))
    }

    @Test func questionShapeNeedsItsCanonicalQuery() {
        let errors = SwiftTableEmitter.problems(in: "stop\tthe\nen\twho said {term}\n", kind: .questions, file: "q.tsv")
        #expect(errors.map(\.line) == [2])
    }

    @Test func renderingRowsAreLineNumbers() {
        let errors = SwiftTableEmitter.problems(in: "checksum\tabc\n3\tHello\nthree\tHi\n", kind: .rendering, file: "r.en.tsv")
        #expect(errors.map(\.line) == [3])
    }

    @Test func wellFormedTablesHaveNoProblems() {
        let text = "# kinds\nagreement\t一致\t-\t-\nunit\t割\t%\tquantity\t0.1\nrelative-time\t前日\t-1\tday\n"
        #expect(SwiftTableEmitter.problems(in: text, kind: .extraction, file: "e.tsv").isEmpty)
    }

    @Test func rowsKeepTheirLinesAndSplitAsTheReadersDo() {
        let rows = RowSplitting.trimmedFields.rows(of: "# c\n\ntopic\t a \tA|B\t\r\n")
        #expect(rows == [SourceRow(line: 3, fields: ["topic", "a", "A|B", ""])])
        let raw = RowSplitting.rawFields.rows(of: "en\t who \twho\n")
        #expect(raw.first?.fields == ["en", " who ", "who"])
        let text = RowSplitting.keyAndText.rows(of: "12\tA\tB\n")
        #expect(text.first?.fields == ["12", "A\tB"])
    }

    @Test func literalsEscapeWhatSwiftWouldRead() {
        #expect(SwiftTableEmitter.literal("a\"b\\c\u{1}「d」") == "\"a\\\"b\\\\c\\u{1}「d」\"")
    }
}
