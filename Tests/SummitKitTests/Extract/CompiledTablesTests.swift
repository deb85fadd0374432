import Testing
import SummitData
@testable import SummitKit

/// The bundled tables are compiled at build time (Plugins/GrammarTablesPlugin); what the binary
/// reads from them must be exactly what reading the TSV text gives.
@Suite struct CompiledTablesTests {
    @Test func lexiconFromCompiledRowsEqualsLexiconFromText() {
        let text = Lexicon(bytes: EmbeddedData.lexicon + [0x0A] + EmbeddedData.bundledRecordLexicon)
        #expect(Lexicon.bundled.entries == text.entries)
        #expect(Lexicon.general.entries == Lexicon(bytes: EmbeddedData.lexicon).entries)
        #expect(Lexicon.bundled.entries.count > 500)
    }

    @Test func extractionTablesFromCompiledRowsEqualTablesFromText() {
        let text = ExtractionTables(bytes: EmbeddedData.extractionTables)
        let compiled = ExtractionTables.bundled
        #expect(compiled.words.reportingVerbs.map(\.form) == text.words.reportingVerbs.map(\.form))
        #expect(compiled.words.titles.map(\.role) == text.words.titles.map(\.role))
        #expect(compiled.units.map(\.code) == text.units.map(\.code))
        #expect(compiled.units.map(\.scale) == text.units.map(\.scale))
        #expect(compiled.unitWords == text.unitWords)
        #expect(compiled.words.timeWords.map(\.meaning) == text.words.timeWords.map(\.meaning))
        #expect(compiled.agreementWords == text.agreementWords)
        #expect(compiled.words.titleNotName == text.words.titleNotName)
        #expect(!compiled.units.isEmpty)
    }

    @Test func questionTableFromCompiledRowsEqualsTableFromText() {
        let text = QuestionTable(bytes: EmbeddedData.questionShapes)
        let compiled = QuestionTable.bundled
        #expect(compiled.shapes.map(\.source) == text.shapes.map(\.source))
        #expect(compiled.shapes.map(\.canonical) == text.shapes.map(\.canonical))
        #expect(compiled.shapes.map(\.pattern) == text.shapes.map(\.pattern))
        #expect(compiled.leads == text.leads && compiled.stops == text.stops && compiled.both == text.both)
        #expect(compiled.japaneseStrips == text.japaneseStrips)
        #expect(compiled.shapes.count > 50)
    }

    @Test func englishRenderingFromCompiledRowsEqualsRenderingFromText() throws {
        let text = try #require(EnglishRendering(tsv: EmbeddedData.bundledRecordEnglish))
        let compiled = try #require(EnglishRendering.embedded.first)
        #expect(compiled.checksum == text.checksum)
        #expect(compiled.lineCount == text.lineCount)
        for n in 0...400 {
            #expect(compiled.line(n) == text.line(n))
            for k in 0..<4 { #expect(compiled.quote(line: n, ordinal: k) == text.quote(line: n, ordinal: k)) }
        }
    }

    @Test func quoteSpansAreCutAtTopLevelMarksOnly() {
        #expect(EnglishRendering.spans("a “b “c” d” e “f”", open: "\u{201C}", close: "\u{201D}") == ["b “c” d", "f"])
        #expect(EnglishRendering.spans("” stray “open", open: "\u{201C}", close: "\u{201D}") == [])
        #expect(EnglishRendering.spans("“”", open: "\u{201C}", close: "\u{201D}") == [""])
    }

    /// What queries and segmenting need is read with the tables; the extraction vocabulary is
    /// read when first asked for (by an extractor), longest forms first, the same for every copy.
    @Test func queryWordsAreReadAtOnceAndExtractionWordsWhenAsked() {
        let t = ExtractionTables(bytes: Array("""
        unit\t円\tJPY\tcurrency\t1
        unit\t億円\tJPY\tcurrency\t100000000
        unit-word\tYen\tJPY
        title\t長\tchief
        title\t局長\tdirector
        title-not-name\t前
        boilerplate\t
        not-heading\t【

        """.utf8))
        #expect(t.units.map(\.form) == [Array("億円".utf8), Array("円".utf8)])
        #expect(t.unitWords == ["yen": "JPY"])
        #expect(t.boilerplate.isEmpty)
        #expect(t.notHeadingPrefixes == [Array("【".utf8)])
        let copy = t
        #expect(copy.words.titles.map(\.role) == ["director", "chief"])
        #expect(t.words.units.map(\.scale) == [100000000, 1])
        #expect(t.words.titleNotName == ["前"])
        #expect(t.words.reportingVerbs.isEmpty)
    }
}

