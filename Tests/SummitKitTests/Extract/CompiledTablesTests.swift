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
        #expect(compiled.reportingVerbs.map(\.form) == text.reportingVerbs.map(\.form))
        #expect(compiled.titles.map(\.role) == text.titles.map(\.role))
        #expect(compiled.units.map(\.code) == text.units.map(\.code))
        #expect(compiled.units.map(\.scale) == text.units.map(\.scale))
        #expect(compiled.unitWords == text.unitWords)
        #expect(compiled.timeWords.map(\.meaning) == text.timeWords.map(\.meaning))
        #expect(compiled.agreementWords == text.agreementWords)
        #expect(compiled.titleNotName == text.titleNotName)
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
}
