import Testing
@testable import SummitKit

@Suite struct EnglishRenderingTests {
    let record = Record.bundled()

    @Test func theBundledRecordHasItsRenderingAndNoOtherDoes() throws {
        let rendering = try #require(EnglishRendering.written(for: record))
        #expect(rendering.checksum == record.checksum)
        var changed = record.bytes
        changed[changed.count - 1] ^= 0x01
        #expect(EnglishRendering.written(for: Record(name: record.name, bytes: changed)) == nil)
    }

    /// A frozen store keeps only a rendering's checksum and cut quotes; the lines come from the
    /// compiled rendering of that checksum, and a checksum the binary holds none of gives none.
    @Test func aFrozenRenderingTakesItsLinesFromTheCompiledOne() throws {
        let written = try #require(EnglishRendering.written(for: record))
        let quotes = written.quoteRows
        let thawed = try #require(EnglishRendering(bundledWith: written.checksum, quotes: quotes))
        #expect(thawed.rows.map(\.line) == written.rows.map(\.line))
        #expect(thawed.rows.map(\.text) == written.rows.map(\.text))
        #expect(thawed.quoteRows.map(\.quotes) == written.quoteRows.map(\.quotes))
        #expect(EnglishRendering(bundledWith: String(written.checksum.reversed()), quotes: quotes) == nil)
        #expect(EnglishRendering(bundledWith: "", quotes: []) == nil)
    }

    /// Rows may come in any order and name a line twice (the last row wins); a line with no row
    /// has no English, whatever its neighbours.
    @Test func linesAreFoundInAnyOrderAndTheLastRowOfALineWins() throws {
        let tsv = "# an invented rendering\nchecksum\tabc\n7\tSeven “x”.\n2\tTwo.\n7\tSeven again, “y” and “z”.\n40\tForty.\nnot-a-line\tskipped\n"
        let r = try #require(EnglishRendering(tsv: Array(tsv.utf8)))
        #expect(r.checksum == "abc")
        #expect(r.lineCount == 3)
        #expect(r.line(2) == "Two.")
        #expect(r.line(7) == "Seven again, “y” and “z”.")
        #expect(r.quote(line: 7, ordinal: 1) == "z")
        #expect(r.quote(line: 7, ordinal: 2) == nil)
        #expect(r.line(40) == "Forty.")
        for missing in [0, 1, 3, 6, 8, 39, 41, -1] { #expect(r.line(missing) == nil, "\(missing)") }
        #expect(r.rows.map(\.line) == [2, 7, 40])
        #expect(EnglishRendering(tsv: Array("2\tTwo.\n".utf8)) == nil)
    }

    @Test func everyNonEmptyLineHasItsEnglishWithTheSameQuotes() throws {
        let rendering = try #require(EnglishRendering.written(for: record))
        for n in 1...record.lineCount {
            let ja = record.lineText(n)
            if ja.allSatisfy({ $0 == " " || $0 == "\u{3000}" }) { continue }
            let en = try #require(rendering.line(n), "line \(n) has no English")
            #expect(!en.isEmpty)
            #expect(EnglishRendering.spans(en, open: "\u{201C}", close: "\u{201D}").count
                    == EnglishRendering.spans(ja, open: "「", close: "」").count, "line \(n): quote marks differ")
        }
    }

    @Test func everyExtractedQuoteHasItsOwnEnglish() {
        let store = Extractor().extract([record])
        #expect(store.quotes.count > 100)
        for (q, en) in zip(store.quotes, store.quoteEnglish) {
            #expect(en.map { !$0.isEmpty } == true, "\(q.id) on line \(q.line) has no English")
        }
        // Two quotes of one line get two different renderings, in order.
        let byLine = Dictionary(grouping: store.quotes.indices, by: { store.quotes[$0].line })
        if let (_, pair) = byLine.first(where: { $0.value.count >= 2 }) {
            #expect(store.quoteEnglish[pair[0]] != store.quoteEnglish[pair[1]])
        }
    }

    @Test func spansTakeTopLevelPairsWithWhatIsNestedInside() {
        #expect(EnglishRendering.spans("He said “a ‘b’ c” and “d”.", open: "\u{201C}", close: "\u{201D}") == ["a ‘b’ c", "d"])
        #expect(EnglishRendering.spans("「外「内」側」と「次」", open: "「", close: "」") == ["外「内」側", "次"])
        #expect(EnglishRendering.spans("no marks, or an unclosed “one", open: "\u{201C}", close: "\u{201D}") == [])
    }

    @Test func theOrdinalOfAQuoteCountsOnlyTopLevelBrackets() {
        let line = Array("「一「二」」と「三」".utf8)
        let third = line.count - Array("三」".utf8).count
        #expect(EnglishRendering.bracketOrdinal(line[...], before: third) == 2)
        #expect(EnglishRendering.bracketOrdinal(line[...], before: 3) == 1)
    }

    @Test func aRenderingFileNeedsItsChecksum() {
        #expect(EnglishRendering(tsv: Array("1\tHello\n".utf8)) == nil)
        let r = EnglishRendering(tsv: Array("# comment\nchecksum\tabc\n3\tA “b” c\n".utf8))
        #expect(r?.line(3) == "A “b” c")
        #expect(r?.quote(line: 3, ordinal: 0) == "b")
        #expect(r?.quote(line: 3, ordinal: 1) == nil)
    }
}
