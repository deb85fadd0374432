import SummitData
import Testing
@testable import SummitKit

/// The frozen store (Store/Frozen): facts extracted once, written out, read back at start-up.
/// What is read back must be the extraction itself, field by field, and anything that does
/// not match the tables, record or lexicon it is used with must be refused, never trusted.
@Suite struct FrozenStoreTests {
    /// An invented report with every kind of fact: a headline quote, statements, a question,
    /// a document's words, figures with a stated exchange rate, ordinals, times in two zones
    /// tied to an event, a repeated sentence, and named people, countries and organizations.
    static let report = """
    石破首相「漁業で協力を」　架空の会談

    石破総理大臣は漁業について「協力を深めたい」と述べました。
    記者団が「合意はいつですか」と問いかけ、トランプ大統領は「来月だ」と答えました。
    アメリカ政府は、およそ5億ドル、日本円にしておよそ750億円の支援を承認しました。
    トランプ大統領は2期目で、日本は3人目の担当者を任命しました。
    会談は現地時間の7日午前10時に始まり、日本時間の8日午前0時すぎに終わりました。
    報告書は「漁業の協力を続ける」と明記しました。

    協力の行方

    会談は現地時間の7日午前10時に始まり、日本時間の8日午前0時すぎに終わりました。
    トランプ大統領は「LNGの輸出を1兆ドルに増やす」と述べました。

    """

    static let record = Record(name: "invented-2025-02-07.txt", bytes: Array(report.utf8))
    static let extractor = Extractor(tables: .bundled, lexicon: testLexicon)

    /// Everything a store holds that answers read, as text: each fact with every field (its
    /// reflection), the rows `facts` prints, the derived indexes and the record's layout.
    static func contents(_ s: FactStore) -> [String] {
        var out: [String] = []
        out += s.quotes.map { String(describing: $0) }
        out += s.figures.map { String(describing: $0) }
        out += s.ordinals.map { String(describing: $0) }
        out += s.times.map { String(describing: $0) }
        out += s.entities.map { String(describing: $0) }
        out += s.rates.map { String(describing: $0) }
        out += s.factRows().map { String(describing: $0.values) }
        out.append(String(describing: s.speakers))
        out.append(String(describing: s.quotesBySpeaker.sorted { $0.key < $1.key }))
        out.append(String(describing: s.figuresByUnit.sorted { $0.key < $1.key }))
        out.append(String(describing: s.figuresBySpeaker.sorted { $0.key < $1.key }))
        out.append(String(describing: s.mentionIndex))
        out.append(String(describing: s.quoteEnglish))
        out.append(String(describing: s.completionIDs(linesToo: true)))
        out.append(String(describing: s.english.map { $0.map { ($0.checksum, $0.rows) } }))
        for r in s.records {
            out.append(String(describing: (r.name, r.checksum, r.lineStarts, r.referenceDate, r.bytes.count)))
            out.append(String(describing: r.sections))
            out.append(String(describing: r.paragraphs))
            out.append(String(describing: r.sentences))
            out.append(String(describing: r.asides))
        }
        return out
    }

    /// The store and record read back from `bytes` made from `store`.
    static func roundTrip(_ store: FactStore, lexicon: Lexicon, fingerprint: UInt64 = 7) throws -> (Record, FactStore) {
        let bytes = try #require(FrozenStore.freeze(store, tablesFingerprint: fingerprint))
        let frozen = FrozenStore(bytes: bytes)
        let record = try #require(frozen.record(bytes: store.records[0].bytes, tablesFingerprint: fingerprint))
        let decoded = try #require(frozen.store(for: [record], lexicon: lexicon, tablesFingerprint: fingerprint))
        return (record, decoded)
    }

    @Test func theInventedReportHasEveryKindOfFact() {
        let s = Self.extractor.extract([Self.record])
        #expect(Set(s.quotes.map(\.type)) == [.headline, .statement, .question, .written])
        #expect(s.figures.count >= 3 && !s.ordinals.isEmpty && !s.rates.isEmpty && s.times.count >= 2)
        #expect(s.figures.contains { $0.speaker != nil && $0.quoteID != nil } && s.figures.contains { $0.about != nil })
        #expect(s.times.contains { $0.pairedWith != nil } && s.times.contains { $0.event != nil } && s.times.contains { $0.instant != nil })
        #expect(s.times.contains { !$0.repeats.isEmpty })
        #expect(Set(s.entities.map(\.type)).isSuperset(of: [.person, .country]))
        #expect(s.records[0].sections.count == 2 && s.records[0].referenceDate == CalendarDate(year: 2025, month: 2, day: 7))
    }

