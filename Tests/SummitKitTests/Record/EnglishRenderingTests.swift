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
        let quotes = Dictionary(uniqueKeysWithValues: written.quoteRows.map { ($0.line, $0.quotes) })
        let thawed = try #require(EnglishRendering(bundledWith: written.checksum, quotes: quotes))
        #expect(thawed.rows.map(\.line) == written.rows.map(\.line))
        #expect(thawed.rows.map(\.text) == written.rows.map(\.text))
        #expect(thawed.quoteRows.map(\.quotes) == written.quoteRows.map(\.quotes))
        #expect(EnglishRendering(bundledWith: String(written.checksum.reversed()), quotes: quotes) == nil)
        #expect(EnglishRendering(bundledWith: "", quotes: [:]) == nil)
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
