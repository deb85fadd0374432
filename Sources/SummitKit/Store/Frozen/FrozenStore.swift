import SummitData

/// The facts of one record extracted at build time (by `summit-freeze`, through
/// Plugins/FrozenStorePlugin) and read back at start-up, with the record's segmentation: the
/// bundled record is then neither segmented nor extracted at every start, which was a quarter
/// of summit's start-up.
///
/// The bytes name what they were made from: the format's version, a fingerprint of the tables
/// the binary was built with (`CompiledTables.fingerprint`), the record's checksum and the
/// lexicon's size. When any differs, or the bytes are damaged, they are refused (nil) and the
/// caller extracts as before: stale bytes can cost time, never give a wrong answer.
public struct FrozenStore: Sendable {
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }

    static let magic = Array("summit frozen store\n".utf8)
    /// Raised whenever the layout of the bytes changes.
    static let formatVersion: UInt64 = 3

    /// What the bytes were made from, read from their start.
    struct Header {
        let tables: UInt64
        let lexiconEntries: Int
        let checksum: String
        /// Where the record's layout is, and where the facts start.
        let layout: Range<Int>
    }

    /// The bytes for a store of one record, or nil for several (only a lone record is frozen).
    public static func freeze(_ store: FactStore, tablesFingerprint: UInt64 = CompiledTables.fingerprint) -> [UInt8]? {
        guard store.records.count == 1, let record = store.records.first else { return nil }
        var layout = ByteWriter()
        record.writeLayout(to: &layout)
        var facts = FrozenWriter()
        facts.array(store.quotes) { $0.quote($1) }
        facts.array(store.figures) { $0.figure($1) }
        facts.array(store.ordinals) { $0.ordinal($1) }
        facts.array(store.times) { $0.time($1) }
        facts.array(store.entities) { $0.entity($1) }
        facts.array(store.rates) { $0.rate($1) }
        facts.array(store.mentionIndex) { w, refs in w.array(refs) { $0.body.unsigned(UInt64($1.sentence)) } }
        facts.english(store.english[0])
        facts.array(store.quoteEnglish) { $0.string($1) }
        var w = ByteWriter()
        w.raw(magic)
        w.unsigned(formatVersion)
        w.fixed64(tablesFingerprint)
        w.unsigned(UInt64(store.mentionIndex.count))
        w.string(record.checksum)
        w.unsigned(UInt64(layout.bytes.count))
        w.raw(layout.bytes)
        w.raw(facts.bytes)
        return w.bytes
    }

    func header(tablesFingerprint: UInt64) throws(ByteReader.Refusal) -> Header {
        guard bytes.count >= Self.magic.count, bytes[..<Self.magic.count].elementsEqual(Self.magic) else {
            throw ByteReader.Refusal(offset: 0, reason: "not a frozen store")
        }
        var r = ByteReader(bytes, from: Self.magic.count)
        guard try r.unsigned() == Self.formatVersion else { throw r.refuse("another version of the format") }
        let tables = try r.fixed64()
        guard tables == tablesFingerprint else { throw r.refuse("made from other tables") }
        let entries = try r.count(atMost: Int(Int32.max))
        let checksum = try r.string()
        let length = try r.count(atMost: Int.max)
        guard length <= bytes.count - r.offset else { throw r.refuse("the record's layout runs past the end") }
        return Header(tables: tables, lexiconEntries: entries, checksum: checksum, layout: r.offset..<(r.offset + length))
    }

    /// The record of `recordBytes` (the bundled record's unless told) with the segmentation the
    /// bytes hold, or nil when they were frozen from other tables or another record.
    public func record(bytes recordBytes: [UInt8] = EmbeddedData.bundledRecord,
                       tablesFingerprint: UInt64 = CompiledTables.fingerprint) -> Record? {
        try? readRecord(bytes: recordBytes, tablesFingerprint: tablesFingerprint)
    }

    /// The facts of `records` when they are the one record the bytes were frozen from and
    /// `lexicon` has the size it had, else nil (extract them instead).
    public func store(for records: [Record], lexicon: Lexicon,
                      tablesFingerprint: UInt64 = CompiledTables.fingerprint) -> FactStore? {
        try? readStore(for: records, lexicon: lexicon, tablesFingerprint: tablesFingerprint)
    }

    /// Why the bytes would be refused for the bundled record and `lexicon`, or nil when they
    /// would be read (for the tool that writes them).
    public func refusal(lexicon: Lexicon) -> String? {
        do {
            let record = try readRecord(bytes: EmbeddedData.bundledRecord, tablesFingerprint: CompiledTables.fingerprint)
            _ = try readStore(for: [record], lexicon: lexicon, tablesFingerprint: CompiledTables.fingerprint)
            return nil
        } catch {
            return error.description
        }
    }

    func readRecord(bytes recordBytes: [UInt8], tablesFingerprint: UInt64) throws(ByteReader.Refusal) -> Record {
        let header = try header(tablesFingerprint: tablesFingerprint)
        var r = ByteReader(bytes, from: header.layout.lowerBound)
        let record = try Record(bytes: recordBytes, layoutFrom: &r)
        guard r.offset == header.layout.upperBound else { throw r.refuse("the record's layout ends elsewhere") }
        return record
    }

    func readStore(for records: [Record], lexicon: Lexicon, tablesFingerprint: UInt64) throws(ByteReader.Refusal) -> FactStore {
        guard records.count == 1, let record = records.first else { throw ByteReader.Refusal(offset: 0, reason: "not one record") }
        let header = try header(tablesFingerprint: tablesFingerprint)
        var r = try FrozenReader(ByteReader(bytes, from: header.layout.upperBound))
        guard header.checksum == record.checksum else { throw r.r.refuse("made from another record") }
        guard header.lexiconEntries == lexicon.entries.count else { throw r.r.refuse("made with another lexicon") }
        r.record = (record.name, record.lineCount, record.sentences.count, record.bytes.count)
        let quotes = try r.array { (r: inout FrozenReader) throws(ByteReader.Refusal) in try r.quote() }
        let figures = try r.array { (r: inout FrozenReader) throws(ByteReader.Refusal) in try r.figure() }
        let ordinals = try r.array { (r: inout FrozenReader) throws(ByteReader.Refusal) in try r.ordinal() }
        let times = try r.array { (r: inout FrozenReader) throws(ByteReader.Refusal) in try r.time() }
        let entities = try r.array { (r: inout FrozenReader) throws(ByteReader.Refusal) in try r.entity() }
        let rates = try r.array { (r: inout FrozenReader) throws(ByteReader.Refusal) in try r.rate() }
        let sentences = record.sentences.count
        let mentions = try r.array { (r: inout FrozenReader) throws(ByteReader.Refusal) in
            try r.array { (r: inout FrozenReader) throws(ByteReader.Refusal) in
                SentenceRef(record: 0, sentence: try r.r.count(atMost: sentences - 1))
            }
        }
        guard mentions.count == lexicon.entries.count else { throw r.r.refuse("a mention index of another lexicon") }
        let english = try r.english()
        guard english == nil || english?.checksum == record.checksum else { throw r.r.refuse("the English of another record") }
        let quoteEnglish = try r.array { (r: inout FrozenReader) throws(ByteReader.Refusal) in try r.optionalString() }
        guard quoteEnglish.count == quotes.count else { throw r.r.refuse("English for another number of quotes") }
        guard r.r.isAtEnd else { throw r.r.refuse("bytes after the facts") }
        return FactStore(records: records, lexicon: lexicon, quotes: quotes, figures: figures, ordinals: ordinals,
                         times: times, entities: entities, rates: rates, mentionIndex: mentions,
                         english: [english], quoteEnglish: quoteEnglish)
    }
}