    @Test func anInventedReportReadsBackFactByFact() throws {
        let store = Self.extractor.extract([Self.record])
        let (record, decoded) = try Self.roundTrip(store, lexicon: testLexicon)
        #expect(record.sentences == Self.record.sentences && record.sections == Self.record.sections)
        let (want, got) = (Self.contents(store), Self.contents(decoded))
        #expect(want.count == got.count)
        for (w, g) in zip(want, got) { #expect(w == g) }
        // Ids still find their facts, and lines theirs.
        for q in store.quotes { #expect(decoded.fact(id: q.id) == store.fact(id: q.id)) }
        #expect(decoded.fact(id: "L3") == store.fact(id: "L3"))
    }

    @Test func theBundledRecordReadsBackFactByFact() throws {
        let store = Extractor().extract([Record.bundled()])
        let (_, decoded) = try Self.roundTrip(store, lexicon: .bundled, fingerprint: CompiledTables.fingerprint)
        #expect(store.quotes.count > 10)
        let (want, got) = (Self.contents(store), Self.contents(decoded))
        #expect(want.count == got.count)
        for (w, g) in zip(want, got) { #expect(w == g) }
    }

    @Test func bytesFromOtherTablesARecordOrALexiconAreRefused() throws {
        let store = Self.extractor.extract([Self.record])
        let frozen = FrozenStore(bytes: try #require(FrozenStore.freeze(store, tablesFingerprint: 7)))
        let bytes = Self.record.bytes
        // Other tables.
        #expect(frozen.record(bytes: bytes, tablesFingerprint: 8) == nil)
        #expect(frozen.store(for: [Self.record], lexicon: testLexicon, tablesFingerprint: 8) == nil)
        // Another record: one byte changed, or the same bytes under a different layout.
        var changed = bytes
        changed[changed.count - 2] = UInt8(ascii: "x")
        #expect(frozen.record(bytes: changed, tablesFingerprint: 7) == nil)
        let other = Record(name: Self.record.name, bytes: changed)
        #expect(frozen.store(for: [other], lexicon: testLexicon, tablesFingerprint: 7) == nil)
        // Two records, or another lexicon.
        #expect(frozen.store(for: [Self.record, Self.record], lexicon: testLexicon, tablesFingerprint: 7) == nil)
        #expect(frozen.store(for: [Self.record], lexicon: .bundled, tablesFingerprint: 7) == nil)
        // Several records are never frozen.
        #expect(FrozenStore.freeze(Self.extractor.extract([Self.record, other])) == nil)
    }

    @Test func truncatedOrDamagedBytesAreRefusedWithoutACrash() throws {
        let store = Self.extractor.extract([Self.record])
        let bytes = try #require(FrozenStore.freeze(store, tablesFingerprint: 7))
        func reads(_ b: [UInt8]) -> Bool {
            let f = FrozenStore(bytes: b)
            guard let r = f.record(bytes: Self.record.bytes, tablesFingerprint: 7) else { return false }
            return f.store(for: [r], lexicon: testLexicon, tablesFingerprint: 7) != nil
        }
        #expect(reads(bytes))
        // Every shorter prefix is refused.
        for n in 0..<bytes.count { #expect(!reads(Array(bytes[..<n])), "a prefix of \(n) bytes was read") }
        // A byte too many, another version, another magic.
        #expect(!reads(bytes + [0]))
        var version = bytes
        version[FrozenStore.magic.count] &+= 1
        #expect(!reads(version))
        #expect(!reads(Array("not a store".utf8)))
        // Any byte damaged at any place: read or refused, never a trap.
        var rng = SplitMix(seed: 14)
        for _ in 0..<2000 {
            var b = bytes
            b[Int(rng.next() % UInt64(b.count))] = UInt8(truncatingIfNeeded: rng.next())
            _ = reads(b)
        }
    }

    @Test func aSessionOnTheFrozenRecordDecodesAndAnswersAsExtraction() throws {
        let bundled = Record.bundled()
        let bytes = try #require(FrozenStore.freeze(Extractor().extract([bundled])))
        func answers(_ frozen: FrozenStore?, _ records: [Record]) -> String {
            var out: [String] = []
            var options = Session.Options(render: RenderOptions(format: .json))
            options.frozenStore = frozen
            let s = Session(records: records, options: options, write: { out.append($0) }, writeError: { out.append($0) })
            for q in ["who said LNG", "figures in USD", "timeline", ".record bundled", "count mentions of Trump"] { s.execute(q) }
            return out.joined(separator: "\n")
        }
        let extracted = answers(nil, [bundled])
        let frozen = FrozenStore(bytes: bytes)
        let record = try #require(frozen.record())
        #expect(record.sentences == bundled.sentences && record.lineStarts == bundled.lineStarts && record.checksum == bundled.checksum)
        #expect(answers(frozen, [record]) == extracted)
        // Made from other tables: the session extracts, with the same answers.
        #expect(answers(FrozenStore(bytes: try #require(FrozenStore.freeze(Extractor().extract([bundled]), tablesFingerprint: 1))), [bundled]) == extracted)
        // Damaged: the same.
        #expect(answers(FrozenStore(bytes: Array(bytes.dropLast(5))), [bundled]) == extracted)
    }
}
